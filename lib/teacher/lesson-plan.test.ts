import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { timedPhases } from './lesson-plan';
import type { Phase } from './schema';

const phase = (minutes: number): Phase => ({ minutes, title: `${minutes}`, teacher: 'erzählt', pupils: 'hören zu', method: 'Plenum' });

describe('timedPhases', () => {
  test('each phase starts where the one before it ended', () => {
    assert.deepEqual(
      timedPhases([phase(6), phase(14), phase(25)]).map(({ start, end }) => [start, end]),
      [
        [0, 6],
        [6, 20],
        [20, 45],
      ],
    );
  });

  test('no phases, no times', () => {
    assert.deepEqual(timedPhases([]), []);
  });
});
