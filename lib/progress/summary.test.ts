import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { continueTarget, lessonStatus } from './summary';
import { attempt, profile } from './test-records';

const T1 = '2025-03-01T10:00:00.000Z';
const T2 = '2025-03-02T10:00:00.000Z';
const T3 = '2025-03-03T10:00:00.000Z';
const T4 = '2025-03-04T10:00:00.000Z';

const LESSONS = ['konzert', 'balkon', 'ausflug'] as const;

describe('lessonStatus', () => {
  test('a lesson never opened is "not-started" with no attempts and no best result', () => {
    assert.deepEqual(lessonStatus(profile(), 'konzert'), {
      state: 'not-started',
      attempts: 0,
      mistakeRounds: 0,
      bestPercent: null,
      lastAttempt: null,
    });
  });

  test('a started lesson without completion is "in-progress"', () => {
    const started = profile({ lessons: { konzert: { startedAt: T1 } } });
    assert.equal(lessonStatus(started, 'konzert').state, 'in-progress');
  });

  test('a lesson with a completion time is "completed"', () => {
    const done = profile({ lessons: { konzert: { startedAt: T1, completedAt: T2 } } });
    assert.equal(lessonStatus(done, 'konzert').state, 'completed');
  });

  test('the state of one lesson does not leak into another', () => {
    const done = profile({ lessons: { konzert: { startedAt: T1, completedAt: T2 } } });
    assert.equal(lessonStatus(done, 'balkon').state, 'not-started');
  });

  test('attempts counts only full attempts of this lesson', () => {
    const p = profile({
      lessons: { konzert: { startedAt: T1 } },
      attempts: [
        attempt({ id: 'v1', at: T1, passed: false, percent: 40 }),
        attempt({ id: 'v2', at: T2, mode: 'mistakes', percent: 100 }),
        attempt({ id: 'v3', at: T3, percent: 80 }),
        attempt({ id: 'v4', at: T4, lesson: 'balkon', quizId: 'balkon' }),
      ],
    });
    assert.equal(lessonStatus(p, 'konzert').attempts, 2);
  });

  test('mistakeRounds counts the "mistakes" attempts of this lesson', () => {
    const p = profile({
      attempts: [
        attempt({ id: 'v1', at: T1, passed: false, percent: 40 }),
        attempt({ id: 'v2', at: T2, mode: 'mistakes' }),
        attempt({ id: 'v3', at: T3, mode: 'mistakes' }),
        attempt({ id: 'v4', at: T4, mode: 'mistakes', lesson: 'balkon', quizId: 'balkon' }),
      ],
    });
    const status = lessonStatus(p, 'konzert');
    assert.equal(status.mistakeRounds, 2);
    assert.equal(status.attempts, 1);
  });

  test('bestPercent is the best full attempt', () => {
    const p = profile({
      attempts: [
        attempt({ id: 'v1', at: T1, percent: 40, passed: false }),
        attempt({ id: 'v2', at: T2, percent: 90 }),
        attempt({ id: 'v3', at: T3, percent: 70 }),
      ],
    });
    assert.equal(lessonStatus(p, 'konzert').bestPercent, 90);
  });

  test('bestPercent ignores a better "mistakes" round', () => {
    const p = profile({
      attempts: [
        attempt({ id: 'v1', at: T1, percent: 40, passed: false }),
        attempt({ id: 'v2', at: T2, mode: 'mistakes', percent: 100 }),
      ],
    });
    assert.equal(lessonStatus(p, 'konzert').bestPercent, 40);
  });

  test('bestPercent is null when there are only "mistakes" rounds', () => {
    const p = profile({ attempts: [attempt({ mode: 'mistakes', percent: 100 })] });
    assert.equal(lessonStatus(p, 'konzert').bestPercent, null);
  });

  test('bestPercent ignores other lessons', () => {
    const p = profile({ attempts: [attempt({ id: 'v1', percent: 50 }), attempt({ id: 'v2', lesson: 'balkon', quizId: 'balkon', percent: 100 })] });
    assert.equal(lessonStatus(p, 'konzert').bestPercent, 50);
  });

  test('a best result of 0 % is 0, not null', () => {
    const p = profile({ attempts: [attempt({ percent: 0, points: 0, passed: false })] });
    assert.equal(lessonStatus(p, 'konzert').bestPercent, 0);
  });

  test('lastAttempt is the latest full attempt of this lesson, not a later practice round', () => {
    const latestFull = attempt({ id: 'v2', at: T2, percent: 60 });
    const p = profile({
      attempts: [
        attempt({ id: 'v1', at: T1, percent: 40, passed: false }),
        latestFull,
        attempt({ id: 'v3', at: T3, mode: 'mistakes', percent: 100 }),
        attempt({ id: 'v4', at: T4, lesson: 'balkon', quizId: 'balkon' }),
      ],
    });
    assert.deepEqual(lessonStatus(p, 'konzert').lastAttempt, latestFull);
  });

  test('lastAttempt is null when there are only practice rounds', () => {
    const p = profile({ attempts: [attempt({ mode: 'mistakes', percent: 100 })] });
    assert.equal(lessonStatus(p, 'konzert').lastAttempt, null);
  });
});

