import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { SLIDE_FIT, fitToSlides, lessonSlides, nextSceneIndex, slideLabel } from './slides';
import { lessonMeta, lessonModel } from '../content/test-course';

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

const goals = [
  { id: 'konzert-eins', text: 'Ziel eins' },
  { id: 'konzert-zwei', text: 'Ziel zwei' },
];

/** The units of a block holding `mdx`, as the lesson model reads them. */
const unitsOf = (mdx: string) => lessonModel(`<Nachgedacht>\n\n${mdx}\n\n</Nachgedacht>`).blocks[0]!.units;

/** The MDX of each part. */
const fit = (mdx: string, capacity: number, firstCapacity?: number) => fitToSlides(unitsOf(mdx), capacity, firstCapacity).map((part) => part.source);

describe('lessonSlides', () => {
  const slides = lessonSlides(lessonModel(body, { ...lessonMeta, goals }));

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

  test('shows a fact box nested in a scene on the scene\'s slide, as the lesson page does, not on a slide of its own', () => {
    const nested = body.replace('</Szene>', '<Fakt quelle="dkfz-gifte" titel="Im Rauch">\n\nGifte.\n\n</Fakt>\n\n</Szene>');
    const withNested = lessonSlides(lessonModel(nested, { ...lessonMeta, goals }));
    assert.deepEqual(withNested.filter((s) => s.kind === 'fact').map((s) => s.title), ['Was im Rauch steckt']);
    const lastScenePart = withNested.filter((s) => s.kind === 'scene').at(-1)!;
    assert.ok(lastScenePart.kind === 'scene' && lastScenePart.source.endsWith('<Fakt quelle="dkfz-gifte" titel="Im Rauch">\n\nGifte.\n\n</Fakt>'));
  });

  test('a ">" inside an attribute is part of the title, not the end of the tag', () => {
    const arrow = lessonSlides(lessonModel(body.replace('titel="Was im Rauch steckt"', 'titel="Rauch -> Lunge"'), { ...lessonMeta, goals }));
    assert.deepEqual(arrow.find((s) => s.kind === 'fact'), {
      kind: 'fact',
      title: 'Rauch -> Lunge',
      sourceId: 'dkfz-gifte',
      source: 'Über 5.300 Substanzen.',
      part: 1,
      parts: 1,
    });
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
    const parts = fit(mdx, SLIDE_FIT.lines);
    assert.ok(parts.length > 1);
    for (const part of parts) {
      const lines = part.split('\n\n').reduce((sum, p) => sum + Math.ceil(p.length / SLIDE_FIT.charsPerLine) + 0.5, 0);
      assert.ok(lines <= SLIDE_FIT.lines, `${lines} lines`);
    }
    assert.equal(parts.join('\n\n'), mdx);
  });

  test('cuts a paragraph longer than a slide at sentence ends', () => {
    const paragraph = Array.from({ length: 20 }, () => sentence).join(' ');
    const parts = fit(paragraph, 6);
    assert.ok(parts.length > 1);
    assert.ok(parts.every((part) => part.endsWith('.')));
  });

  test('keeps list items together as a list and splits between items', () => {
    const list = Array.from({ length: 14 }, (_, i) => `- ${sentence} ${i}`).join('\n');
    const parts = fit(list, SLIDE_FIT.lines);
    assert.ok(parts.length > 1);
    assert.ok(parts.every((part) => part.split('\n').every((line) => line.startsWith('- '))));
    assert.equal(parts.join('\n'), list);
  });

  test('never cuts a paragraph inside a tag', () => {
    const term = '<Begriff id="nikotin">Stoff. Noch ein Stoff.</Begriff>';
    const paragraph = `${Array.from({ length: 20 }, () => sentence).join(' ')} Ein ${term} am Ende.`;
    assert.ok(fit(paragraph, 6).some((part) => part.includes(term)));
  });

  test('leaves less room on the first part for a content note', () => {
    const mdx = Array.from({ length: 6 }, () => sentence).join('\n\n');
    assert.ok(fit(mdx, 10, 4)[0]!.split('\n\n').length < fit(mdx, 10)[0]!.split('\n\n').length);
  });
});
