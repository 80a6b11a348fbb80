import type { StorageLike } from './store';

/**
 * An in-memory stand-in for localStorage / sessionStorage, for unit tests only.
 * It can fail the way browsers do:
 * - "disabled": every access throws a SecurityError (storage blocked, some private modes);
 * - "quota": every setItem throws a QuotaExceededError;
 * - quotaChars: setItem throws a QuotaExceededError once keys and values together would
 *   exceed this many characters (browsers count UTF-16 code units, as here).
 */
export type StorageFailure = 'none' | 'disabled' | 'quota';

export interface MemoryStorageOptions {
  failure?: StorageFailure;
  quotaChars?: number;
}

export class MemoryStorage implements StorageLike {
  private readonly items = new Map<string, string>();
  failure: StorageFailure;
  quotaChars: number;

  constructor(options: MemoryStorageOptions = {}) {
    this.failure = options.failure ?? 'none';
    this.quotaChars = options.quotaChars ?? Number.POSITIVE_INFINITY;
  }

  private checkAccess(): void {
    if (this.failure === 'disabled') {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    }
  }

  private usedChars(without?: string): number {
    let used = 0;
    for (const [key, value] of this.items) if (key !== without) used += key.length + value.length;
    return used;
  }

  get length(): number {
    this.checkAccess();
    return this.items.size;
  }

  key(index: number): string | null {
    this.checkAccess();
    return [...this.items.keys()][index] ?? null;
  }

  getItem(key: string): string | null {
    this.checkAccess();
    return this.items.get(key) ?? null;
  }

  setItem(key: string, value: string): void {
    this.checkAccess();
    const text = String(value);
    if (this.failure === 'quota' || this.usedChars(key) + key.length + text.length > this.quotaChars) {
      throw new DOMException("Failed to execute 'setItem' on 'Storage': Setting the value exceeded the quota.", 'QuotaExceededError');
    }
    this.items.set(key, text);
  }

  removeItem(key: string): void {
    this.checkAccess();
    this.items.delete(key);
  }

  /** Every key and value, sorted by key, bypassing failure modes: for byte-exact comparisons. */
  dump(): [string, string][] {
    return [...this.items.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  }

  /** Keys starting with `prefix`, bypassing failure modes. */
  keysStartingWith(prefix: string): string[] {
    return [...this.items.keys()].filter((key) => key.startsWith(prefix));
  }

  /** Puts a value in place without checks, bypassing failure modes: for setting up a test. */
  seed(key: string, value: string): void {
    this.items.set(key, value);
  }

  /** Reads a value without checks, bypassing failure modes. */
  peek(key: string): string | null {
    return this.items.get(key) ?? null;
  }
}
