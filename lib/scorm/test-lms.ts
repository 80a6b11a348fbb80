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

  LMSInitialize(): string {
    return this.answer('LMSInitialize');
  }
  LMSFinish(): string {
    return this.answer('LMSFinish');
  }
  LMSGetValue(element: string): string {
    this.calls.push(`LMSGetValue(${element})`);
    return this.values.get(element) ?? '';
  }
  LMSSetValue(element: string, value: string): string {
    const result = this.answer(`LMSSetValue(${element})`);
    if (result === 'true') this.values.set(element, value);
    return result;
  }
  LMSCommit(): string {
    const result = this.answer('LMSCommit');
    if (result === 'true') this.commits.push(new Map(this.values));
    return result;
  }
  LMSGetLastError(): string {
    return this.lastError;
  }
  LMSGetErrorString(code: string): string {
    return code === '101' ? 'General exception' : 'No error';
  }
}
