import { GRAPHIC_KINDS, GRAPHICS_DIR, type GraphicKind, type GraphicModule } from '../graphics/kinds';
import { graphicModules, type Graphics } from '../graphics/registry';
import { parseYaml, validate } from './problems';
import type { ContentFile, ContentProblem } from './types';

/**
 * Reads content/grafiken/<art>.yaml: each file's name is a graphic kind, its data checked with that kind's schema,
 * and every source it cites must be in content/quellen.yaml. Pure; validate.ts calls it.
 */
export function readGraphics(files: readonly ContentFile[], hasSource: (id: string) => boolean, sourcesFile: string, problems: ContentProblem[]): Graphics {
  const graphics: Graphics = {};
  for (const file of files.filter((f) => f.path.startsWith(`${GRAPHICS_DIR}/`))) {
    const kind = file.path.slice(GRAPHICS_DIR.length + 1).replace(/\.ya?ml$/, '');
    if (!(GRAPHIC_KINDS as readonly string[]).includes(kind)) {
      problems.push({ file: file.path, path: '', message: `Unbekannte Grafik "${kind}". Es gibt ${GRAPHIC_KINDS.map((k) => `${k}.yaml`).join(', ')}.` });
      continue;
    }
    const yaml = parseYaml(file.path, file.text, problems);
    if (!yaml.ok) continue;
    // One kind at a time: its schema and its sources belong together.
    const graphicModule = graphicModules[kind as GraphicKind] as GraphicModule<unknown>;
    const checked = validate(file.path, graphicModule.schema, yaml.value, problems);
    if (!checked.ok) continue;
    let cited = true;
    for (const { id, path } of graphicModule.sources(checked.value)) {
      if (!hasSource(id)) {
        problems.push({ file: file.path, path, message: `Unbekannte Quelle "${id}" (nicht in ${sourcesFile}).` });
        cited = false;
      }
    }
    if (cited) (graphics as Record<string, unknown>)[kind] = checked.value;
  }
  return graphics;
}
