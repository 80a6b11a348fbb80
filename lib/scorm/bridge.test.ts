import { test } from 'node:test';
import assert from 'node:assert/strict';
import { connectToLms, LAUNCH_STARTED_KEY, MemoryStorage, type PackageSpec } from './bridge';
import { TestLms } from './test-lms';
import { createProgressStore } from '../progress/store';
import { progressDecoder } from '../progress/decode';
import { answersWith, testKey } from '../progress/test-records';

const lessonPackage: PackageSpec = { quizzes: ['konzert'], gradedQuiz: 'konzert', lessons: ['konzert'] };

/** One page of a package in an LMS: the connection, and the progress store running on its storage. */
function openPage(lms: TestLms, launch = new MemoryStorage(), spec = lessonPackage) {
  const win = { parent: { parent: null, API: lms } };
  const connection = connectToLms({ win, spec, key: testKey, launchStorage: launch });
  assert.ok(connection, 'the page finds the LMS');
  const store = createProgressStore({ scoringKey: testKey, storage: () => connection.storage, session: () => connection.session, decoder: progressDecoder });
  store.subscribe(() => connection.update(store.getSnapshot().profile));
  return { connection, store };
}

const check = (right: number, quizId = 'konzert') => ({ quizId, mode: 'full' as const, answers: answersWith(right) });
const suspended = (lms: TestLms) => JSON.parse(lms.commits.at(-1)!.get('cmi.suspend_data')!);

test('outside an LMS there is no connection, and nothing is thrown', () => {
  assert.equal(connectToLms({ win: { parent: null }, spec: lessonPackage, key: testKey, launchStorage: null }), null);
});

test('a checked quiz reaches the LMS committed: best result, status and the answers in suspend_data', () => {
  const lms = new TestLms({ 'cmi.core.lesson_status': 'not attempted' });
  const { store } = openPage(lms);
  assert.equal(store.getSnapshot().mode, 'saved');
  store.markLessonStarted('konzert');
  assert.deepEqual(Object.keys(suspended(lms).lessons), ['konzert']);

  store.recordAttempt(check(8));
  let committed = lms.commits.at(-1)!;
  assert.equal(committed.get('cmi.core.score.raw'), '80');
  assert.equal(committed.get('cmi.core.lesson_status'), 'passed');
  assert.equal(suspended(lms).attempts.length, 1);

  // A weaker retry is kept, but the gradebook keeps the best.
  store.recordAttempt(check(3));
  committed = lms.commits.at(-1)!;
  assert.equal(committed.get('cmi.core.score.raw'), '80');
  assert.equal(committed.get('cmi.core.lesson_status'), 'passed');
  assert.equal(suspended(lms).attempts.length, 2);
});

test('a failed first attempt is reported as failed with its percent', () => {
  const lms = new TestLms();
  const { store } = openPage(lms);
  store.recordAttempt(check(5));
  assert.equal(lms.commits.at(-1)!.get('cmi.core.score.raw'), '50');
  assert.equal(lms.commits.at(-1)!.get('cmi.core.lesson_status'), 'failed');
});

test('a relaunch restores the pupil from suspend_data, not from the browser', () => {
  const lms = new TestLms();
  openPage(lms).store.recordAttempt(check(9));
  const saved = lms.values.get('cmi.suspend_data')!;

  const relaunch = new TestLms({ 'cmi.core.lesson_status': 'passed', 'cmi.suspend_data': saved });
  const { store } = openPage(relaunch);
  const profile = store.getSnapshot().profile;
  assert.equal(profile.attempts.length, 1);
  assert.equal(store.getSnapshot().results.quizStatus('konzert').bestPercent, 90);
  assert.equal(relaunch.commits.length, 0, 'restoring writes nothing back');
});

test('unreadable suspend_data is put aside and offered, not dropped', () => {
  const lms = new TestLms({ 'cmi.suspend_data': '{"v":9,"something":"else"}' });
  const { store } = openPage(lms);
  const { quarantined } = store.getSnapshot();
  assert.equal(quarantined.length, 1);
  assert.equal(quarantined[0]!.raw, '{"v":9,"something":"else"}');
});

test('the final test package grades the final test only; the entry check is kept but not graded', () => {
  const spec: PackageSpec = { quizzes: ['einstieg', 'abschluss'], gradedQuiz: 'abschluss', lessons: [] };
  const lms = new TestLms({ 'cmi.core.lesson_status': 'not attempted' });
  const { store } = openPage(lms, new MemoryStorage(), spec);
  store.recordAttempt(check(4, 'einstieg'));
  assert.equal(lms.values.get('cmi.core.lesson_status'), 'incomplete');
  assert.equal(lms.values.get('cmi.core.score.raw'), undefined);
  assert.equal(suspended(lms).attempts[0].quizId, 'einstieg');
  store.recordAttempt(check(10, 'abschluss'));
  assert.equal(lms.commits.at(-1)!.get('cmi.core.score.raw'), '100');
  assert.equal(lms.commits.at(-1)!.get('cmi.core.lesson_status'), 'passed');
});

test('going on to the package\'s next page pauses the launch; leaving the package finishes it', () => {
  const lms = new TestLms();
  const launch = new MemoryStorage();
  const first = openPage(lms, launch);
  first.store.markLessonStarted('konzert');
  first.connection.leave(true);
  assert.equal(lms.calls.includes('LMSFinish'), false);
  assert.ok(launch.getItem(LAUNCH_STARTED_KEY));

  const second = openPage(lms, launch);
  assert.deepEqual(Object.keys(second.store.getSnapshot().profile.lessons), ['konzert']);
  second.store.recordAttempt(check(7));
  assert.equal(lms.commits.at(-1)!.get('cmi.core.lesson_status'), 'passed');
  second.connection.leave(false);
  assert.equal(lms.calls.at(-1), 'LMSFinish');
  assert.equal(lms.values.get('cmi.core.exit'), 'suspend');
  assert.equal(launch.getItem(LAUNCH_STARTED_KEY), null);
  assert.deepEqual(second.connection.status(), { problems: 0, leftOut: 0 });
});
