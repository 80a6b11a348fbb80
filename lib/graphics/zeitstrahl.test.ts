import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { afterLabel, axisLandmarks, axisPositions, timelineSchema } from './zeitstrahl';

describe('afterLabel', () => {
  test('minutes and hours in the plural', () => {
    assert.equal(afterLabel({ from: 20, unit: 'minuten' }), 'Nach 20 Minuten');
    assert.equal(afterLabel({ from: 12, unit: 'stunden' }), 'Nach 12 Stunden');
  });

  test('one of a unit in the singular', () => {
    assert.equal(afterLabel({ from: 1, unit: 'jahre' }), 'Nach 1 Jahr');
    assert.equal(afterLabel({ from: 1, unit: 'monate' }), 'Nach 1 Monat');
    assert.equal(afterLabel({ from: 1, unit: 'tage' }), 'Nach 1 Tag');
    assert.equal(afterLabel({ from: 1, unit: 'stunden' }), 'Nach 1 Stunde');
  });

  test('many of a unit in the dative plural', () => {
    assert.equal(afterLabel({ from: 10, unit: 'jahre' }), 'Nach 10 Jahren');
    assert.equal(afterLabel({ from: 9, unit: 'monate' }), 'Nach 9 Monaten');
    assert.equal(afterLabel({ from: 2, unit: 'tage' }), 'Nach 2 Tagen');
  });

  test('a span takes the unit of its last number', () => {
    assert.equal(afterLabel({ from: 2, to: 12, unit: 'wochen' }), 'Nach 2 bis 12 Wochen');
    assert.equal(afterLabel({ from: 1, to: 9, unit: 'monate' }), 'Nach 1 bis 9 Monaten');
    assert.equal(afterLabel({ from: 5, to: 15, unit: 'jahre' }), 'Nach 5 bis 15 Jahren');
  });

  test('a fraction with a decimal comma, in the plural', () => {
    assert.equal(afterLabel({ from: 1.5, unit: 'jahre' }), 'Nach 1,5 Jahren');
  });
});

describe('axisPositions', () => {
  const steps = [
    { after: { from: 20, unit: 'minuten' as const } },
    { after: { from: 2, to: 12, unit: 'wochen' as const } },
    { after: { from: 15, unit: 'jahre' as const } },
  ];

  test('the first step starts the axis and the last one ends it', () => {
    const positions = axisPositions(steps);
    assert.equal(positions[0]!.start, 0);
    assert.equal(positions[2]!.end, 1);
  });

  test('the scale is logarithmic: ten times as long is always the same distance', () => {
    const positions = axisPositions([
      { after: { from: 1, unit: 'stunden' } },
      { after: { from: 10, unit: 'stunden' } },
      { after: { from: 100, unit: 'stunden' } },
    ]);
    assert.ok(Math.abs(positions[1]!.start - 0.5) < 1e-9);
  });

  test('a span reaches from its start to its end', () => {
    const [, span] = axisPositions(steps);
    assert.ok(span!.start > 0 && span!.end > span!.start && span!.end < 1);
  });
});

describe('axisLandmarks', () => {
  test('only the landmarks inside the axis, in order', () => {
    const landmarks = axisLandmarks([{ after: { from: 20, unit: 'minuten' } }, { after: { from: 2, unit: 'jahre' } }]);
    assert.deepEqual(
      landmarks.map((landmark) => landmark.label),
      ['1 Stunde', '1 Tag', '1 Woche', '1 Monat', '1 Jahr'],
    );
    assert.ok(landmarks.every((landmark, index) => index === 0 || landmark.position > landmarks[index - 1]!.position));
  });
});

describe('timelineSchema', () => {
  const step = (from: number, unit: string, to?: number) => ({ after: { from, unit, ...(to === undefined ? {} : { to }) }, text: 'Etwas wird besser.' });

  test('steps out of time order are rejected at the later step', () => {
    const result = timelineSchema.safeParse({ source: 'who-rauchstopp-nutzen', steps: [step(1, 'jahre'), step(20, 'minuten')] });
    assert.equal(result.success, false);
    assert.deepEqual(result.error!.issues[0]!.path, ['steps', 1, 'after']);
  });

  test('a span that ends before it starts is rejected', () => {
    const result = timelineSchema.safeParse({ source: 'who-rauchstopp-nutzen', steps: [step(12, 'wochen', 2), step(1, 'jahre')] });
    assert.equal(result.success, false);
    assert.deepEqual(result.error!.issues[0]!.path, ['steps', 0, 'after', 'to']);
  });
});
