import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { quizSchema } from '../quiz/schema';
import { allSampleQuestions, rawQuiz, sampleQuestions } from '../quiz/test-quiz';
import { lessonStats, missingInLesson, type LessonStats } from './requirements';
import { lessonBody, lessonModel } from './test-course';

/** The words a pupil reads in a lesson with this body. */
const countWords = (body: string) => lessonStats(lessonModel(body)).words;

/** A lesson body with everything a lesson needs: the shared fixture. */
const completeBody = lessonBody;

/** Eight questions of four types: enough for any lesson. */
const completeQuiz = quizSchema.parse(rawQuiz(allSampleQuestions));

const completeStats: LessonStats = lessonStats(lessonModel(completeBody));

describe('countWords', () => {
  test('counts plain words', () => {
    assert.equal(countWords('Steffen ist vierzehn Jahre alt.'), 5);
  });

  test('counts German words with umlauts and ß as one word each', () => {
    assert.equal(countWords('Über Größe, Ärger und Übelkeit spricht öfter niemand.'), 8);
  });

  test('does not count tags or their attributes', () => {
    assert.equal(countWords('<Fakt quelle="dkfz-gifte">Viele Stoffe sind giftig.</Fakt>'), 4);
    assert.equal(countWords('<Szene titel="Auf dem Balkon">\n\nSteffen wartet.\n\n</Szene>'), 2);
  });

  test('does not count Markdown markers', () => {
    assert.equal(countWords('## Titel\n\n- eins\n- zwei\n\n> Zitat\n\n**fett** und _kursiv_'), 7);
  });

  test('counts the text of a link, not its target', () => {
    assert.equal(countWords('Lies [die nächste Lektion](/lektionen/balkon-abend "Zum Balkon").'), 4);
  });

  test('numbers count as words, lone punctuation does not', () => {
    assert.equal(countWords('Über 5.300 Stoffe – wirklich ?'), 4);
  });

  test('a hyphenated compound counts as one word', () => {
    assert.equal(countWords('Die E-Zigarette ist kein Nichtraucher-Produkt.'), 5);
  });

  test('an empty body has no words', () => {
    assert.equal(countWords(''), 0);
  });

  test('a term marked in the middle of a sentence is read as part of it', () => {
    assert.equal(countWords('Er ist abhängig von <Begriff id="nikotin">Nikotin</Begriff>-Kaugummi.'), 5);
  });
});

describe('lessonStats', () => {
  test('counts the scenes', () => {
    assert.equal(completeStats.scenes, 2);
  });

  test('counts scenes with dialogue in „…“', () => {
    assert.equal(completeStats.scenesWithDialogue, 2);
  });

  test('a scene without „…“ counts as a scene but not as one with dialogue', () => {
    const stats = lessonStats(lessonModel(completeBody.replace('„Hallo, Steffen.“', 'Mama sagt nichts.')));
    assert.equal(stats.scenes, 2);
    assert.equal(stats.scenesWithDialogue, 1);
  });

  test('dialogue outside a scene does not make a scene one with dialogue', () => {
    const stats = lessonStats(lessonModel('„Hallo“, sagt Steffen.\n\n<Szene titel="Still">\n\nNiemand redet.\n\n</Szene>'));
    assert.equal(stats.scenes, 1);
    assert.equal(stats.scenesWithDialogue, 0);
  });

  test('counts the fact boxes', () => {
    assert.equal(completeStats.factBoxes, 3);
  });

  test('counts reflections, discussions and recaps', () => {
    assert.equal(completeStats.reflections, 1);
    assert.equal(completeStats.discussions, 1);
    assert.equal(completeStats.recaps, 1);
  });

  test('a body without any blocks has zero of each', () => {
    assert.deepEqual(lessonStats(lessonModel('Nur ein Satz.')), {
      words: 3,
      scenes: 0,
      scenesWithDialogue: 0,
      factBoxes: 0,
      reflections: 0,
      discussions: 0,
      recaps: 0,
    });
  });

  test('words are counted over the whole body', () => {
    assert.equal(completeStats.words, countWords(completeBody));
    assert.ok(completeStats.words > 20);
  });
});

describe('missingInLesson', () => {
  test('a complete lesson with a complete quiz lacks nothing', () => {
    assert.deepEqual(missingInLesson(completeStats, completeQuiz), []);
  });

  test('a complete lesson without a quiz lacks nothing in its body', () => {
    assert.deepEqual(missingInLesson(completeStats, undefined), []);
  });

  test('too few scenes with dialogue give one message with the count found', () => {
    const missing = missingInLesson({ ...completeStats, scenesWithDialogue: 1 }, completeQuiz);
    assert.equal(missing.length, 1);
    assert.match(missing[0]!, /Mindestens 2 Szenen mit Dialog .*gefunden: 1/);
  });

  test('too few fact boxes give one message with the count found', () => {
    const missing = missingInLesson({ ...completeStats, factBoxes: 2 }, completeQuiz);
    assert.equal(missing.length, 1);
    assert.match(missing[0]!, /Mindestens 3 Faktboxen .*gefunden: 2/);
  });

  test('a missing reflection gives one message naming <Nachgedacht>', () => {
    assert.deepEqual(
      missingInLesson({ ...completeStats, reflections: 0 }, completeQuiz).map((m) => /<Nachgedacht>/.test(m)),
      [true],
    );
  });

  test('a missing discussion gives one message naming <ImGespraech>', () => {
    assert.deepEqual(
      missingInLesson({ ...completeStats, discussions: 0 }, completeQuiz).map((m) => /<ImGespraech>/.test(m)),
      [true],
    );
  });

  test('a missing recap gives one message naming <Rueckblick>', () => {
    assert.deepEqual(
      missingInLesson({ ...completeStats, recaps: 0 }, completeQuiz).map((m) => /<Rueckblick>/.test(m)),
      [true],
    );
  });

  test('a quiz with too few questions gives one message with the count', () => {
    const small = quizSchema.parse(
      rawQuiz([sampleQuestions.single, sampleQuestions.trueFalse, sampleQuestions.ordering, sampleQuestions.matching]),
    );
    const missing = missingInLesson(completeStats, small);
    assert.equal(missing.length, 1);
    assert.match(missing[0]!, /mindestens 8 Fragen, hat aber 4/);
  });

  test('a quiz with too few question types gives one message with the count', () => {
    const uniform = quizSchema.parse(
      rawQuiz(Array.from({ length: 8 }, (_, i) => ({ ...sampleQuestions.trueFalse, id: `frage-${i + 1}` }))),
    );
    const missing = missingInLesson(completeStats, uniform);
    assert.equal(missing.length, 1);
    assert.match(missing[0]!, /mindestens 4 Fragetypen, hat aber 1/);
  });

  test('an empty lesson gets one message per missing part', () => {
    const missing = missingInLesson(lessonStats(lessonModel('')), undefined);
    assert.equal(missing.length, 5);
    assert.equal(new Set(missing).size, 5);
  });

  test('messages are plain German sentences', () => {
    const missing = missingInLesson(lessonStats(lessonModel('')), quizSchema.parse(rawQuiz([sampleQuestions.single])));
    assert.equal(missing.length, 7);
    for (const message of missing) {
      assert.match(message, /^[A-ZÄÖÜ].*\.$/, `not a sentence: ${message}`);
      assert.doesNotMatch(message, /undefined|NaN|\$\{/);
    }
  });
});
