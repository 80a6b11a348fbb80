import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTypescript from 'eslint-config-next/typescript';

export default defineConfig([
  ...nextVitals,
  ...nextTypescript,
  {
    // One door to the content: pages and components call the named queries, never the loader itself.
    files: ['app/**', 'components/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'next/link', message: 'Use @/components/site/Link: client-side navigation without prefetching every link in view.' }],
          patterns: [{ group: ['@/lib/content/load', '**/lib/content/load'], message: 'Read content through the named queries in lib/content/queries.ts.' }],
        },
      ],
    },
  },
  {
    files: ['components/site/Link.tsx'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    // The SCORM renderer writes whole HTML documents itself; Next's <Head> does not exist there.
    files: ['scorm/render/**'],
    rules: { '@next/next/no-head-element': 'off' },
  },
  globalIgnores(['.scorm-build/**', 'out-scorm/**', '.next/**', 'out/**', '.e2e/**', 'deploy/**', 'bench/tmp/**', 'next-env.d.ts', 'test-results/**', 'playwright-report/**']),
]);
