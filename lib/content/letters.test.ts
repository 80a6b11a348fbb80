import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readLetterFiles } from './load';
import { validateLetters } from './letters';
import { formatProblem } from './problems';
import type { ContentFile, ContentProblem } from './types';

const realFiles = readLetterFiles(process.cwd());
const german = realFiles.find((f) => f.path === 'content/elternbrief.mdx')!;
const english = realFiles.find((f) => f.path === 'content/elternbrief/en.mdx')!;

/** The German letter plus one translation, as `path: text`. */
async function problemsOf(translations: Record<string, string>): Promise<ContentProblem[]> {
  const files: ContentFile[] = [german, ...Object.entries(translations).map(([path, text]) => ({ path, text }))];
  const result = await validateLetters(files);
  assert.equal(result.ok, false, 'the letters should have been rejected');
  return result.ok ? [] : result.problems;
}

function assertProblem(problems: ContentProblem[], file: string, path: string, message: RegExp) {
  const found = problems.find((p) => p.file === file && p.path === path && message.test(p.message));
  assert.ok(found, `expected "${file} › ${path}: ${message}", got:\n${problems.map(formatProblem).join('\n')}`);
}

const EN = 'content/elternbrief/en.mdx';
const changed = (from: string | RegExp, to: string) => ({ [EN]: english.text.replace(from, to) });

describe('validateLetters', () => {
  test('the letters in content/ are valid: German and the six families’ languages, Arabic right to left', async () => {
    const result = await validateLetters(realFiles);
    assert.ok(result.ok, result.ok ? '' : result.problems.map(formatProblem).join('\n'));
    assert.equal(result.letters.german.code, 'de');
    assert.deepEqual(result.letters.translations.map((l) => l.code).sort(), ['ar', 'en', 'pl', 'ru', 'tr', 'uk']);
    for (const letter of result.letters.translations) assert.equal(letter.dir, letter.code === 'ar' ? 'rtl' : 'ltr', letter.code);
  });

  test('a translation without frontmatter is rejected', async () => {
    assertProblem(await problemsOf(changed(/^---[\s\S]*?---\n/, '')), EN, 'frontmatter', /Frontmatter/);
  });

  test('a frontmatter without the language’s German name is rejected with its path', async () => {
    assertProblem(await problemsOf(changed(/languageDe: .*\n/, '')), EN, 'frontmatter.languageDe', /./);
  });

  test('a translation without the reply slip, or with a slip that lacks a label, is rejected', async () => {
    assertProblem(await problemsOf(changed(/<Rueckmeldung [^>]*\/>/, '')), EN, '<Rueckmeldung>', /genau einen <Rueckmeldung/);
    assertProblem(await problemsOf(changed(/ kind="[^"]*"/, '')), EN, '<Rueckmeldung>.kind', /./);
  });

  test('a phone number that differs from the German letter is rejected', async () => {
    assertProblem(await problemsOf(changed('0800 8 31 31 31', '0800 8 31 31 13')), EN, 'Hilfsangebote[0]', /0800 8 31 31 31/);
  });

  test('a phone number written without <Nummer> is rejected', async () => {
    assertProblem(await problemsOf(changed('<Nummer>116 111</Nummer>', '116 111')), EN, 'Hilfsangebote[3]', /<Nummer>116 111<\/Nummer>/);
  });

  test('a German service name that was translated away is rejected', async () => {
    const problems = await problemsOf(changed('**<Deutsch>Elterntelefon der Nummer gegen Kummer</Deutsch>**', '**Parents’ helpline**'));
    assertProblem(problems, EN, 'Hilfsangebote[2]', /<Deutsch>Elterntelefon der Nummer gegen Kummer<\/Deutsch>/);
  });

  test('a German service name not marked as German is rejected', async () => {
    assertProblem(await problemsOf(changed('**<Deutsch>Rauchfrei-Telefon</Deutsch>**', '**Rauchfrei-Telefon**')), EN, 'Hilfsangebote[0]', /Rauchfrei-Telefon/);
  });

  test('a letter without its one heading is rejected', async () => {
    assertProblem(await problemsOf(changed(/^# .*\n/m, '')), EN, '#', /genau eine Überschrift/);
  });

  test('a help service left out is rejected', async () => {
    assertProblem(await problemsOf(changed(/- \*\*<Deutsch>rauchfrei-info\.de.*\n/, '')), EN, 'Hilfsangebote', /4 Hilfsangebote/);
  });

  test('a section left out is rejected', async () => {
    assertProblem(await problemsOf(changed('## No data\n', '')), EN, '##', /4 Abschnitte/);
  });

  test('a teacher field without its printed label is rejected', async () => {
    assertProblem(await problemsOf(changed(' datum="Date"', '')), EN, '<Felder>.datum', /./);
  });

  test('a letter without the signature line is rejected', async () => {
    assertProblem(await problemsOf(changed(/<Unterschrift>.*<\/Unterschrift>/, '')), EN, '<Unterschrift>', /genau eine/);
  });

  test('components outside the letter’s vocabulary, HTML tags too, are rejected', async () => {
    const problems = await problemsOf(changed('Kind regards,', '<Fakt quelle="x">Kind</Fakt> regards, <b>bold</b>'));
    assertProblem(problems, EN, '<Fakt>', /nur diese Komponenten/);
    assertProblem(problems, EN, '<b>', /nur diese Komponenten/);
  });

  test('Arabic written left to right is rejected', async () => {
    const arabic = realFiles.find((f) => f.path === 'content/elternbrief/ar.mdx')!;
    const problems = await problemsOf({ [arabic.path]: arabic.text.replace('dir: rtl\n', '') });
    assertProblem(problems, arabic.path, 'frontmatter.dir', /dir: rtl/);
  });

  test('a file name that is not a language code, and a second German letter, are rejected', async () => {
    const problems = await problemsOf({ 'content/elternbrief/tuerkisch.mdx': english.text, 'content/elternbrief/de.mdx': english.text });
    assertProblem(problems, 'content/elternbrief/tuerkisch.mdx', '', /Sprachcode/);
    assertProblem(problems, 'content/elternbrief/de.mdx', '', /content\/elternbrief\.mdx/);
  });

  test('a missing German letter is reported as the missing source', async () => {
    const result = await validateLetters([english]);
    assert.equal(result.ok, false);
    assert.deepEqual(result.ok ? [] : result.problems.map((p) => p.file), ['content/elternbrief.mdx']);
  });
});
