/**
 * `npm run scorm`: the course as SCORM 1.2 packages in out-scorm/, one per lesson (the lesson, its quiz and the
 * help page) and one with the entry check and the final test. See scorm/render/ and lib/scorm/.
 *
 * 1. esbuild bundles scorm/render/render.tsx for Node (MDX compiled, `next/link` and friends replaced by the
 *    package's own, every "use client" component wrapped as an island) and the renderer writes each page;
 * 2. esbuild bundles the islands the pages used, with the LMS bridge, into one script;
 * 3. each package gets its manifest (checked with xmllint against the ADL schemas when xmllint is there) and is zipped.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';
import { compile } from '@mdx-js/mdx';
import remarkFrontmatter from 'remark-frontmatter';
import { zipSync, type Zippable } from 'fflate';
import { scormManifest } from '../lib/scorm/manifest';

const root = process.cwd();
const work = path.join(root, '.scorm-build');
const outDir = path.join(root, 'out-scorm');
process.env.NODE_ENV = 'production';

const shims = {
  'server-only': path.join(root, 'scorm/render/shims/server-only.ts'),
  'next/link': path.join(root, 'scorm/render/shims/link.tsx'),
  'next/navigation': path.join(root, 'scorm/render/shims/navigation.ts'),
};

const isClientModule = (file: string) => /^\s*['"]use client['"]/.test(readFileSync(file, 'utf8'));

/** Lessons compiled as the website compiles them: YAML frontmatter, components from mdx-components.tsx. */
const mdxPlugin: esbuild.Plugin = {
  name: 'mdx',
  setup(build) {
    build.onLoad({ filter: /\.mdx$/ }, async (args) => {
      const source = readFileSync(args.path, 'utf8');
      const compiled = await compile(source, {
        remarkPlugins: [[remarkFrontmatter, ['yaml']]],
        providerImportSource: path.join(root, 'mdx-components.tsx'),
        development: false,
      });
      return { contents: String(compiled), loader: 'jsx', resolveDir: path.dirname(args.path) };
    });
  },
};

/** The names a client module exports (the codebase exports components as `export function Name` / `export const Name`). */
function exportNames(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  return [...source.matchAll(/^export (?:async )?(?:function|const) ([A-Z]\w*)/gm)].map((match) => match[1]!);
}

