import type { ProgressDecoder } from './codec';
import { GUEST_RECORD_KEY, PROGRESS_KEY, QUARANTINE_PREFIX } from './keys';
import type { StorageLike } from './store';

/**
 * The schemas that read stored data (decode.ts, with zod/mini) are the largest part of the progress code and
 * take a task of their own on a slow tablet. A browser with nothing saved never needs them to show a page,
 * so they load only when there is data to read, or when the learner does something (opens a profile, imports a file).
 */

/**
 * Whether the storage holds anything the store reads with the schemas: the saved record, data put aside, and (only
 * while the store opens, `session` given) this tab's guest, which it then keeps in memory.
 */
export function storedDataWaiting(storage: () => StorageLike, session?: () => StorageLike): boolean {
  const holds = (where: () => StorageLike, found: (area: StorageLike) => boolean) => {
    try {
      return found(where());
    } catch {
      // Storage that does not answer holds nothing the store could read either.
      return false;
    }
  };
  return (
    holds(storage, (area) => {
      if (area.getItem(PROGRESS_KEY)) return true;
      for (let i = 0; i < area.length; i++) if (area.key(i)?.startsWith(QUARANTINE_PREFIX)) return true;
      return false;
    }) || (!!session && holds(session, (area) => !!area.getItem(GUEST_RECORD_KEY)))
  );
}

export interface LazyDecoder {
  /** Handed to the store. It may be asked only once `whenReadable` or `whenLoaded` has let the caller through. */
  decoder: ProgressDecoder;
  /**
   * Runs `then` when the store can read what is stored: at once if nothing is stored or the schemas are there,
   * else once they have loaded. Callers keep their order.
   */
  whenReadable(then: () => void): void;
  /** Runs `then` once the schemas are there, loading them if needed (at once if they are). */
  whenLoaded(then: () => void): void;
}

export function lazyDecoder(importDecoder: () => Promise<ProgressDecoder>, waiting: () => boolean): LazyDecoder {
  let loaded: ProgressDecoder | undefined;
  let loading: Promise<ProgressDecoder> | undefined;

  const load = () => (loading ??= importDecoder().then((decoder) => (loaded = decoder)));
  const ready = (): ProgressDecoder => {
    if (!loaded) throw new Error('The progress schemas were asked for before they had loaded.');
    return loaded;
  };
  return {
    decoder: {
      decodeValue: (...args) => ready().decodeValue(...args),
      decodeText: (...args) => ready().decodeText(...args),
    },
    whenReadable(then) {
      if (loaded || (!loading && !waiting())) then();
      else void load().then(then);
    },
    whenLoaded(then) {
      if (loaded) then();
      else void load().then(then);
    },
  };
}
