/** What afterNextPaint needs of the browser (the real one by default; tests pass a stand-in). */
export interface PaintClock {
  document: Pick<Document, 'visibilityState' | 'addEventListener' | 'removeEventListener'>;
  requestAnimationFrame: (callback: () => void) => unknown;
  setTimeout: (callback: () => void, ms: number) => unknown;
}

const browserClock = (): PaintClock => ({ document, requestAnimationFrame: (c) => requestAnimationFrame(c), setTimeout: (c, ms) => setTimeout(c, ms) });

/**
 * Runs `action` once the next frame has been painted (a frame, then a task): work the learner does not see, such as
 * saving, waits until what they do see is on screen. It never waits longer than the page is shown: a tab that is
 * hidden (or a page being left) runs it at once, since a hidden tab paints no frames.
 */
export function afterNextPaint(action: () => void, clock: PaintClock = browserClock()): void {
  const { document } = clock;
  let done = false;
  const run = () => {
    if (done) return;
    done = true;
    document.removeEventListener('visibilitychange', onHidden);
    action();
  };
  const onHidden = () => {
    if (document.visibilityState === 'hidden') run();
  };
  if (document.visibilityState === 'hidden') return run();
  document.addEventListener('visibilitychange', onHidden);
  clock.requestAnimationFrame(() => clock.setTimeout(run, 0));
}
