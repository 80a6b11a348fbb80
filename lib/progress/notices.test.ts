import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rescoringText } from './notices';

test('rescoringText names the attempts rescored and the lessons no longer completed, in singular and plural', () => {
  assert.equal(rescoringText({ attempts: 1, lessons: 0 }), '1 Quiz-Versuch wurde anhand deiner Antworten neu bewertet.');
  assert.equal(rescoringText({ attempts: 2, lessons: 0 }), '2 Quiz-Versuche wurden anhand deiner Antworten neu bewertet.');
  assert.equal(
    rescoringText({ attempts: 3, lessons: 1 }),
    '3 Quiz-Versuche wurden anhand deiner Antworten neu bewertet. 1 Lektion gilt nicht mehr als abgeschlossen.',
  );
  assert.equal(rescoringText({ attempts: 0, lessons: 2 }), '2 Lektionen gelten nicht mehr als abgeschlossen.');
});
