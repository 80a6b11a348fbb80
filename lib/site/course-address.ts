/**
 * The address pupils use to open the course, for QR codes and printed links. On the teacher's own
 * computer the page runs on localhost, which no pupil's device can open, so the teacher types the
 * address pupils use (for example the one `npm start` prints: "Für die Klasse: http://192.168.1.20:3000/").
 */

/** Remembered on the teacher's device. */
export const COURSE_ADDRESS_KEY = 'rauchzeichen:adresse-fuer-die-klasse';

/** localhost, 127.x.x.x, ::1 and friends: reachable only from this computer. */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  return host === 'localhost' || host.endsWith('.localhost') || /^127(\.\d{1,3}){3}$/.test(host) || host === '::1' || host === '0.0.0.0';
}

export type AddressResult = { ok: true; root: string } | { ok: false; message: string };

/**
 * The course's start address as typed ("192.168.1.20:3000", "https://schule.de/rauchzeichen/"),
 * as a root without trailing slash ("http://192.168.1.20:3000"), or a plain message why not.
 */
export function parseCourseAddress(input: string): AddressResult {
  const trimmed = input.trim();
  if (trimmed === '') return { ok: false, message: 'Bitte die Adresse eingeben, unter der die Klasse den Kurs öffnet.' };
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `http://${trimmed}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return { ok: false, message: 'Das ist keine gültige Adresse. Beispiel: http://192.168.1.20:3000' };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { ok: false, message: 'Die Adresse muss mit http:// oder https:// beginnen.' };
  if (isLoopbackHost(url.hostname)) {
    return { ok: false, message: 'Diese Adresse funktioniert nur auf diesem Computer. Bitte die Adresse für die Klasse eingeben.' };
  }
  if (url.search || url.hash || url.username || url.password) {
    return { ok: false, message: 'Bitte nur die Adresse der Startseite eingeben, ohne ? oder #.' };
  }
  return { ok: true, root: `${url.origin}${url.pathname.replace(/\/+$/, '')}` };
}

/** The full address of a course page (`path` like "/lektionen/konzert") under a course root. */
export function coursePageUrl(root: string, path: string): string {
  const clean = path.replace(/^\/+|\/+$/g, '');
  return `${root}/${clean}${clean ? '/' : ''}`;
}

/** The address as printed on a card: without "http://", and without "https://". */
export function printableAddress(url: string): string {
  return url.replace(/^https?:\/\//, '');
}

/**
 * A printed address cut into the pieces between which a line may break: after each "/" and ".".
 * Nowhere else, so that "schule-musterstadt.de" never breaks at its hyphen and reads as two words.
 */
export function addressLinePieces(address: string): string[] {
  return address.split(/(?<=[/.])/).filter((piece) => piece !== '');
}
