import { z } from 'zod';

/** Keys that would reach an object's prototype; the progress codec refuses them, so content may not use them. */
const RESERVED = new Set(['__proto__', 'constructor', 'prototype']);

/** Ids and slugs in content files: ASCII, lower case, digits and hyphens — they end up in URLs and storage keys. */
export const idSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Nur Kleinbuchstaben a–z, Ziffern und Bindestriche (Umlaute als ae, oe, ue, ss).')
  .refine((value) => !RESERVED.has(value), 'Dieses Wort ist als id nicht erlaubt.');
