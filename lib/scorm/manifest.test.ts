import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { scormManifest, type ManifestInput } from './manifest';

const SCHEMA = resolve(import.meta.dirname, '../../scorm/schemas/scorm12.xsd');

const lesson: ManifestInput = {
  identifier: 'rauchzeichen-konzert',
  title: 'Rauchzeichen – Lektion 1: Das Konzert',
  description: 'Steffen & sein Vater: was Rauch im Körper macht. Mit Quiz „Das Konzert“ <Bestehensgrenze 70 %>.',
  masteryScore: 70,
  launch: 'index.html',
  files: ['index.html', 'assets/lesson.js', 'assets/style.css', 'bilder/Ärztin mit Kind.svg'],
};

/** Runs xmllint against the SCORM 1.2 schemas; the test setup installs xmllint (scripts/ensure-xmllint.mjs). */
function validate(xml: string): { ok: boolean; output: string } {
  const dir = mkdtempSync(join(tmpdir(), 'scorm-manifest-'));
  const file = join(dir, 'imsmanifest.xml');
  writeFileSync(file, xml);
  const run = spawnSync('xmllint', ['--noout', '--schema', SCHEMA, file], { encoding: 'utf8' });
  if (run.error) throw new Error(`xmllint fehlt: ${run.error.message}`);
  return { ok: run.status === 0, output: run.stderr };
}

test('the manifest of a lesson with a quiz validates against the SCORM 1.2 schemas', () => {
  const result = validate(scormManifest(lesson));
  assert.ok(result.ok, result.output);
});

test('it sets the mastery score to the pass mark, in German, and lists every file once', () => {
  const xml = scormManifest({ ...lesson, files: [...lesson.files, 'index.html'] });
  assert.match(xml, /<adlcp:masteryscore>70<\/adlcp:masteryscore>/);
  assert.match(xml, /<imsmd:language>de<\/imsmd:language>/);
  assert.match(xml, /Steffen &amp; sein Vater/);
  assert.match(xml, /&lt;Bestehensgrenze 70 %&gt;/);
  assert.equal(xml.match(/<file href="index.html"\/>/g)?.length, 1);
  assert.match(xml, /<file href="bilder\/%C3%84rztin%20mit%20Kind.svg"\/>/);
  assert.match(xml, /adlcp:scormtype="sco" href="index.html"/);
});

test('a package without a quiz has no mastery score and still validates', () => {
  const xml = scormManifest({ ...lesson, masteryScore: undefined });
  assert.doesNotMatch(xml, /masteryscore/);
  assert.ok(validate(xml).ok);
});

test('the schema check is real: a manifest without resources fails it', () => {
  assert.ok(validate(scormManifest(lesson)).ok);
  const broken = scormManifest(lesson).replace(/<resources>[\s\S]*<\/resources>/, '');
  assert.equal(validate(broken).ok, false);
  assert.equal(validate(scormManifest(lesson).replace('scormtype="sco"', 'scormtype="lesson"')).ok, false);
  // adlcp: elements are checked strictly, not skipped as foreign: a misspelt one fails.
  assert.equal(validate(scormManifest(lesson).replace(/adlcp:masteryscore/g, 'adlcp:masteryScore')).ok, false);
});

test('bad input is a developer error with a plain message', () => {
  assert.throws(() => scormManifest({ ...lesson, identifier: '1 Lektion' }), /kein gültiger XML-Bezeichner/);
  assert.throws(() => scormManifest({ ...lesson, masteryScore: 101 }), /zwischen 0 und 100/);
  assert.throws(() => scormManifest({ ...lesson, launch: 'start.html' }), /fehlt in der Dateiliste/);
});
