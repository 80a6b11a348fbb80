import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { readGraphics } from './graphics';
import type { ContentProblem } from './types';
import { stringify } from 'yaml';
import { courseWith, lessonBody, lessonFile } from './test-course';
import { validateCourse } from './validate';
import { formatProblem } from './problems';

/** A WHO-style timeline in content/grafiken/zeitstrahl.yaml, citing `source`. */
const timelineFile = (source = 'dkfz-gifte') =>
  stringify({
    source,
    steps: [
      { after: { from: 20, unit: 'minuten' }, text: 'Puls und Blutdruck sinken.' },
      { after: { from: 12, unit: 'stunden' }, text: 'Das Kohlenmonoxid im Blut ist wieder normal.' },
    ],
  });

const withGraphic = (tag: string) => lessonFile(undefined, lessonBody.replace('Steffen ist 14.', `Steffen ist 14.\n\n${tag}`));
const problemsOf = (changes: Record<string, string>) => {
  const result = validateCourse(courseWith(changes));
  return result.ok ? [] : result.problems.map(formatProblem);
};

describe('graphics in the content', () => {
  test('a lesson with a graphic and its data is valid, and the course holds the data', () => {
    const result = validateCourse(
      courseWith({
        'content/grafiken/zeitstrahl.yaml': timelineFile(),
        'lessons/konzert.mdx': withGraphic('<Grafik art="zeitstrahl" titel="Nach der letzten Zigarette">\n\nSo erholt sich der Körper.\n\n</Grafik>'),
      }),
    );
    assert.equal(result.ok, true, result.ok ? '' : result.problems.map(formatProblem).join('\n'));
    assert.equal(result.ok && result.course.graphics.zeitstrahl?.steps.length, 2);
  });

  test('a graphic cites only sources that exist, named with the path in its file', () => {
    assert.deepEqual(problemsOf({ 'content/grafiken/zeitstrahl.yaml': timelineFile('gibt-es-nicht') }), [
      'content/grafiken/zeitstrahl.yaml › source: Unbekannte Quelle "gibt-es-nicht" (nicht in content/quellen.yaml).',
    ]);
  });

  test('data that break the schema, and a file for an unknown kind, are reported with file and path', () => {
    const broken = stringify({ source: 'dkfz-gifte', steps: [{ after: { from: -1, unit: 'minuten' }, text: 'x' }, { after: { from: 1, unit: 'tage' }, text: 'y' }] });
    const problems = problemsOf({ 'content/grafiken/zeitstrahl.yaml': broken, 'content/grafiken/video.yaml': 'a: 1' });
    assert.ok(problems.some((p) => p.startsWith('content/grafiken/zeitstrahl.yaml › steps[0].after.from:')), problems.join('\n'));
    assert.ok(problems.includes('content/grafiken/video.yaml: Unbekannte Grafik "video". Es gibt kosten.yaml, koerper.yaml, zeitstrahl.yaml, suchtkreislauf.yaml.'), problems.join('\n'));
  });

  test('a <Grafik> needs a known art with data and a title, and is reported where it stands', () => {
    const problems = problemsOf({
      'lessons/konzert.mdx': withGraphic('<Grafik art="zeitstrahl">\n\nSo erholt sich der Körper.\n\n</Grafik>\n\n<Grafik art="film" titel="Film">\n\nText.\n\n</Grafik>'),
    });
    assert.deepEqual(
      problems.filter((p) => p.includes('<Grafik')),
      [
        'lessons/konzert.mdx:16:1 › <Grafik art="zeitstrahl">: Für die Grafik "zeitstrahl" fehlen die Daten (content/grafiken/zeitstrahl.yaml).',
        'lessons/konzert.mdx:16:1 › <Grafik art="zeitstrahl">: Eine <Grafik> braucht einen Titel: titel="…".',
        'lessons/konzert.mdx:22:1 › <Grafik art="film">: Eine <Grafik> braucht art="…", eine von kosten, koerper, zeitstrahl, suchtkreislauf.',
      ],
    );
  });
});

const file = (path: string) => ({ path, text: readFileSync(path, 'utf8') });
const knownSources = (...ids: string[]) => (id: string) => ids.includes(id);

describe('readGraphics', () => {
  test('the timeline and the addiction cycle of the course are read with their sources', () => {
    const problems: ContentProblem[] = [];
    const graphics = readGraphics(
      [file('content/grafiken/zeitstrahl.yaml'), file('content/grafiken/suchtkreislauf.yaml')],
      knownSources('who-rauchstopp-nutzen', 'gf-wallis-entzug', 'nida-tobacco-effects'),
      'content/quellen.yaml',
      problems,
    );
    assert.deepEqual(problems, []);
    assert.equal(graphics.zeitstrahl?.steps.length, 8);
    assert.equal(graphics.suchtkreislauf?.steps.length, 4);
  });

  test('an unknown source id in the addiction cycle is reported with its file and path', () => {
    const problems: ContentProblem[] = [];
    const graphics = readGraphics(
      [file('content/grafiken/suchtkreislauf.yaml')],
      knownSources('gf-wallis-entzug'),
      'content/quellen.yaml',
      problems,
    );
    assert.equal(graphics.suchtkreislauf, undefined);
    assert.deepEqual(
      problems.map((p) => `${p.file} › ${p.path}: ${p.message}`),
      [
        'content/grafiken/suchtkreislauf.yaml › steps[1].source: Unbekannte Quelle "nida-tobacco-effects" (nicht in content/quellen.yaml).',
        'content/grafiken/suchtkreislauf.yaml › steps[2].source: Unbekannte Quelle "nida-tobacco-effects" (nicht in content/quellen.yaml).',
      ],
    );
  });

  test('an unknown source id in the timeline is reported at "source"', () => {
    const problems: ContentProblem[] = [];
    readGraphics([file('content/grafiken/zeitstrahl.yaml')], knownSources(), 'content/quellen.yaml', problems);
    assert.deepEqual(
      problems.map((p) => [p.file, p.path]),
      [['content/grafiken/zeitstrahl.yaml', 'source']],
    );
  });
});
