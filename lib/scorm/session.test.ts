import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ScormSession } from './session';
import { TestLms } from './test-lms';

function clock(start = 1_000_000) {
  let now = start;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

test('a first launch initialises and is marked incomplete at once', () => {
  const lms = new TestLms({ 'cmi.core.lesson_status': 'not attempted' });
  const session = new ScormSession(lms);
  assert.deepEqual(session.start(), { suspendData: '', status: 'not attempted', continued: false });
  assert.equal(lms.calls[0], 'LMSInitialize');
  assert.equal(lms.commits.at(-1)?.get('cmi.core.lesson_status'), 'incomplete');
});

test('a later launch keeps the status and returns the suspended state', () => {
  const lms = new TestLms({ 'cmi.core.lesson_status': 'failed', 'cmi.suspend_data': '{"v":1}' });
  const session = new ScormSession(lms);
  assert.deepEqual(session.start(), { suspendData: '{"v":1}', status: 'failed', continued: false });
  assert.equal(lms.values.get('cmi.core.lesson_status'), 'failed');
  assert.equal(lms.commits.length, 0);
});

test('a checked quiz is written as 0–100 with passed or failed, and committed in the same call', () => {
  const time = clock();
  const lms = new TestLms({ 'cmi.core.lesson_status': 'not attempted' });
  const session = new ScormSession(lms, time.now);
  session.start();
  time.advance((12 * 60 + 5) * 1000);
  assert.equal(session.reportQuiz({ percent: 86.4, passed: true }, '{"state":1}'), true);
  const committed = lms.commits.at(-1)!;
  assert.equal(committed.get('cmi.core.score.raw'), '86');
  assert.equal(committed.get('cmi.core.score.min'), '0');
  assert.equal(committed.get('cmi.core.score.max'), '100');
  assert.equal(committed.get('cmi.core.lesson_status'), 'passed');
  assert.equal(committed.get('cmi.suspend_data'), '{"state":1}');
  assert.equal(committed.get('cmi.core.session_time'), '00:12:05.00');

  session.reportQuiz({ percent: 40, passed: false }, '{"state":2}');
  assert.equal(lms.commits.at(-1)!.get('cmi.core.lesson_status'), 'failed');
  assert.equal(lms.commits.at(-1)!.get('cmi.core.score.raw'), '40');
});

test('a lesson without a quiz is completed when read', () => {
  const lms = new TestLms();
  const session = new ScormSession(lms);
  session.start();
  assert.equal(session.reportRead('{}'), true);
  assert.equal(lms.commits.at(-1)!.get('cmi.core.lesson_status'), 'completed');
});

test('finish sets the session time and exit, commits, then calls LMSFinish once', () => {
  const time = clock();
  const lms = new TestLms();
  const session = new ScormSession(lms, time.now);
  session.start();
  time.advance(90_500);
  assert.equal(session.finish(), true);
  assert.deepEqual(lms.calls.slice(-4), ['LMSSetValue(cmi.core.session_time)', 'LMSSetValue(cmi.core.exit)', 'LMSCommit', 'LMSFinish']);
  assert.equal(lms.values.get('cmi.core.session_time'), '00:01:30.50');
  assert.equal(session.finish(), false);
  assert.equal(lms.calls.filter((c) => c === 'LMSFinish').length, 1);
  assert.equal(session.reportQuiz({ percent: 100, passed: true }, ''), false);
});

test('state over 4,096 characters is refused rather than cut', () => {
  const lms = new TestLms();
  const session = new ScormSession(lms);
  session.start();
  assert.equal(session.saveState('x'.repeat(4097)), false);
  assert.equal(lms.values.has('cmi.suspend_data'), false);
  assert.equal(session.saveState('x'.repeat(4096)), true);
});

test('an LMS that refuses a call is noted with its error, and nothing throws', () => {
  const lms = new TestLms();
  lms.failing.add('LMSCommit');
  const session = new ScormSession(lms);
  session.start();
  assert.equal(session.reportQuiz({ percent: 70, passed: true }, ''), false);
  assert.deepEqual(session.problems.at(-1), { call: 'LMSCommit', code: '101', message: 'General exception' });

  const broken = new TestLms();
  broken.LMSInitialize = () => {
    throw new Error('gone');
  };
  const closed = new ScormSession(broken);
  assert.equal(closed.start(), undefined);
  assert.equal(closed.isOpen, false);
  assert.equal(closed.problems[0]!.call, 'LMSInitialize');
});

test('the next page of a package continues the open launch: no second LMSInitialize counts, the time runs on', () => {
  const time = clock();
  const lms = new TestLms({ 'cmi.core.lesson_status': 'not attempted' });
  const lessonPage = new ScormSession(lms, time.now);
  lessonPage.start();
  time.advance(65_000);
  assert.equal(lessonPage.pause(), true);
  assert.equal(lms.calls.includes('LMSFinish'), false);
  assert.equal(lms.commits.at(-1)?.get('cmi.core.session_time'), '00:01:05.00');

  const quizPage = new ScormSession(lms, time.now, lessonPage.startedAtMs);
  assert.deepEqual(quizPage.start(), { suspendData: '', status: 'incomplete', continued: true });
  assert.deepEqual(quizPage.problems, []);
  time.advance(30_000);
  assert.equal(quizPage.reportQuiz({ percent: 80, passed: true }, '{}'), true);
  assert.equal(lms.commits.at(-1)?.get('cmi.core.session_time'), '00:01:35.00');
  assert.equal(quizPage.finish(), true);
});

test('a launch the LMS has already finished is not continued', () => {
  const lms = new TestLms();
  const first = new ScormSession(lms);
  first.start();
  first.finish();
  const second = new ScormSession(lms);
  assert.equal(second.start(), undefined);
  assert.equal(second.isOpen, false);
  assert.equal(second.problems[0]?.call, 'LMSInitialize');
});
