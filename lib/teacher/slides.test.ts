import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { lessonSlides } from './slides';

const body = [
  'Intro text that is not a slide.',
  '',
  '<Szene titel="Küche" hinweis="In dieser Szene geht es um Streit.">',
  '',
  Array.from({ length: 4 }, (_, i) => `**Mama:** „${'Wort '.repeat(20)}${i}“`).join('\n\n'),
  '',
  '</Szene>',
  '',
  '<Fakt quelle="dkfz-gifte" titel="Was im Rauch steckt">',
  '',
  'Über 5.300 Substanzen.',
  '',
  '</Fakt>',
  '',
  '<ImGespraech>',
  '',
  '- Frage eins?',
  '- Frage zwei?',
  '- Frage drei?',
  '',
  '</ImGespraech>',
  '',
  '<Rueckblick>',
  '',
  '- Punkt',
  '',
  '</Rueckblick>',
].join('\n');

describe('lessonSlides', () => {
  const slides = lessonSlides(body);

  test('starts with the title and the goals', () => {
    assert.deepEqual(slides.slice(0, 2), [{ kind: 'title' }, { kind: 'goals' }]);
  });

  test('splits a long scene into parts that fit a slide, with the content note on the first part only', () => {
    const scenes = slides.filter((s) => s.kind === 'scene');
    assert.equal(scenes.length, 2);
    assert.deepEqual(scenes.map((s) => [s.part, s.parts, s.note]), [
      [1, 2, 'In dieser Szene geht es um Streit.'],
      [2, 2, undefined],
    ]);
  });

  test('keeps fact boxes with their title and source id', () => {
    assert.deepEqual(slides.find((s) => s.kind === 'fact'), {
      kind: 'fact',
      title: 'Was im Rauch steckt',
      sourceId: 'dkfz-gifte',
      source: 'Über 5.300 Substanzen.',
    });
  });

  test('reveals discussion questions one at a time', () => {
    const discussion = slides.find((s) => s.kind === 'discussion');
    assert.equal(discussion?.kind === 'discussion' && discussion.steps, 3);
  });

  test('keeps the order of the lesson and leaves out text outside the blocks', () => {
    assert.deepEqual(slides.map((s) => s.kind), ['title', 'goals', 'scene', 'scene', 'fact', 'discussion', 'recap']);
  });
});
