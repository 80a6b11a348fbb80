import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { countSyllables, lessonReadability, readability, sentencesOf } from './readability';
import { lessonModel } from './test-course';

describe('German reading ease (Amstad)', () => {
  test('syllables are vowel groups; a diphthong counts once', () => {
    assert.equal(countSyllables('Zigarette'), 4);
    assert.equal(countSyllables('raucht'), 1);
    assert.equal(countSyllables('Steffen'), 2);
    assert.equal(countSyllables('Lüften'), 2);
    assert.equal(countSyllables('Bäume'), 2);
  });

  test('a word without a vowel still has one syllable', () => {
    assert.equal(countSyllables('116'), 1);
  });

  test('sentences end at . ! ? and at line breaks, not after abbreviations', () => {
    assert.deepEqual(sentencesOf('Das ist gut. Ist es das? Ja! Zum Beispiel z. B. Dr. Hemann.\nEine Überschrift'), [
      'Das ist gut.',
      'Ist es das?',
      'Ja!',
      'Zum Beispiel zB Dr Hemann.',
      'Eine Überschrift',
    ]);
  });

  test('applies 180 − ASL − 58.5 × ASW', () => {
    // 4 words in 2 sentences (ASL 2), 6 syllables (ASW 1.5): 180 − 2 − 87.75 = 90.25.
    assert.deepEqual(readability('Papa raucht. Mama nicht.'), { words: 4, sentences: 2, syllables: 6, amstad: 90 });
  });

  test('long sentences of long words read harder', () => {
    const easy = readability('Papa raucht. Mama nicht. Steffen spielt Gitarre.').amstad;
    const hard = readability('Die Entzugserscheinungen beeinträchtigen erfahrungsgemäß die Konzentrationsfähigkeit erheblich.').amstad;
    assert.ok(easy > hard, `${easy} > ${hard}`);
  });

  test('a lesson is read without tags, attributes and Markdown markers', () => {
    const body = '<Szene titel="Ein sehr langer Titel mit vielen Wörtern">\n\n**Papa:** „Nicht jetzt.“\n\n</Szene>\n\n- Mama lacht';
    assert.deepEqual(lessonReadability(lessonModel(body)), readability('Papa: „Nicht jetzt.“\nMama lacht'));
  });

  test('empty text has no reading ease', () => {
    assert.equal(readability('').amstad, 0);
  });
});
