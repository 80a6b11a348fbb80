/** Largest progress file accepted for import. A real export is a few kilobytes. */
export const MAX_IMPORT_BYTES = 1_000_000;
export const IMPORT_TOO_LARGE = 'Die Datei ist zu groß (mehr als 1 MB). Eine Fortschrittsdatei ist viel kleiner.';
