// The generated test content passes the course's own validation, and the originals stay as they are.
// Run: node --import tsx --test bench/scale-content.test.mjs
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readContentFiles } from '../lib/content/load.ts';
import { validateCourse } from '../lib/content/validate.ts';
import { scaleContent } from './scale-content.mjs';

const ROOT = join(import.meta.dirname, '..');

/** The content folders, hard-linked (as the benchmark's project copy may be): writing through a link would show in ROOT. */
function linkTree(from, to) {
  mkdirSync(to, { recursive: true });
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    if (entry.isDirectory()) linkTree(join(from, entry.name), join(to, entry.name));
    else linkSync(join(from, entry.name), join(to, entry.name));
  }
}

function contentCopy() {
  const dir = mkdtempSync(join(tmpdir(), 'rauchzeichen-scale-test-'));
  for (const folder of ['lessons', 'quizzes', 'guides', 'content']) linkTree(join(ROOT, folder), join(dir, folder));
  return dir;
}

for (const copies of [1, 2]) {
  test(`${copies} copies of every lesson pass the content validation`, () => {
    const final = join(ROOT, 'quizzes', 'abschluss.yaml');
    const finalText = readFileSync(final, 'utf8');
    const dir = contentCopy();
    try {
      const before = validateCourse(readContentFiles(ROOT));
      assert.ok(before.ok);
      const { lessons } = scaleContent(dir, copies);
      assert.equal(lessons.length, before.course.lessons.length * copies);

      const after = validateCourse(readContentFiles(dir));
      assert.deepEqual(after.ok ? [] : after.problems, []);
      assert.equal(after.course.lessons.length, before.course.lessons.length * (copies + 1));
      const orders = after.course.lessons.map((lesson) => lesson.order);
      assert.equal(new Set(orders).size, orders.length, 'every lesson has its own position');
      const finalTest = [...after.course.quizzes.values()].find((quiz) => quiz.kind === 'final');
      assert.ok(finalTest.questions.length > [...before.course.quizzes.values()].find((quiz) => quiz.kind === 'final').questions.length);
      // The repository's own final test is untouched, although the copy's file was a hard link to it.
      assert.equal(readFileSync(final, 'utf8'), finalText);
      assert.notEqual(readFileSync(join(dir, 'quizzes', 'abschluss.yaml'), 'utf8'), finalText);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
}
