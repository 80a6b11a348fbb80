import { GUEST_FLAG_KEY, PROGRESS_KEY, SIGNED_OUT_KEY } from './keys';

/**
 * Whether the learner is a guest, known before the first paint.
 *
 * The guest notice ("Gastmodus: Es wird nichts gespeichert …") is in every page's HTML, hidden by CSS unless
 * <html data-learner="guest">. A small inline script in <head> sets that attribute from two storage reads,
 * before anything is painted, so the notice is there from the first frame instead of pushing the page down
 * once the progress store has loaded. The store then keeps the attribute up to date (learnerHint).
 *
 * The script predicts what the store decides at start (lib/progress/store.ts, startingState): a guest flag in
 * this tab or "Abgemeldet" in this browser, or a browser with no saved record, is a guest. Storage that cannot
 * be read is not (the store keeps progress in memory then, and a notice says that nothing can be saved).
 * A saved record that the store cannot read (it is put aside, and a notice says so) is the one case it gets
 * wrong; the store corrects it when it has loaded.
 */
export const LEARNER_ATTRIBUTE = 'data-learner';

export type LearnerHint = 'guest' | 'known';

/** The hint for a store snapshot: "guest" exactly when the guest notice shows. */
export function learnerHint(snapshot: { mode: string; pendingProfile: unknown }): LearnerHint {
  return snapshot.mode === 'guest' && !snapshot.pendingProfile ? 'guest' : 'known';
}

/** The inline script for <head>. Plain ES5, no access to anything but the two storages and <html>. */
export function learnerHintScript(): string {
  const key = JSON.stringify;
  return (
    '(function(){' +
    'function get(s,k){try{return window[s].getItem(k)}catch(e){return undefined}}' +
    `var guest=get("sessionStorage",${key(GUEST_FLAG_KEY)})==="1"||get("localStorage",${key(SIGNED_OUT_KEY)})==="1"||get("localStorage",${key(PROGRESS_KEY)})===null;` +
    `document.documentElement.setAttribute(${key(LEARNER_ATTRIBUTE)},guest?"guest":"known")` +
    '})()'
  );
}
