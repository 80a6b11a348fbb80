/**
 * Links inside a SCORM package. The package's pages sit side by side in one folder that the LMS serves from a
 * path unknown at build time, so every link is relative ("quiz.html"). A course address the package has no page
 * for (the course overview, the certificate) has no link in it: the pupil stays inside the package.
 *
 * The map comes from the renderer on the server and from `<html data-links>` in the browser, so that an island
 * hydrates with the same links it was rendered with.
 */

let serverLinks: Record<string, string> | undefined;
let browserLinks: Record<string, string> | undefined;

/** The renderer sets the map of the page it is about to render. */
export function setPackageLinks(links: Record<string, string>): void {
  serverLinks = links;
}

function currentLinks(): Record<string, string> {
  if (serverLinks) return serverLinks;
  browserLinks ??= JSON.parse(globalThis.document?.documentElement.dataset.links ?? '{}') as Record<string, string>;
  return browserLinks;
}

const withoutSlash = (path: string) => (path.length > 1 ? path.replace(/\/+$/, '') : path);

/** The package file for a course address (with its #fragment), or null when the package has no such page. */
export function packageHref(href: string, links: Record<string, string> = currentLinks()): string | null {
  if (href.startsWith('#') || /^[a-z][a-z0-9+.-]*:/i.test(href)) return href;
  const [path = '', fragment] = href.split('#', 2);
  const file = links[withoutSlash(path)];
  if (file === undefined) return null;
  return fragment ? `${file}#${fragment}` : file;
}
