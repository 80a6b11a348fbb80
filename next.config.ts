import type { NextConfig } from 'next';
import createMDX from '@next/mdx';
import { basePath } from './lib/site/base-path';

/**
 * The course is a static site: `next build` writes every page to out/ (HTML, the client navigation
 * payloads and the assets). `BASE_PATH=/rauchzeichen` builds it for a sub-folder of a web space.
 * Trailing slashes make each page `<route>/index.html`, which any static server finds without rewrites.
 */
const nextConfig: NextConfig = {
  output: 'export',
  // OUT_DIR writes the export elsewhere than out/ (the tests build a sub-folder copy this way).
  ...(process.env.OUT_DIR ? { distDir: process.env.OUT_DIR } : {}),
  trailingSlash: true,
  basePath,
  env: { NEXT_PUBLIC_BASE_PATH: basePath },
  pageExtensions: ['ts', 'tsx', 'mdx'],
  poweredByHeader: false,
  reactStrictMode: true,
};

// Turbopack needs remark plugins as package names (serialisable), not functions.
const withMDX = createMDX({
  options: {
    remarkPlugins: [['remark-frontmatter', ['yaml']]],
  },
});

export default withMDX(nextConfig);
