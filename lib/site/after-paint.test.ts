import { test } from 'node:test';
import assert from 'node:assert/strict';
import { afterNextPaint, type PaintClock } from './after-paint';

function fakeClock(visibilityState: DocumentVisibilityState = 'visible') {
  const frames: (() => void)[] = [];
  const tasks: (() => void)[] = [];
  const listeners = new Set<() => void>();
  const document = {
    visibilityState,
    addEventListener: (_: string, listener: () => void) => listeners.add(listener),
    removeEventListener: (_: string, listener: () => void) => listeners.delete(listener),
  };
  const clock = {
    document,
    requestAnimationFrame: (callback: () => void) => frames.push(callback),
    setTimeout: (callback: () => void) => tasks.push(callback),
  } as unknown as PaintClock;
  const hide = () => {
    document.visibilityState = 'hidden';
    [...listeners].forEach((listener) => listener());
  };
  return { clock, frames, tasks, listeners, hide };
}

test('runs after the next frame and a task, once', () => {
  const { clock, frames, tasks, listeners } = fakeClock();
  let runs = 0;
  afterNextPaint(() => runs++, clock);
  assert.equal(runs, 0);
  frames.shift()!();
  assert.equal(runs, 0, 'not inside the frame: it has not been painted yet');
  tasks.shift()!();
  assert.equal(runs, 1);
  assert.equal(listeners.size, 0, 'stops listening once done');
});

test('in a hidden tab, which paints no frames, it runs at once', () => {
  const { clock, frames } = fakeClock('hidden');
  let runs = 0;
  afterNextPaint(() => runs++, clock);
  assert.equal(runs, 1);
  assert.equal(frames.length, 0);
});

test('a tab hidden before the frame runs it then, and not again after', () => {
  const { clock, frames, tasks, hide } = fakeClock();
  let runs = 0;
  afterNextPaint(() => runs++, clock);
  hide();
  assert.equal(runs, 1);
  frames.shift()!();
  tasks.shift()!();
  assert.equal(runs, 1);
});
