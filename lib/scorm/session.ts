import type { Scorm12Api } from './api';
import { scormTimespan } from './time';
import { SUSPEND_DATA_LIMIT } from './suspend-data';

/**
 * One launch of a package in an LMS (SCORM 1.2): initialise, report, commit at once, finish on pagehide.
 * Pure apart from the API it is given; it never throws, because a platform's failure must not break the
 * lesson: each failed call is kept in `problems` with the LMS's error code.
 */

export type LessonStatus = 'passed' | 'failed' | 'completed' | 'incomplete';

export interface QuizReport {
  /** Whole percent, 0–100, scored from the pupil's answers. */
  percent: number;
  passed: boolean;
}

export interface SessionProblem {
  call: string;
  code: string;
  message: string;
}

const TRUE = 'true';

export class ScormSession {
  readonly problems: SessionProblem[] = [];
  private state: 'new' | 'open' | 'finished' = 'new';
  private startedAt = 0;

  /**
   * `startedAt`: when the launch began, for a page of a multi-page package that continues a launch opened by
   * an earlier page (the caller keeps it, e.g. in sessionStorage); the session's own start otherwise.
   */
  constructor(
    private readonly api: Scorm12Api,
    private readonly now: () => number = Date.now,
    private readonly launchStartedAt?: number,
  ) {}

  /** When this launch began (ms since the epoch), to hand on to the package's next page. */
  get startedAtMs(): number {
    return this.startedAt;
  }

  get isOpen(): boolean {
    return this.state === 'open';
  }

  private failed(call: string): void {
    let code = '';
    let message = '';
    try {
      code = this.api.LMSGetLastError();
      message = this.api.LMSGetErrorString(code);
    } catch {
      // An API that throws here has nothing more to tell.
    }
    this.problems.push({ call, code, message });
  }

  /** Runs one API call that answers "true" or "false"; a "false" or a throw is kept as a problem. */
  private call(name: string, run: () => string): boolean {
    let ok = false;
    try {
      ok = run() === TRUE;
    } catch {
      ok = false;
    }
    if (!ok) this.failed(name);
    return ok;
  }

  private set(element: string, value: string): boolean {
    return this.call(`LMSSetValue(${element})`, () => this.api.LMSSetValue(element, value));
  }

  private get(element: string): string {
    try {
      return this.api.LMSGetValue(element) ?? '';
    } catch {
      this.failed(`LMSGetValue(${element})`);
      return '';
    }
  }

  private commit(): boolean {
    return this.call('LMSCommit', () => this.api.LMSCommit(''));
  }

  /**
   * Opens the session and returns what the LMS kept from the last one (`cmi.suspend_data`, '' on a first
   * launch). A first launch ("not attempted") is marked "incomplete" until the quiz is checked or the lesson read.
   */
  start(): { suspendData: string; status: string; continued: boolean } | undefined {
    if (this.state !== 'new') return undefined;
    let continued = false;
    if (!this.call('LMSInitialize', () => this.api.LMSInitialize(''))) {
      // The package's previous page left the launch open (see pause): LMSInitialize answers "already
      // initialised" (101), but the LMS still answers. Anything else means there is no session to use.
      if (!this.stillOpen()) return undefined;
      this.problems.pop();
      continued = true;
    }
    this.state = 'open';
    this.startedAt = continued && this.launchStartedAt !== undefined ? this.launchStartedAt : this.now();
    const status = this.get('cmi.core.lesson_status');
    if (status === '' || status === 'not attempted') {
      this.set('cmi.core.lesson_status', 'incomplete');
      this.commit();
    }
    return { suspendData: this.get('cmi.suspend_data'), status: status || 'not attempted', continued };
  }

  /** Whether the LMS answers a read without an error, i.e. a launch is open. */
  private stillOpen(): boolean {
    try {
      this.api.LMSGetValue('cmi.core.lesson_status');
      return this.api.LMSGetLastError() === '0';
    } catch {
      return false;
    }
  }

  /**
   * After "Antworten prüfen": the score as 0–100 and passed/failed, written and committed at once, because
   * platforms lose what is written while the frame is torn down. The caller reports the pupil's best result,
   * so a weaker retry does not lower the gradebook within one launch.
   */
  reportQuiz(report: QuizReport, suspendData: string): boolean {
    if (!this.isOpen) return false;
    const raw = Math.min(100, Math.max(0, Math.round(report.percent)));
    this.set('cmi.core.score.min', '0');
    this.set('cmi.core.score.max', '100');
    this.set('cmi.core.score.raw', String(raw));
    this.set('cmi.core.lesson_status', report.passed ? 'passed' : 'failed');
    this.saveState(suspendData, false);
    this.set('cmi.core.session_time', scormTimespan(this.now() - this.startedAt));
    return this.commit();
  }

  /** A lesson read to its end in a package without a quiz. */
  reportRead(suspendData: string): boolean {
    if (!this.isOpen) return false;
    this.set('cmi.core.lesson_status', 'completed');
    this.saveState(suspendData, false);
    return this.commit();
  }

  /** Keeps the pupil's state for the next launch; text longer than SCORM's 4,096 characters is refused. */
  saveState(suspendData: string, commit = true): boolean {
    if (!this.isOpen || suspendData.length > SUSPEND_DATA_LIMIT) return false;
    const ok = this.set('cmi.suspend_data', suspendData);
    return commit ? this.commit() && ok : ok;
  }

  /**
   * On pagehide towards another page of the same package: the time so far and a commit, but no LMSFinish,
   * since SCORM 1.2 allows one LMSInitialize/LMSFinish per launch; the next page continues the launch.
   */
  pause(): boolean {
    if (!this.isOpen) return false;
    this.set('cmi.core.session_time', scormTimespan(this.now() - this.startedAt));
    const ok = this.commit();
    this.state = 'finished';
    return ok;
  }

  /** On pagehide: the session's time, "suspend" so the LMS offers to resume, a last commit, then LMSFinish. */
  finish(): boolean {
    if (!this.isOpen) return false;
    this.set('cmi.core.session_time', scormTimespan(this.now() - this.startedAt));
    this.set('cmi.core.exit', 'suspend');
    this.commit();
    this.state = 'finished';
    return this.call('LMSFinish', () => this.api.LMSFinish(''));
  }
}
