import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { cycleLayout } from './suchtkreislauf';

describe('cycleLayout', () => {
  const ellipse = { center: { x: 400, y: 200 }, radius: { x: 200, y: 100 }, margin: 5 };
  const small = { halfWidth: 10, halfHeight: 10 };

  test('four steps sit at the top, right, bottom and left, clockwise', () => {
    assert.deepEqual(cycleLayout([small, small, small, small], ellipse).nodes, [
      { x: 400, y: 100 },
      { x: 600, y: 200 },
      { x: 400, y: 300 },
      { x: 200, y: 200 },
    ]);
  });

  test('every step has a clockwise arrow to the next, and the last one back to the first', () => {
    const { arrows } = cycleLayout([small, small, small, small], ellipse);
    assert.equal(arrows.length, 4);
    assert.ok(arrows.every((arrow) => / A 200 100 0 0 1 /.test(arrow)));
    // The last arrow ends just left of the top step, where the cycle starts again.
    const [endX, endY] = arrows[3]!.split(' ').slice(-2).map(Number);
    assert.ok(endX! < 400 && endY! < 200);
  });

  test('an arrow starts and ends outside the label boxes, however wide they are', () => {
    const wide = { halfWidth: 150, halfHeight: 24 };
    const { nodes, arrows } = cycleLayout([wide, small, wide, small], ellipse);
    const numbers = arrows[0]!.split(' ');
    const start = { x: Number(numbers[1]), y: Number(numbers[2]) };
    const end = { x: Number(numbers.at(-2)), y: Number(numbers.at(-1)) };
    assert.ok(Math.abs(start.x - nodes[0]!.x) >= 155 || Math.abs(start.y - nodes[0]!.y) >= 29);
    assert.ok(Math.abs(end.x - nodes[1]!.x) >= 15 || Math.abs(end.y - nodes[1]!.y) >= 15);
  });
});
