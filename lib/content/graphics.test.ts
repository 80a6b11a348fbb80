import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
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