/** On the server, a client component imported from server code becomes an island (scorm/render/island.tsx). */
function islandPlugin(): esbuild.Plugin {
  return {
    name: 'islands',
    setup(build) {
      build.onResolve({ filter: /^(@\/|\.\.?\/)/ }, async (args) => {
        if (args.pluginData?.inner || args.namespace !== 'file') return undefined;
        const resolved = await build.resolve(args.path, { kind: args.kind, resolveDir: args.resolveDir, importer: args.importer, pluginData: { inner: true } });
        if (resolved.errors.length > 0 || !/\.tsx?$/.test(resolved.path)) return undefined;
        if (!isClientModule(resolved.path) || (args.importer && isClientModule(args.importer))) return undefined;
        return { path: resolved.path, namespace: 'island' };
      });
      build.onLoad({ filter: /.*/, namespace: 'island' }, (args) => {
        const id = path.relative(root, args.path);
        const islandModule = JSON.stringify(path.join(root, 'scorm/render/island.tsx'));
        const lines = [`import * as real from ${JSON.stringify(args.path)};`, `import { island } from ${islandModule};`];
        for (const name of exportNames(args.path)) lines.push(`export const ${name} = island(${JSON.stringify(`${id}#${name}`)}, real.${name});`);
        // Hooks and helpers the module exports besides components pass through unchanged.
        lines.push(`export * from ${JSON.stringify(args.path)};`);
        return { contents: lines.join('\n'), loader: 'js', resolveDir: root };
      });
    },
  };
}

/** The client bundle's registry of the islands the pages used. */
function registryPlugin(islands: string[]): esbuild.Plugin {
  return {
    name: 'islands-registry',
    setup(build) {
      build.onResolve({ filter: /^rz:islands$/ }, () => ({ path: 'rz:islands', namespace: 'registry' }));
      build.onLoad({ filter: /.*/, namespace: 'registry' }, () => {
        const imports = islands.map((id, index) => {
          const [file, name] = id.split('#');
          return `import { ${name} as c${index} } from ${JSON.stringify(path.join(root, file!))};`;
        });
        const entries = islands.map((id, index) => `${JSON.stringify(id)}: c${index}`);
        return { contents: `${imports.join('\n')}\nexport const registry = { ${entries.join(', ')} };`, loader: 'js', resolveDir: root };
      });
    },
  };
}

const common: esbuild.BuildOptions = {
  bundle: true,
  jsx: 'automatic',
  alias: shims,
  tsconfig: path.join(root, 'tsconfig.json'),
  define: { 'process.env.NODE_ENV': '"production"', 'process.env.NEXT_PUBLIC_BASE_PATH': '""' },
  logLevel: 'warning',
};

function validateManifest(file: string): string {
  try {
    execFileSync('xmllint', ['--version'], { stdio: 'ignore' });
  } catch {
    return 'xmllint fehlt, nicht geprüft';
  }
  execFileSync('xmllint', ['--noout', '--schema', path.join(root, 'scorm/schemas/scorm12.xsd'), file], { stdio: ['ignore', 'ignore', 'pipe'] });
  return 'gültig (xmllint, SCORM-1.2-Schemas)';
}

async function main() {
  const started = Date.now();
  rmSync(work, { recursive: true, force: true });
  rmSync(outDir, { recursive: true, force: true });

  // 1. Render every page in Node.
  await esbuild.build({
    ...common,
    entryPoints: { render: path.join(root, 'scorm/render/render.tsx') },
    outdir: path.join(work, 'server'),
    platform: 'node',
    format: 'esm',
    packages: 'external',
    plugins: [mdxPlugin, islandPlugin()],
  });
  const renderer = (await import(pathToFileURL(path.join(work, 'server/render.js')).href)) as typeof import('../scorm/render/render');
  const packages = await renderer.renderPackages();
  const islands = renderer.usedIslands();

  // 2. One script for every package: the LMS bridge and the islands.
  await esbuild.build({
    ...common,
    entryPoints: [path.join(root, 'scorm/render/client.tsx')],
    outfile: path.join(work, 'client/rauchzeichen.js'),
    platform: 'browser',
    format: 'iife',
    target: 'es2020',
    minify: true,
    loader: { '.css': 'empty' },
    plugins: [registryPlugin(islands)],
  });

  const assets: Record<string, Uint8Array> = {
    'assets/rauchzeichen.css': readFileSync(path.join(work, 'server/render.css')),
    'assets/rauchzeichen.js': readFileSync(path.join(work, 'client/rauchzeichen.js')),
    'assets/icon.svg': readFileSync(path.join(root, 'app/icon.svg')),
  };

  // 3. Manifest, check, zip.
  mkdirSync(outDir, { recursive: true });
  const encoder = new TextEncoder();
  for (const pkg of packages) {
    const files: Record<string, Uint8Array> = { ...assets };
    for (const page of pkg.pages) files[page.file] = encoder.encode(page.html);
    const manifest = scormManifest({
      identifier: `rauchzeichen-${pkg.id}`,
      title: pkg.title,
      description: pkg.description,
      masteryScore: pkg.masteryScore,
      launch: 'index.html',
      files: Object.keys(files),
    });
    const manifestFile = path.join(work, `${pkg.id}-imsmanifest.xml`);
    writeFileSync(manifestFile, manifest);
    const check = validateManifest(manifestFile);
    // The same date on every file: the same course gives the same zip.
    const entries: Zippable = { 'imsmanifest.xml': [encoder.encode(manifest), { mtime: new Date('2026-01-01T00:00:00Z') }] };
    for (const [name, data] of Object.entries(files)) entries[name] = [data, { mtime: new Date('2026-01-01T00:00:00Z') }];
    const zip = zipSync(entries, { level: 9 });
    const zipName = `rauchzeichen-${pkg.id}.zip`;
    writeFileSync(path.join(outDir, zipName), zip);
    console.log(`${zipName}: ${(zip.length / 1024).toFixed(1)} KB, ${Object.keys(files).length + 1} Dateien, Manifest ${check}`);
  }
  if (!existsSync(outDir)) throw new Error('out-scorm fehlt');
  console.log(`${packages.length} SCORM-Pakete in out-scorm/ (${islands.length} Inseln, ${((Date.now() - started) / 1000).toFixed(1)} s)`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
