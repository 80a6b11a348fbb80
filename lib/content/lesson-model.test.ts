import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { stringify } from 'yaml';
import { blocksOf, isSensitiveScene, parseLesson } from './lesson-model';
import { formatProblem } from './problems';
import { lessonStats } from './requirements';
import { sourceUsage } from './usage';
import { validateCourse } from './validate';
import { courseWith, lessonBody, lessonFile, lessonMeta, lessonModel, sources } from './test-course';
import type { ContentProblem } from './types';

/** The file line a fixture lesson's body starts on, after the frontmatter and a blank line. */
const BODY_LINE = lessonFile(lessonMeta, '').split('\n').length;

function problemsOf(body: string): ContentProblem[] {
  const parsed = parseLesson('lessons/konzert.mdx', lessonFile(lessonMeta, body));
  assert.equal(parsed.ok, false, 'the lesson should have been rejected');
  return parsed.ok ? [] : parsed.problems;
}

/** The problems as "file:line:column › path: message", the line counted from the body's first line. */
const printed = (problems: ContentProblem[]) =>
  problems.map((p) => formatProblem(p.position ? { ...p, position: { ...p.position, line: p.position.line - BODY_LINE + 1 } } : p));

describe('parseLesson', () => {
  test('reads quoted attributes, expressions and bare boolean attributes', () => {
    const [scene] = lessonModel(`<Szene titel="Freitag, die leeren Fächer" sensibel hinweis='Es geht um Streit.' nummer={2}>\n\nText\n\n</Szene>`).blocks;
    assert.deepEqual(scene!.attributes, { titel: 'Freitag, die leeren Fächer', hinweis: 'Es geht um Streit.', nummer: '2', sensibel: 'true' });
  });

  test('a scene is sensitive only when marked sensibel (or sensibel={true})', () => {
    const { blocks } = lessonModel(
      ['<Szene titel="A" sensibel>a</Szene>', '<Szene titel="B" sensibel={true}>b</Szene>', '<Szene titel="C" sensibel={false}>c</Szene>', '<Szene titel="D" hinweis="x">d</Szene>'].join('\n\n'),
    );
    assert.deepEqual(blocks.map(isSensitiveScene), [true, true, false, false]);
  });

  test('a ">" inside an attribute value belongs to the value, not to the end of the tag', () => {
    const [fact] = lessonModel('<Fakt quelle="dkfz-gifte" titel="Mehr als 5 > 3">\n\nFünf ist mehr.\n\n</Fakt>').blocks;
    assert.equal(fact!.attributes.titel, 'Mehr als 5 > 3');
    assert.equal(fact!.content, 'Fünf ist mehr.');
  });

  test('finds a fact box nested in a scene, knows its scene, and keeps it in the scene\'s content', () => {
    const model = lessonModel('<Szene titel="Küche">\n\nMama hustet.\n\n<Fakt quelle="dkfz-gifte">\n\nRauch bleibt.\n\n</Fakt>\n\n</Szene>');
    assert.deepEqual(
      model.blocks.map((block) => [block.component, block.parent]),
      [
        ['Szene', undefined],
        ['Fakt', 0],
      ],
    );
    assert.equal(model.blocks[0]!.content, 'Mama hustet.\n\n<Fakt quelle="dkfz-gifte">\n\nRauch bleibt.\n\n</Fakt>');
    assert.deepEqual(model.citations.map((citation) => citation.sourceId), ['dkfz-gifte']);
  });

  test('reads terms, citations and lesson links with their line and column', () => {
    const model = lessonModel('Ein Satz mit <Begriff id="nikotin">Nikotin</Begriff>.\n\n<Fakt quelle="dkfz-gifte">Giftig.</Fakt>\n\nWeiter mit [Lektion 2](/lektionen/sucht/quiz#start).');
    assert.deepEqual(model.terms, [{ id: 'nikotin', position: { line: BODY_LINE, column: 14 } }]);
    assert.deepEqual(model.citations, [{ sourceId: 'dkfz-gifte', position: { line: BODY_LINE + 2, column: 7 } }]);
    assert.deepEqual(model.links, [{ href: '/lektionen/sucht/quiz#start', slug: 'sucht', position: { line: BODY_LINE + 4, column: 12 } }]);
  });

  test('the plain text keeps a sentence with a marked term whole, and leaves out tags, attributes and link targets', () => {
    const model = lessonModel('<Szene titel="Titel">\n\nWer Rauch einatmet, atmet <Begriff id="passivrauch">Passivrauch</Begriff> ein.\n\n</Szene>\n\nMehr [hier](/lektionen/sucht).');
    assert.equal(model.text.trim(), 'Wer Rauch einatmet, atmet Passivrauch ein.\nMehr hier.');
  });

  test('a self-closing <Begriff id="x" /> ends where it stands and does not swallow what follows', () => {
    const problems = problemsOf('Darin steckt <Begriff id="nikotin" /> und mehr.\n\n<Fakt>Ohne Quelle.</Fakt>\n\n<Szene titel="Eins">\n\nText\n\n</Szene>');
    assert.deepEqual(printed(problems), [
      'lessons/konzert.mdx:1:14 › <Begriff>: Ein <Begriff> braucht das Wort, das er erklärt: <Begriff id="…">Wort</Begriff>, nicht <Begriff id="…" />.',
      'lessons/konzert.mdx:3:1 › <Fakt>: Jede Faktbox braucht eine Quelle: <Fakt quelle="…">.',
    ]);
  });

  test('a self-closing block is reported, and the block after it is read on its own', () => {
    const problems = problemsOf('<Szene titel="Leer" />\n\n<Szene titel="Voll">\n\nText\n\n</Szene>');
    assert.deepEqual(printed(problems), [
      'lessons/konzert.mdx:1:1 › <Szene>: Ein <Szene> braucht Inhalt: <Szene …>, dann der Text, dann </Szene>. Ein leeres oder selbstschließendes <Szene … /> zeigt nichts.',
    ]);
  });

  test('a scene inside a scene, a fact box inside a prompt and an unknown component are reported where they are', () => {
    const body = [
      '<Szene titel="Eins">',
      '',
      '<Szene titel="Zwei">',
      '',
      'Text',
      '',
      '</Szene>',
      '',
      '</Szene>',
      '',
      '<Nachgedacht>',
      '',
      '  <Fakt quelle="dkfz-gifte">Giftig.</Fakt>',
      '',
      '</Nachgedacht>',
      '',
      'Ein <Video id="1">Film</Video>.',
    ].join('\n');
    assert.deepEqual(printed(problemsOf(body)), [
      'lessons/konzert.mdx:3:1 › <Szene>: <Szene> kann nicht in <Szene> stehen. Schließe <Szene> vorher mit </Szene>; nur eine Faktbox <Fakt> darf in einer Szene stehen.',
      'lessons/konzert.mdx:13:3 › <Fakt>: Eine Faktbox <Fakt> kann in einer <Szene> stehen, aber nicht in <Nachgedacht>.',
      'lessons/konzert.mdx:17:5 › <Video>: Unbekannte Komponente <Video>. Eine Lektion kennt nur <Szene>, <Fakt>, <Nachgedacht>, <ImGespraech>, <Rueckblick>, <Grafik>, <Begriff>.',
    ]);
  });

  test('a block in the middle of a paragraph is reported', () => {
    assert.match(printed(problemsOf('Vorher <Nachgedacht>Was denkst du?</Nachgedacht> nachher.'))[0]!, /:1:8 › <Nachgedacht>: <Nachgedacht> steht mitten in einem Absatz/);
  });

  test('an MDX syntax error is reported with its line and column', () => {
    const [unclosed] = problemsOf('Text\n\n<Szene titel="Eins">\n\nKein Ende.\n');
    assert.match(printed([unclosed!])[0]!, /^lessons\/konzert\.mdx:3:1: Der Text ist kein gültiges MDX\..*<Szene>/);
    const [broken] = problemsOf('Text\n\n<Fakt quelle="a" <b>\n');
    assert.equal(broken!.position?.line, BODY_LINE + 2);
    assert.ok(broken!.position!.column > 1);
  });
});