describe('continueTarget', () => {
  test('with nothing started, "Weiter" leads to the first lesson', () => {
    assert.deepEqual(continueTarget(profile(), LESSONS), { slug: 'konzert', to: 'lesson' });
  });

  test('with nothing started, the first lesson in course order is chosen, not the first by name', () => {
    assert.deepEqual(continueTarget(profile(), ['balkon', 'ausflug', 'konzert']), { slug: 'balkon', to: 'lesson' });
  });

  test('a started lesson without quiz attempts leads to the lesson', () => {
    const p = profile({ lessons: { balkon: { startedAt: T1 } } });
    assert.deepEqual(continueTarget(p, LESSONS), { slug: 'balkon', to: 'lesson' });
  });

  test('the most recently started uncompleted lesson wins over an earlier one', () => {
    const p = profile({ lessons: { konzert: { startedAt: T1 }, ausflug: { startedAt: T3 }, balkon: { startedAt: T2 } } });
    assert.deepEqual(continueTarget(p, LESSONS), { slug: 'ausflug', to: 'lesson' });
  });

  test('a lesson whose quiz was attempted but not passed leads to its quiz', () => {
    const p = profile({
      lessons: { konzert: { startedAt: T1 } },
      attempts: [attempt({ at: T2, passed: false, percent: 40 })],
    });
    assert.deepEqual(continueTarget(p, LESSONS), { slug: 'konzert', to: 'quiz' });
  });

  test('completed lessons are skipped, even when used most recently', () => {
    const p = profile({
      lessons: { konzert: { startedAt: T1 }, balkon: { startedAt: T2, completedAt: T4 } },
      attempts: [attempt({ id: 'v1', at: T4, lesson: 'balkon', quizId: 'balkon' })],
    });
    assert.deepEqual(continueTarget(p, LESSONS), { slug: 'konzert', to: 'lesson' });
  });

  test('when the started lessons are all completed, the first unstarted lesson follows', () => {
    const p = profile({ lessons: { konzert: { startedAt: T1, completedAt: T2 } } });
    assert.deepEqual(continueTarget(p, LESSONS), { slug: 'balkon', to: 'lesson' });
  });

  test('when every lesson is completed there is no target', () => {
    const done = { startedAt: T1, completedAt: T2 };
    const p = profile({ lessons: { konzert: done, balkon: done, ausflug: done } });
    assert.equal(continueTarget(p, LESSONS), null);
  });

  test('a quiz attempt after a later start makes its lesson the most recent', () => {
    // balkon was started after konzert, but konzert's quiz was tried after that.
    const p = profile({
      lessons: { konzert: { startedAt: T1 }, balkon: { startedAt: T2 } },
      attempts: [attempt({ at: T3, passed: false, percent: 30 })],
    });
    assert.deepEqual(continueTarget(p, LESSONS), { slug: 'konzert', to: 'quiz' });
  });

  test('a later start beats an earlier quiz attempt', () => {
    const p = profile({
      lessons: { konzert: { startedAt: T1 }, balkon: { startedAt: T3 } },
      attempts: [attempt({ at: T2, passed: false, percent: 30 })],
    });
    assert.deepEqual(continueTarget(p, LESSONS), { slug: 'balkon', to: 'lesson' });
  });

  test('lessons not in the course are ignored', () => {
    const p = profile({ lessons: { alt: { startedAt: T4 }, konzert: { startedAt: T1 } } });
    assert.deepEqual(continueTarget(p, LESSONS), { slug: 'konzert', to: 'lesson' });
  });
});
