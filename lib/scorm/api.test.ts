import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findScorm12Api, type WindowLike } from './api';
import { TestLms } from './test-lms';

function frame(parent: WindowLike | null, extra: Partial<WindowLike> = {}): WindowLike {
  const win: WindowLike = { parent: null, ...extra };
  win.parent = parent ?? win;
  return win;
}

test('finds the API on a parent frame, as Moodle frames a package', () => {
  const api = new TestLms();
  const lms = frame(null, { API: api });
  const player = frame(lms);
  const content = frame(player);
  assert.equal(findScorm12Api(content), api);
});

test('finds the API through the window that opened the package in a new window', () => {
  const api = new TestLms();
  const lms = frame(null, { API: api });
  const popup = frame(null, { opener: lms });
  assert.equal(findScorm12Api(frame(popup)), api);
});

test('ignores an "API" that is not a SCORM 1.2 API and frames of another origin', () => {
  const other: WindowLike = {
    parent: null,
    get API(): unknown {
      throw new DOMException('Blocked a frame with origin', 'SecurityError');
    },
  };
  other.parent = other;
  assert.equal(findScorm12Api(frame(other)), undefined);
  assert.equal(findScorm12Api(frame(frame(null, { API: { LMSInitialize: () => 'true' } }))), undefined);
});

test('gives up above seven frames, and outside an LMS finds nothing', () => {
  const api = new TestLms();
  let win = frame(null, { API: api });
  for (let i = 0; i < 9; i++) win = frame(win);
  assert.equal(findScorm12Api(win), undefined);
  assert.equal(findScorm12Api(frame(null)), undefined);
});
