import { sha256 } from './sha256';

/**
 * The optional 4-digit PIN of a profile, kept only as SHA-256(salt ‖ PIN) with a random 16-byte salt.
 * It keeps classmates at a shared computer out of each other's profiles; it does not stop someone with
 * developer tools (10 000 PINs are tried in a moment), and the course says so.
 */

export interface PinHash {
  algorithm: 'sha-256';
  /** 16 random bytes, hex. */
  salt: string;
  /** SHA-256 of the salt bytes followed by the PIN's UTF-8 bytes, hex. */
  hash: string;
}

type Digest = (data: Uint8Array) => Promise<Uint8Array>;
type RandomSource = Pick<Crypto, 'getRandomValues'>;

export const PIN_PATTERN = /^\d{4}$/;

export function isValidPin(pin: string): boolean {
  return PIN_PATTERN.test(pin);
}

const toHex = (bytes: Uint8Array) => Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');

function fromHex(hex: string): Uint8Array {
  const bytes = new Uint8Array(hex.length / 2);
  for (let i = 0; i < bytes.length; i++) bytes[i] = parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return bytes;
}

/** Web Crypto where the page is a secure context; the plain-TypeScript SHA-256 everywhere else. */
export function defaultDigest(subtle: SubtleCrypto | undefined = globalThis.crypto?.subtle): Digest {
  if (subtle) return async (data) => new Uint8Array(await subtle.digest('SHA-256', data as Uint8Array<ArrayBuffer>));
  return async (data) => sha256(data);
}

async function digestPin(salt: Uint8Array, pin: string, digest: Digest): Promise<string> {
  const pinBytes = new TextEncoder().encode(pin);
  const input = new Uint8Array(salt.length + pinBytes.length);
  input.set(salt);
  input.set(pinBytes, salt.length);
  return toHex(await digest(input));
}

export async function hashPin(pin: string, digest: Digest = defaultDigest(), random: RandomSource = globalThis.crypto): Promise<PinHash> {
  if (!isValidPin(pin)) throw new Error('A PIN has exactly four digits.');
  const salt = random.getRandomValues(new Uint8Array(16));
  return { algorithm: 'sha-256', salt: toHex(salt), hash: await digestPin(salt, pin, digest) };
}

export async function verifyPin(pin: string, stored: PinHash, digest: Digest = defaultDigest()): Promise<boolean> {
  if (!isValidPin(pin)) return false;
  const actual = await digestPin(fromHex(stored.salt), pin, digest);
  // Constant-time comparison out of habit; a 4-digit PIN is no secret against someone who can read storage.
  let difference = actual.length ^ stored.hash.length;
  for (let i = 0; i < actual.length; i++) difference |= actual.charCodeAt(i) ^ (stored.hash.charCodeAt(i) || 0);
  return difference === 0;
}
