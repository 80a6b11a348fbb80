import type { MetadataRoute } from 'next';
import { basePath } from '@/lib/site/base-path';

export const dynamic = 'force-static';

/** The web app manifest: the course can be installed on a tablet or phone and opened without a browser bar. */
export default function manifest(): MetadataRoute.Manifest {
  return {
    name: 'Rauchzeichen – Rauchen und Familie',
    short_name: 'Rauchzeichen',
    description: 'Ein Lernmodul für die Klassen 6 bis 10 über Rauchen und Familie. Funktioniert nach dem ersten Besuch auch ohne Internet.',
    lang: 'de',
    dir: 'ltr',
    id: `${basePath}/`,
    start_url: `${basePath}/`,
    scope: `${basePath}/`,
    display: 'standalone',
    background_color: '#fbf8f3',
    theme_color: '#2f5d50',
    categories: ['education', 'health'],
    icons: [
      { src: `${basePath}/icons/icon-192.png`, sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: `${basePath}/icons/icon-512.png`, sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: `${basePath}/icons/maskable-512.png`, sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  };
}
