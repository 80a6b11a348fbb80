import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { fileDate, progressFileName, quarantineFileName } from './export-file';

const date = new Date(2026, 0, 5, 23, 59);

describe('export file names', () => {
  test('the date is the local day, zero-padded', () => {
    assert.equal(fileDate(date), '2026-01-05');
  });

  test("a profile's name is spelt for a file name: umlauts written out, spaces and signs as one hyphen", () => {
    assert.equal(progressFileName('Jörg Weiß!', date), 'rauchzeichen-fortschritt-joerg-weiss-2026-01-05.json');
  });

  test('a name with nothing usable in a file name becomes "profil"', () => {
    assert.equal(progressFileName('☺☺', date), 'rauchzeichen-fortschritt-profil-2026-01-05.json');
  });

  test('items set aside are numbered from 1', () => {
    assert.equal(quarantineFileName(2, date), 'rauchzeichen-beiseitegelegt-2026-01-05-2.json');
  });
});