describe('one parse feeds every use', () => {
  // The third fact box moves into scene "Zwei" and cites a source of its own.
  const body = lessonBody
    .replace('<Fakt quelle="dkfz-gifte">Für die meisten Krebsstoffe gibt es keine ungefährliche Menge.</Fakt>', '')
    .replace('**Mama:** „Hallo, Steffen.“', '**Mama:** „Hallo, Steffen.“\n\n<Fakt quelle="who-passiv">\n\nPassivrauch schadet.\n\n</Fakt>');
  const withSource = (extra: object[]) =>
    courseWith({ 'lessons/konzert.mdx': lessonFile(lessonMeta, body), 'content/quellen.yaml': stringify([...sources, ...extra]) });

  test('a fact box nested in a scene counts for the lesson, cites its source on the sources page, and is checked', () => {
    const result = validateCourse(withSource([{ id: 'who-passiv', authority: 'WHO', title: 'Passivrauchen', year: 2023 }]));
    assert.ok(result.ok, result.ok ? '' : result.problems.map(formatProblem).join('\n'));
    const [lesson] = result.course.lessons;
    const nested = blocksOf(lesson!.model, 'Fakt').find((fact) => fact.attributes.quelle === 'who-passiv')!;
    assert.equal(lesson!.model.blocks[nested.parent!]!.attributes.titel, 'Zwei');
    assert.equal(lessonStats(lesson!.model).factBoxes, 3);
    assert.deepEqual(sourceUsage(result.course).get('who-passiv')!.lessons.map((l) => l.slug), ['konzert']);
  });

  test('a lesson that cannot be read is reported once, not again through every question on its goals', () => {
    const result = validateCourse(courseWith({ 'lessons/konzert.mdx': lessonFile(lessonMeta, `${lessonBody}\n<Szene titel="Offen">\n`) }));
    assert.equal(result.ok, false);
    assert.deepEqual(!result.ok && result.problems.map((p) => p.file), ['lessons/konzert.mdx']);
  });

  test('an unknown source of a nested fact box is reported with its line and column', () => {
    const result = validateCourse(withSource([]));
    assert.equal(result.ok, false);
    const problem = !result.ok && result.problems.find((p) => p.path === '<Fakt quelle="who-passiv">');
    assert.ok(problem, 'the nested fact box\'s source was not checked');
    assert.match(formatProblem(problem), /^lessons\/konzert\.mdx:\d+:7 › <Fakt quelle="who-passiv">: Unbekannte Quelle "who-passiv"/);
  });
});
