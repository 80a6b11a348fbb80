/**
 * The right-hand column of a matching question as the quiz and the class quiz show it: in German alphabetical
 * order, whatever order the author wrote the pairs in; the class then reads the same letters as the quiz page.
 */
export function matchingColumn<T extends { right: string }>(pairs: readonly T[]): T[] {
  return [...pairs].sort((a, b) => compareGerman(a.right, b.right));
}

const UMLAUTS: Record<string, string> = { ä: 'a', ö: 'o', ü: 'u', ß: 'ss' };
const sortKey = (text: string) => text.toLowerCase().replace(/[äöüß]/g, (letter) => UMLAUTS[letter] ?? letter);

/**
 * German dictionary order (DIN 5007-1: "ä" as "a", "ß" as "ss", case only breaks ties), as
 * localeCompare(…, 'de') sorts the course's texts, but without Intl: its first use on a page loads the locale's
 * collation data, which would block a tablet while the quiz starts.
 */
export function compareGerman(a: string, b: string): number {
  const [keyA, keyB] = [sortKey(a), sortKey(b)];
  if (keyA !== keyB) return keyA < keyB ? -1 : 1;
  // Then the plain letter before the umlaut, then lower case before upper case.
  const [lowerA, lowerB] = [a.toLowerCase(), b.toLowerCase()];
  if (lowerA !== lowerB) return lowerA < lowerB ? -1 : 1;
  return a === b ? 0 : a < b ? 1 : -1;
}
