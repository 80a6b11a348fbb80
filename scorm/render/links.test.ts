import { test } from 'node:test';
import assert from 'node:assert/strict';
import { packageHref } from './links';

const links = { '/lektionen/konzert': 'index.html', '/lektionen/konzert/quiz': 'quiz.html', '/hilfe': 'hilfe.html' };

test('a course address the package has becomes a relative file, with or without the trailing slash', () => {
  assert.equal(packageHref('/lektionen/konzert', links), 'index.html');
  assert.equal(packageHref('/lektionen/konzert/quiz/', links), 'quiz.html');
  assert.equal(packageHref('/hilfe#fuer-dich', links), 'hilfe.html#fuer-dich');
});

test('an address the package lacks has no link; fragments, phone numbers and web addresses stay as they are', () => {
  assert.equal(packageHref('/abschluss/bestaetigung', links), null);
  assert.equal(packageHref('/', links), null);
  assert.equal(packageHref('#frage-3', links), '#frage-3');
  assert.equal(packageHref('tel:116111', links), 'tel:116111');
  assert.equal(packageHref('https://www.dkfz.de/', links), 'https://www.dkfz.de/');
});
