import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { quizSchema } from './schema';
import { expectedAnswer, solutionAfterCheck } from './solution';
import { allSampleQuestions, feedbackOnlyScenario, rawQuiz } from './test-quiz';

describe('expectedAnswer', () => {
  const quiz = quizSchema.parse(rawQuiz(allSampleQuestions));
  const byType = (type: string) => quiz.questions.find((q) => q.type === type)!;

  test('names the right option of a single-choice question', () => {
    const question = byType('single-choice');
    if (question.type !== 'single-choice') throw new Error('fixture');
    assert.equal(expectedAnswer(question), question.options.find((o) => o.correct)!.text);
  });

  test('lists every right option of a multiple-choice question and no wrong one', () => {
    const question = byType('multiple-choice');
    if (question.type !== 'multiple-choice') throw new Error('fixture');
    const answer = expectedAnswer(question);
    for (const option of question.options) assert.equal(answer.includes(option.text), option.correct, option.text);
  });

  test('states whether a true-false statement holds', () => {
    const question = byType('true-false');
    if (question.type !== 'true-false') throw new Error('fixture');
    assert.equal(expectedAnswer(question), question.answer ? 'Die Aussage stimmt.' : 'Die Aussage stimmt nicht.');
  });

  test('numbers the items of an ordering question in the right order', () => {
    const question = byType('ordering');
    if (question.type !== 'ordering') throw new Error('fixture');
    assert.ok(expectedAnswer(question).startsWith(`1. ${question.items[0]!.text}`));
  });

  test('pairs every left side of a matching question with its own right side, in the file\'s order', () => {
    const question = byType('matching');
    if (question.type !== 'matching') throw new Error('fixture');
    assert.equal(
      expectedAnswer(question),
      'Nikotin → macht süchtig; Teer → klebt in der Lunge; Kohlenmonoxid → verdrängt Sauerstoff; Feinstaub → dringt tief ein',
    );
  });

  test('lists every accepted answer of a short-text question, in the file\'s order, umlauts kept', () => {
    const question = byType('short-text');
    if (question.type !== 'short-text') throw new Error('fixture');
    assert.equal(expectedAnswer(question), 'Nikotin / rauchfreie Wohnung / Ärger / Größe / Übelkeit / Straße');
  });

  test('gives an estimate with its accepted range', () => {
    const question = byType('estimate');
    if (question.type !== 'estimate') throw new Error('fixture');
    assert.match(expectedAnswer(question), /richtig: .* bis /);
  });

  test('names the best option of a scenario', () => {
    const question = byType('scenario');
    if (question.type !== 'scenario') throw new Error('fixture');
    const best = question.options.reduce((a, b) => ((b.points ?? 0) > (a.points ?? 0) ? b : a));
    const weaker = question.options.filter((o) => (o.points ?? 0) < (best.points ?? 0));
    assert.ok(expectedAnswer(question).includes(best.text));
    for (const option of weaker) assert.ok(!expectedAnswer(question).includes(option.text), option.text);
  });

  test('says that a feedback-only scenario has no right answer', () => {
    const question = byType('scenario');
    if (question.type !== 'scenario') throw new Error('fixture');
    const feedbackOnly = { ...question, graded: false, options: question.options.map((option) => ({ ...option, points: undefined })) };
    assert.match(expectedAnswer(feedbackOnly), /^Ohne Punkte/);
  });
});

describe('solutionAfterCheck', () => {
  const quiz = quizSchema.parse(rawQuiz([...allSampleQuestions, feedbackOnlyScenario]));
  const question = (id: string) => quiz.questions.find((q) => q.id === id)!;
  const right = { verdict: 'right', answered: true } as const;
  const wrong = { verdict: 'wrong', answered: true } as const;
  const unanswered = { verdict: 'wrong', answered: false } as const;

  test('a right answer needs no solution', () => {
    for (const id of ['single', 'ordering', 'short-text', 'scenario']) assert.equal(solutionAfterCheck(question(id), undefined, right), null, id);
  });

  test('a wrong single-choice answer is followed by the right option', () => {
    assert.deepEqual(solutionAfterCheck(question('single'), undefined, wrong), { kind: 'line', text: 'Richtige Antwort: Keine Menge.' });
  });

  test('a short-text solution names the first accepted answer only', () => {
    assert.deepEqual(solutionAfterCheck(question('short-text'), undefined, wrong), { kind: 'line', text: 'Richtige Antwort: Nikotin' });
  });

  test('an answered multiple-choice or matching question already marks every right part: no list', () => {
    assert.equal(solutionAfterCheck(question('multiple'), undefined, wrong), null);
    assert.equal(solutionAfterCheck(question('matching'), undefined, wrong), null);
  });

  test('an unanswered multiple-choice question lists the right options, an unanswered matching the pairs', () => {
    assert.deepEqual(solutionAfterCheck(question('multiple'), undefined, unanswered), { kind: 'list', heading: 'Richtig sind:', items: ['A', 'B', 'C'], numbered: false });
    const matching = solutionAfterCheck(question('matching'), undefined, unanswered);
    assert.equal(matching?.kind === 'list' && matching.items[0], 'Nikotin → macht süchtig');
  });

  test('a wrong order is followed by the right order, numbered', () => {
    assert.deepEqual(solutionAfterCheck(question('ordering'), undefined, wrong), {
      kind: 'list',
      heading: 'Richtige Reihenfolge:',
      items: ['Eins', 'Zwei', 'Drei', 'Vier'],
      numbered: true,
    });
  });

  test('a true-false solution is left out when the explanation already says whether the statement holds', () => {
    const tf = question('true-false');
    if (tf.type !== 'true-false') throw new Error('fixture');
    assert.deepEqual(solutionAfterCheck(tf, undefined, wrong), { kind: 'line', text: 'Richtig ist: Die Aussage stimmt nicht.' });
    assert.equal(solutionAfterCheck({ ...tf, explanation: 'Die Aussage stimmt nicht. Lüften reicht nicht.' }, undefined, wrong), null);
  });

  test('an estimate always shows the figure and the range that counted, in German notation', () => {
    assert.deepEqual(solutionAfterCheck(question('estimate'), undefined, right), {
      kind: 'line',
      text: 'Lösung: 5.300 Substanzen (als richtig zählt alles von 4.300 bis 6.300)',
    });
  });

  test('a weaker scenario choice is followed by the option that helps most, with its feedback', () => {
    assert.deepEqual(solutionAfterCheck(question('scenario'), { type: 'scenario', optionId: 'zettel' }, { verdict: 'partial', answered: true }), {
      kind: 'line',
      text: 'Am meisten hilft: Mit ihm reden. – Gut.',
    });
  });

  test('a feedback-only scenario lists the other ways, or all of them when none was chosen', () => {
    const ungraded = { verdict: 'ungraded', answered: true } as const;
    assert.deepEqual(solutionAfterCheck(question('feedback-only'), { type: 'scenario', optionId: 'mitgehen' }, ungraded), {
      kind: 'list',
      heading: 'Die anderen Wege:',
      items: ['Bei Papa bleiben. – Du darfst bei ihm sein.'],
      numbered: false,
    });
    const overview = solutionAfterCheck(question('feedback-only'), undefined, { verdict: 'ungraded', answered: false });
    assert.equal(overview?.kind === 'list' && overview.heading, 'Die Wege im Überblick:');
    assert.equal(overview?.kind === 'list' && overview.items.length, 2);
  });
});
