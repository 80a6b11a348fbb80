/** Largest progress file accepted for import. A real export is a few kilobytes. */
export const MAX_IMPORT_BYTES = 1_000_000;
