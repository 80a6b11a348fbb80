import { nextTask } from './next-task';

/**
 * Answers given before the page hydrated. A pupil on a slow phone can tap an answer while the page is still only
 * HTML: the browser checks the radio button, and React, hydrating afterwards, keeps what the page shows but never
 * hears of it. Its state says "unanswered" under a checked answer, and "Antworten prüfen" would ask for it again.
 *
 * After hydration React has written its own view of each control into the default state (`defaultChecked`,
 * `defaultValue`, `defaultSelected`). Every control whose state differs from that is set back and given the
 * learner's input again, as events React hears, one control per task: a field computes its next answer from the
 * one React last rendered (ticking two boxes of one question), so React renders between two replays.
 * Resolves to how many controls were replayed.
 */

type Control = {
  type: string;
  checked: boolean;
  defaultChecked: boolean;
  value: string;
  defaultValue: string;
  click(): void;
  dispatchEvent(event: Event): boolean;
};
type Choice = { selected: boolean; defaultSelected: boolean };
type Select = { options: ArrayLike<Choice>; selectedIndex: number; dispatchEvent(event: Event): boolean };

export interface EarlyInputRoot {
  querySelectorAll(selector: 'input'): Iterable<Control>;
  querySelectorAll(selector: 'select'): Iterable<Select>;
}

export interface EarlyInputDeps {
  /** Sets a text field's value past React's value tracker (the prototype's setter), so that React sees a change. */
  setNativeValue(control: Control, value: string): void;
  makeEvent(type: 'input' | 'change'): Event;
  /** Waits for the next task, after React has rendered the last replay. */
  nextTask(): Promise<void>;
}

const browserDeps = (): EarlyInputDeps => ({
  setNativeValue: (control, value) => Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(control, value),
  makeEvent: (type) => new Event(type, { bubbles: true }),
  nextTask,
});

const TOGGLES = new Set(['radio', 'checkbox']);
const UNTOUCHABLE = new Set(['button', 'submit', 'reset', 'hidden', 'file', 'image']);

export async function replayEarlyInput(root: EarlyInputRoot, deps: EarlyInputDeps = browserDeps()): Promise<number> {
  // First what the learner did, everywhere: React's first replayed render sets every control of a field back to
  // its own state.
  const replays: (() => void)[] = [];
  for (const control of Array.from(root.querySelectorAll('input'))) {
    if (TOGGLES.has(control.type)) {
      const wanted = control.checked;
      if (wanted === control.defaultChecked) continue;
      // A radio button the learner left is unchecked by the one they chose; that one carries the answer.
      if (control.type === 'radio' && !wanted) continue;
      replays.push(() => {
        control.checked = !wanted;
        control.click();
      });
    } else if (!UNTOUCHABLE.has(control.type) && control.value !== control.defaultValue) {
      const typed = control.value;
      replays.push(() => {
        control.value = control.defaultValue;
        deps.setNativeValue(control, typed);
        control.dispatchEvent(deps.makeEvent('input'));
      });
    }
  }
  for (const select of Array.from(root.querySelectorAll('select'))) {
    const rendered = Array.from(select.options).findIndex((option) => option.defaultSelected);
    const chosen = select.selectedIndex;
    if (chosen === (rendered === -1 ? 0 : rendered)) continue;
    replays.push(() => {
      select.selectedIndex = chosen;
      select.dispatchEvent(deps.makeEvent('change'));
    });
  }
  for (const [index, replay] of replays.entries()) {
    if (index > 0) await deps.nextTask();
    replay();
  }
  return replays.length;
}
