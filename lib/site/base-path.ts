/**
 * The sub-folder the course is built for: '' for the domain root, or '/rauchzeichen' from
 * `BASE_PATH=/rauchzeichen npm run build`. Normalised to a leading slash and no trailing one.
 */
export function normaliseBasePath(raw: string | undefined): string {
  const trimmed = (raw ?? '').trim().replace(/\/+$/, '');
  if (trimmed === '') return '';
  const withSlash = trimmed.startsWith('/') ? trimmed : `/${trimmed}`;
  if (!/^(\/[A-Za-z0-9._~-]+)+$/.test(withSlash)) {
    throw new Error(`BASE_PATH "${raw}" ist kein gültiger Unterordner (erlaubt: /ordner oder /ordner/unterordner).`);
  }
  return withSlash;
}

export const basePath = normaliseBasePath(process.env.BASE_PATH);
