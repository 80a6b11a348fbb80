import { test } from 'node:test';
import assert from 'node:assert/strict';
import { drawnQuestionId } from '../quiz/drawn';
import type { QuizKey, ScoringKey } from '../quiz/scoring-key';
import { lessonBarText, progressChartData } from './chart';
import { profileResults } from './summary';
import type { Profile } from './schema';
import { answersWith, attempt, testKey } from './test-records';

const lessons = [
  { slug: 'konzert', title: 'Das Konzert', order: 1, passPercent: 70 },
  { slug: 'balkon', title: 'Der Balkon', order: 2, passPercent: 70 },
];
const profile = (attempts: Profile['attempts']): Profile => ({ id: 'p', name: 'Ich', createdAt: '2025-03-01T09:00:00.000Z', lessons: {}, attempts });

test('each lesson shows its best full attempt against its pass mark; a lesson without an attempt shows none', () => {
  const data = progressChartData(
    profileResults(profile([attempt({ id: 'a', right: 5 }), attempt({ id: 'b', right: 8 }), attempt({ id: 'c', right: 10, mode: 'mistakes', asked: ['frage-1'] })]), testKey),
    lessons,
    {},
  );
  assert.deepEqual(data.lessons, [
    { slug: 'konzert', label: '1. Das Konzert', percent: 80, passPercent: 70, passed: true },
    { slug: 'balkon', label: '2. Der Balkon', percent: null, passPercent: 70, passed: false },
  ]);
  assert.equal(data.comparison, null);
  assert.deepEqual(data.lessons.map(lessonBarText), ['1. Das Konzert: 80 %, bestanden', '2. Der Balkon: noch kein Quiz']);
  assert.equal(lessonBarText({ ...data.lessons[0]!, percent: 60, passed: false }), '1. Das Konzert: 60 %, noch nicht bestanden (ab 70 %)');
});

test('entry questions right before the course and in the best final test, scored from the answers', () => {
  const entry = { entryQuizId: 'einstieg', entryQuestionIds: ['frage-1', 'frage-2', 'frage-3', 'frage-4'] };
  const final: QuizKey = {
    id: 'abschluss',
    kind: 'final',
    passPercent: 70,
    questions: entry.entryQuestionIds.map((id) => ({ id: drawnQuestionId('einstieg', id), type: 'true-false' as const, points: 1, answer: true })),
  };
  const key: ScoringKey = { quizzes: [...testKey.quizzes.filter((q) => q.id !== 'abschluss'), final] };
  const finalAnswers = (right: number) =>
    Object.fromEntries(entry.entryQuestionIds.map((id, i) => [drawnQuestionId('einstieg', id), { type: 'true-false' as const, value: i < right }]));
  const attempts = [
    attempt({ id: 'e', quizId: 'einstieg', answers: answersWith(1) }),
    attempt({ id: 'f1', quizId: 'abschluss', answers: finalAnswers(4) }),
    attempt({ id: 'f2', quizId: 'abschluss', answers: finalAnswers(2) }),
  ];
  assert.deepEqual(progressChartData(profileResults(profile(attempts), key), lessons, { finalQuizId: 'abschluss', entry }).comparison, { before: 1, now: 4, total: 4 });
  assert.equal(progressChartData(profileResults(profile(attempts.slice(0, 1)), key), lessons, { finalQuizId: 'abschluss', entry }).comparison, null);
});
