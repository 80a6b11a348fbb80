import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { certificateAttempt, completedLessons, continueTarget, lessonStatus, profileResults, quizStatus, startedLessons } from './summary';
import { quizById } from '../quiz/scoring-key';
import { attempt, profile, testKey } from './test-records';

const T1 = '2025-03-01T10:00:00.000Z';
const T2 = '2025-03-02T10:00:00.000Z';
const T3 = '2025-03-03T10:00:00.000Z';
const T4 = '2025-03-04T10:00:00.000Z';

const LESSONS = ['konzert', 'balkon', 'ausflug'] as const;

describe('lessonStatus', () => {
  test('a lesson never opened is "not-started" with no attempts and no best result', () => {
    assert.deepEqual(lessonStatus(profile(), 'konzert', testKey), {
      state: 'not-started',
      attempts: 0,
      mistakeRounds: 0,
      bestPercent: null,
      lastAttempt: null,
      passed: false,
    });
  });

  test('a started lesson without completion is "in-progress"', () => {
    const started = profile({ lessons: { konzert: { startedAt: T1 } } });
    assert.equal(lessonStatus(started, 'konzert', testKey).state, 'in-progress');
  });

  test('a lesson whose quiz was passed in a full attempt is "completed"', () => {
    const done = profile({ lessons: { konzert: { startedAt: T1 } }, attempts: [attempt({ at: T2 })] });
    assert.equal(lessonStatus(done, 'konzert', testKey).state, 'completed');
  });

  test('a quiz attempt on a lesson never opened makes it "in-progress"', () => {
    const tried = profile({ attempts: [attempt({ at: T2, right: 3 })] });
    assert.equal(lessonStatus(tried, 'konzert', testKey).state, 'in-progress');
  });

  test('a failed full attempt or a passed "mistakes" round does not complete the lesson', () => {
    const p = profile({ attempts: [attempt({ id: 'v1', right: 6 }), attempt({ id: 'v2', mode: 'mistakes', asked: ['frage-8', 'frage-9'], right: 10 })] });
    assert.equal(lessonStatus(p, 'konzert', testKey).state, 'in-progress');
  });

  test('the state of one lesson does not leak into another', () => {
    const done = profile({ lessons: { konzert: { startedAt: T1 } }, attempts: [attempt({ at: T2 })] });
    assert.equal(lessonStatus(done, 'balkon', testKey).state, 'not-started');
  });

  test('the entry check and the final test are no lessons', () => {
    const p = profile({ attempts: [attempt({ quizId: 'einstieg' }), attempt({ id: 'v2', quizId: 'abschluss', right: 10 })] });
    assert.deepEqual([...startedLessons(p, testKey)], []);
    assert.deepEqual([...completedLessons(p, testKey)], []);
  });

  test('attempts counts only full attempts of this lesson', () => {
    const p = profile({
      lessons: { konzert: { startedAt: T1 } },
      attempts: [
        attempt({ id: 'v1', at: T1, right: 4 }),
        attempt({ id: 'v2', at: T2, mode: 'mistakes', right: 10 }),
        attempt({ id: 'v3', at: T3, right: 8 }),
        attempt({ id: 'v4', at: T4, quizId: 'balkon' }),
      ],
    });
    assert.equal(lessonStatus(p, 'konzert', testKey).attempts, 2);
  });

  test('mistakeRounds counts the "mistakes" attempts of this lesson', () => {
    const p = profile({
      attempts: [
        attempt({ id: 'v1', at: T1, right: 4 }),
        attempt({ id: 'v2', at: T2, mode: 'mistakes' }),
        attempt({ id: 'v3', at: T3, mode: 'mistakes' }),
        attempt({ id: 'v4', at: T4, mode: 'mistakes', quizId: 'balkon' }),
      ],
    });
    const status = lessonStatus(p, 'konzert', testKey);
    assert.equal(status.mistakeRounds, 2);
    assert.equal(status.attempts, 1);
  });

  test('bestPercent is the best full attempt', () => {
    const p = profile({
      attempts: [
        attempt({ id: 'v1', at: T1, right: 4 }),
        attempt({ id: 'v2', at: T2, right: 9 }),
        attempt({ id: 'v3', at: T3, right: 7 }),
      ],
    });
    assert.equal(lessonStatus(p, 'konzert', testKey).bestPercent, 90);
  });

  test('bestPercent ignores a better "mistakes" round', () => {
    const p = profile({
      attempts: [
        attempt({ id: 'v1', at: T1, right: 4 }),
        attempt({ id: 'v2', at: T2, mode: 'mistakes', right: 10 }),
      ],
    });
    assert.equal(lessonStatus(p, 'konzert', testKey).bestPercent, 40);
  });

  test('bestPercent is null when there are only "mistakes" rounds', () => {
    const p = profile({ attempts: [attempt({ mode: 'mistakes', right: 10 })] });
    assert.equal(lessonStatus(p, 'konzert', testKey).bestPercent, null);
  });

  test('bestPercent ignores other lessons', () => {
    const p = profile({ attempts: [attempt({ id: 'v1', right: 5 }), attempt({ id: 'v2', quizId: 'balkon', right: 10 })] });
    assert.equal(lessonStatus(p, 'konzert', testKey).bestPercent, 50);
  });

  test('a best result of 0 % is 0, not null', () => {
    const p = profile({ attempts: [attempt({ right: 0 })] });
    assert.equal(lessonStatus(p, 'konzert', testKey).bestPercent, 0);
  });

  test('lastAttempt is the latest full attempt of this lesson, not a later practice round', () => {
    const latestFull = attempt({ id: 'v2', at: T2, right: 6 });
    const p = profile({
      attempts: [
        attempt({ id: 'v1', at: T1, right: 4 }),
        latestFull,
        attempt({ id: 'v3', at: T3, mode: 'mistakes', right: 10 }),
        attempt({ id: 'v4', at: T4, quizId: 'balkon' }),
      ],
    });
    assert.deepEqual(lessonStatus(p, 'konzert', testKey).lastAttempt?.attempt, latestFull);
    assert.equal(lessonStatus(p, 'konzert', testKey).lastAttempt?.result.percent, 60);
  });

  test('lastAttempt is null when there are only practice rounds', () => {
    const p = profile({ attempts: [attempt({ mode: 'mistakes', right: 10 })] });
    assert.equal(lessonStatus(p, 'konzert', testKey).lastAttempt, null);
  });
});

