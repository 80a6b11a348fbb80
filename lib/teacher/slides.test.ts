import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { SLIDE_FIT, fitToSlides, lessonSlides, nextSceneIndex, slideLabel } from './slides';

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
  const slides = lessonSlides(body, ['Ziel eins', 'Ziel zwei']);

  test('starts with the title and the goals and ends with the help slide', () => {
    assert.deepEqual(slides.slice(0, 2), [{ kind: 'title' }, { kind: 'goals', part: 1, parts: 1, from: 0, count: 2 }]);
    assert.deepEqual(slides.at(-1), { kind: 'help' });
  });

  test('splits a long scene into parts that fit a slide, with the content note on the first part only', () => {
    const scenes = slides.filter((s) => s.kind === 'scene');
    assert.ok(scenes.length >= 2);
    assert.deepEqual(scenes.map((s) => [s.part, s.parts, s.note]), scenes.map((_, i) => [i + 1, scenes.length, i === 0 ? 'In dieser Szene geht es um Streit.' : undefined]));
    assert.ok(scenes.every((s) => s.scene === 1));
  });

  test('keeps fact boxes with their title and source id', () => {
    assert.deepEqual(slides.find((s) => s.kind === 'fact'), {
      kind: 'fact',
      title: 'Was im Rauch steckt',
      sourceId: 'dkfz-gifte',
      source: 'Über 5.300 Substanzen.',
      part: 1,
      parts: 1,
    });
  });

  test('reveals discussion questions one at a time', () => {
    const discussion = slides.find((s) => s.kind === 'discussion');
    assert.equal(discussion?.kind === 'discussion' && discussion.steps, 3);
  });

  test('keeps the order of the lesson and leaves out text outside the blocks', () => {
    assert.deepEqual(
      [...new Set(slides.map((s) => s.kind))],
      ['title', 'goals', 'scene', 'fact', 'discussion', 'recap', 'help'],
    );
  });

  test('names slides for the overview and finds the next scene', () => {
    assert.equal(slideLabel(slides[2]!, 'Lektion'), `Szene 1: Küche (1/${slides.filter((s) => s.kind === 'scene').length})`);
    assert.equal(nextSceneIndex(slides, 0), 2);
    assert.equal(nextSceneIndex(slides, 2), null);
  });
});

describe('fitToSlides', () => {
  const sentence = 'Das ist ein Satz mit genau zehn Wörtern für den Test.';

  test('never puts more lines on a part than fit, and loses no text', () => {
    const mdx = Array.from({ length: 12 }, (_, i) => `${sentence} ${sentence} ${i}`).join('\n\n');
    const parts = fitToSlides(mdx, SLIDE_FIT.lines);
    assert.ok(parts.length > 1);
    for (const part of parts) {
      const lines = part.split('\n\n').reduce((sum, p) => sum + Math.ceil(p.length / SLIDE_FIT.charsPerLine) + 0.5, 0);
      assert.ok(lines <= SLIDE_FIT.lines, `${lines} lines`);
    }
    assert.equal(parts.join('\n\n'), mdx);
  });

  test('cuts a paragraph longer than a slide at sentence ends', () => {
    const paragraph = Array.from({ length: 20 }, () => sentence).join(' ');
    const parts = fitToSlides(paragraph, 6);
    assert.ok(parts.length > 1);
    assert.ok(parts.every((part) => part.endsWith('.')));
  });

  test('keeps list items together as a list and splits between items', () => {
    const list = Array.from({ length: 14 }, (_, i) => `- ${sentence} ${i}`).join('\n');
    const parts = fitToSlides(list, SLIDE_FIT.lines);
    assert.ok(parts.length > 1);
    assert.ok(parts.every((part) => part.split('\n').every((line) => line.startsWith('- '))));
    assert.equal(parts.join('\n'), list);
  });

  test('leaves less room on the first part for a content note', () => {
    const mdx = Array.from({ length: 6 }, () => sentence).join('\n\n');
    assert.ok(fitToSlides(mdx, 10, 4)[0]!.split('\n\n').length < fitToSlides(mdx, 10)[0]!.split('\n\n').length);
  });
});
