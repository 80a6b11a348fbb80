import type { Scorm12Api } from './api';

/**
 * A minimal LMS for unit tests: keeps the cmi values, logs every call and can be told to fail a call.
 * The e2e harness uses a real SCORM runtime (scorm-again) instead.
 */
export class TestLms implements Scorm12Api {
  readonly values = new Map<string, string>();
  readonly calls: string[] = [];
  /** What the LMS had committed at each LMSCommit. */
  readonly commits: Map<string, string>[] = [];
  failing = new Set<string>();
  private lastError = '0';
  /** As in a real LMS: one LMSInitialize per launch; reads and writes only while it is open. */
  private state: 'new' | 'open' | 'finished' = 'new';

  constructor(initial: Record<string, string> = {}) {
    for (const [key, value] of Object.entries(initial)) this.values.set(key, value);
  }

  private answer(call: string): string {
    this.calls.push(call);
    if (this.failing.has(call.split('(')[0]!) || this.failing.has(call)) {
      this.lastError = '101';
      return 'false';
    }
    this.lastError = '0';
    return 'true';
  }

  /** Refuses a call outside an open launch with SCORM 1.2's 301 "Not initialized" (or 101 when done). */
  private refusedOutsideLaunch(call: string): boolean {
    if (this.state === 'open') return false;
    this.calls.push(call);
    this.lastError = this.state === 'new' ? '301' : '101';
    return true;
  }

  LMSInitialize(): string {
    if (this.state !== 'new') {
      this.calls.push('LMSInitialize');
      this.lastError = '101';
      return 'false';
    }
    const result = this.answer('LMSInitialize');
    if (result === 'true') this.state = 'open';
    return result;
  }
  LMSFinish(): string {
    if (this.refusedOutsideLaunch('LMSFinish')) return 'false';
    const result = this.answer('LMSFinish');
    if (result === 'true') this.state = 'finished';
    return result;
  }
  LMSGetValue(element: string): string {
    if (this.refusedOutsideLaunch(`LMSGetValue(${element})`)) return '';
    this.calls.push(`LMSGetValue(${element})`);
    this.lastError = '0';
    return this.values.get(element) ?? '';
  }
  LMSSetValue(element: string, value: string): string {
    if (this.refusedOutsideLaunch(`LMSSetValue(${element})`)) return 'false';
    const result = this.answer(`LMSSetValue(${element})`);
    if (result === 'true') this.values.set(element, value);
    return result;
  }
  LMSCommit(): string {
    if (this.refusedOutsideLaunch('LMSCommit')) return 'false';
    const result = this.answer('LMSCommit');
    if (result === 'true') this.commits.push(new Map(this.values));
    return result;
  }
  LMSGetLastError(): string {
    return this.lastError;
  }
  LMSGetErrorString(code: string): string {
    return ({ '101': 'General exception', '301': 'Not initialized' } as Record<string, string>)[code] ?? 'No error';
  }
}