describe('continueTarget', () => {
  test('with nothing started, "Weiter" leads to the first lesson', () => {
    assert.deepEqual(continueTarget(profile(), LESSONS, testKey), { slug: 'konzert', to: 'lesson' });
  });

  test('with nothing started, the first lesson in course order is chosen, not the first by name', () => {
    assert.deepEqual(continueTarget(profile(), ['balkon', 'ausflug', 'konzert'], testKey), { slug: 'balkon', to: 'lesson' });
  });

  test('a started lesson without quiz attempts leads to the lesson', () => {
    const p = profile({ lessons: { balkon: { startedAt: T1 } } });
    assert.deepEqual(continueTarget(p, LESSONS, testKey), { slug: 'balkon', to: 'lesson' });
  });

  test('the most recently started uncompleted lesson wins over an earlier one', () => {
    const p = profile({ lessons: { konzert: { startedAt: T1 }, ausflug: { startedAt: T3 }, balkon: { startedAt: T2 } } });
    assert.deepEqual(continueTarget(p, LESSONS, testKey), { slug: 'ausflug', to: 'lesson' });
  });

  test('a lesson whose quiz was attempted but not passed leads to its quiz', () => {
    const p = profile({
      lessons: { konzert: { startedAt: T1 } },
      attempts: [attempt({ at: T2, right: 4 })],
    });
    assert.deepEqual(continueTarget(p, LESSONS, testKey), { slug: 'konzert', to: 'quiz' });
  });

  test('completed lessons are skipped, even when used most recently', () => {
    const p = profile({
      lessons: { konzert: { startedAt: T1 }, balkon: { startedAt: T2 } },
      attempts: [attempt({ id: 'v1', at: T4, quizId: 'balkon' })],
    });
    assert.deepEqual(continueTarget(p, LESSONS, testKey), { slug: 'konzert', to: 'lesson' });
  });

  test('when the started lessons are all completed, the first unstarted lesson follows', () => {
    const p = profile({ lessons: { konzert: { startedAt: T1 } }, attempts: [attempt({ at: T2 })] });
    assert.deepEqual(continueTarget(p, LESSONS, testKey), { slug: 'balkon', to: 'lesson' });
  });

  test('when every lesson is completed there is no target', () => {
    const p = profile({ attempts: LESSONS.map((quizId) => attempt({ id: quizId, quizId, at: T2 })) });
    assert.equal(continueTarget(p, LESSONS, testKey), null);
  });

  test('a quiz attempt after a later start makes its lesson the most recent', () => {
    // balkon was started after konzert, but konzert's quiz was tried after that.
    const p = profile({
      lessons: { konzert: { startedAt: T1 }, balkon: { startedAt: T2 } },
      attempts: [attempt({ at: T3, right: 3 })],
    });
    assert.deepEqual(continueTarget(p, LESSONS, testKey), { slug: 'konzert', to: 'quiz' });
  });

  test('a later start beats an earlier quiz attempt', () => {
    const p = profile({
      lessons: { konzert: { startedAt: T1 }, balkon: { startedAt: T3 } },
      attempts: [attempt({ at: T2, right: 3 })],
    });
    assert.deepEqual(continueTarget(p, LESSONS, testKey), { slug: 'balkon', to: 'lesson' });
  });

  test('lessons not in the course are ignored', () => {
    const p = profile({ lessons: { alt: { startedAt: T4 }, konzert: { startedAt: T1 } } });
    assert.deepEqual(continueTarget(p, LESSONS, testKey), { slug: 'konzert', to: 'lesson' });
  });
});

