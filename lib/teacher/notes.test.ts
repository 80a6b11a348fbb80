import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { slideNotes } from './notes';
import type { Guide } from './schema';

const phase = (title: string, material: string) => ({ minutes: 5, title, teacher: `Tut etwas in ${title}.`, pupils: 'Hören zu.', method: 'Plenum', material });

const guide = {
  lesson: 'x',
  overview: 'Worum es geht.',
  preparation: ['Projektor.'],
  phases: [phase('Einstieg', 'Präsentation, Szene 1'), phase('Plan', 'Präsentation, Szenen 3 und 4'), phase('Abschluss', 'Hilfe-Seite')],
  shortOfTime: ['Das Quiz kürzen.'],
  discussion: [{ question: 'Warum?', hints: ['Weil.'] }],
  differentiation: { faster: ['Mehr.'], slower: ['Weniger.'] },
  homework: 'Lesen.',
  sensitive: ['Behutsam sein.'],
  worksheet: { scene: 1, task: 'Lies.', questions: [] },
} satisfies Guide;

const scene = (n: number, note?: string) => ({ kind: 'scene' as const, scene: n, title: 'T', source: 'x', part: 1, parts: 1, ...(note ? { note } : {}) });

describe('slideNotes', () => {
  test('gives the title slide the overview', () => {
    assert.deepEqual(slideNotes({ kind: 'title' }, guide), [{ heading: 'Worum es geht', items: ['Worum es geht.'] }]);
  });

  test('gives a scene the phase that projects it, also when a phase names two scenes', () => {
    assert.deepEqual(slideNotes(scene(1), guide).map((n) => n.heading), ['Phase: Einstieg (5 min)']);
    assert.deepEqual(slideNotes(scene(3), guide).map((n) => n.heading), ['Phase: Plan (5 min)']);
    assert.deepEqual(slideNotes(scene(4), guide).map((n) => n.heading), ['Phase: Plan (5 min)']);
    assert.deepEqual(slideNotes(scene(2), guide), []);
  });

  test('adds the notes on sensitive situations to a scene with a content note and to the help slide', () => {
    assert.deepEqual(slideNotes(scene(2, 'Streit'), guide), [{ heading: 'Sensible Situationen', items: ['Behutsam sein.'] }]);
    assert.deepEqual(slideNotes({ kind: 'help' }, guide), [{ heading: 'Sensible Situationen', items: ['Behutsam sein.'] }]);
  });

  test('gives the discussion its hints and the recap what to cut when time runs short', () => {
    assert.deepEqual(slideNotes({ kind: 'discussion', source: '- Warum?', steps: 1, part: 1, parts: 1 }, guide), [{ heading: 'Warum?', items: ['Weil.'] }]);
    assert.deepEqual(slideNotes({ kind: 'recap', source: '- x', part: 1, parts: 1 }, guide)[0], { heading: 'Wenn die Zeit knapp wird', items: ['Das Quiz kürzen.'] });
  });
});