describe('quizStatus', () => {
  test('a quiz no longer in the course shows no attempts, and its attempts do not count elsewhere', () => {
    const p = profile({ attempts: [attempt({ quizId: 'entfernt', right: 10 })] });
    assert.equal(quizStatus(p, quizById(testKey, 'entfernt')).attempts, 0);
    assert.equal(lessonStatus(p, 'konzert', testKey).state, 'not-started');
  });

  test('the final test is passed when a full attempt at it passes', () => {
    const p = profile({ attempts: [attempt({ quizId: 'abschluss', right: 5 }), attempt({ id: 'v2', quizId: 'abschluss', right: 8, at: T2 })] });
    const status = quizStatus(p, quizById(testKey, 'abschluss'));
    assert.equal(status.passed, true);
    assert.equal(status.bestPercent, 80);
    assert.equal(status.attempts, 2);
  });
});

describe('certificateAttempt', () => {
  const finalTest = quizById(testKey, 'abschluss');

  test('is the best full attempt at the final test', () => {
    const p = profile({
      attempts: [
        attempt({ id: 'v1', quizId: 'abschluss', at: T1, right: 7 }),
        attempt({ id: 'v2', quizId: 'abschluss', at: T2, right: 9 }),
        attempt({ id: 'v3', quizId: 'abschluss', at: T3, right: 8 }),
        attempt({ id: 'v4', quizId: 'abschluss', at: T4, mode: 'mistakes', asked: ['frage-10'], right: 10 }),
        attempt({ id: 'v5', quizId: 'konzert', at: T4, right: 10 }),
      ],
    });
    const best = certificateAttempt(p, finalTest);
    assert.equal(best?.attempt.id, 'v2');
    assert.equal(best?.result.percent, 90);
    assert.equal(best?.result.passed, true);
  });

  test('of equally good attempts, the earliest', () => {
    const p = profile({ attempts: [attempt({ id: 'v1', quizId: 'abschluss', at: T1 }), attempt({ id: 'v2', quizId: 'abschluss', at: T2 })] });
    assert.equal(certificateAttempt(p, finalTest)?.attempt.id, 'v1');
  });

  test('is not passed when the best attempt is below the pass mark', () => {
    const p = profile({ attempts: [attempt({ quizId: 'abschluss', right: 6 })] });
    assert.equal(certificateAttempt(p, finalTest)?.result.passed, false);
  });

  test('is undefined before the first attempt, or without a final test', () => {
    assert.equal(certificateAttempt(profile(), finalTest), undefined);
    assert.equal(certificateAttempt(profile({ attempts: [attempt({ quizId: 'abschluss' })] }), undefined), undefined);
  });
});

test('profileResults gives what the summary functions give, bound to one profile and the key', () => {
  const p = profile({ lessons: { balkon: { startedAt: T1 } }, attempts: [attempt({ at: T2 }), attempt({ id: 'f', quizId: 'abschluss', at: T3, right: 9 })] });
  const results = profileResults(p, testKey);
  assert.deepEqual(results.lessonStatus('konzert'), lessonStatus(p, 'konzert', testKey));
  assert.deepEqual(results.quizStatus('abschluss'), quizStatus(p, quizById(testKey, 'abschluss')));
  assert.deepEqual(results.continueTarget(LESSONS), continueTarget(p, LESSONS, testKey));
  assert.equal(results.certificateAttempt('abschluss')?.result.percent, 90);
  assert.equal(results.quizStatus('entfernt').attempts, 0);
});
