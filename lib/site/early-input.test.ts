import { test } from 'node:test';
import assert from 'node:assert/strict';
import { replayEarlyInput, type EarlyInputDeps, type EarlyInputRoot } from './early-input';

type Log = string[];

function toggle(log: Log, name: string, type: 'radio' | 'checkbox', checked: boolean, defaultChecked: boolean) {
  return {
    type,
    checked,
    defaultChecked,
    value: 'on',
    defaultValue: 'on',
    click() {
      this.checked = type === 'radio' ? true : !this.checked;
      log.push(`click ${name} → ${this.checked}`);
    },
    dispatchEvent: () => true,
  };
}

function textField(log: Log, name: string, value: string, defaultValue: string) {
  return {
    type: 'text',
    checked: false,
    defaultChecked: false,
    value,
    defaultValue,
    click() {},
    dispatchEvent(event: Event) {
      log.push(`${event.type} ${name} = ${this.value}`);
      return true;
    },
  };
}

function select(log: Log, name: string, selectedIndex: number, renderedIndex: number) {
  return {
    options: [0, 1, 2].map((i) => ({ selected: i === selectedIndex, defaultSelected: i === renderedIndex })),
    selectedIndex,
    dispatchEvent(event: Event) {
      log.push(`${event.type} ${name} #${this.selectedIndex}`);
      return true;
    },
  };
}

function root(inputs: ReturnType<typeof toggle | typeof textField>[], selects: ReturnType<typeof select>[] = []): EarlyInputRoot {
  return { querySelectorAll: ((selector: string) => (selector === 'input' ? inputs : selects)) as EarlyInputRoot['querySelectorAll'] };
}

const deps = (log: Log): EarlyInputDeps => ({
  setNativeValue: (control, value) => {
    log.push(`native ${control.value} → ${value}`);
    (control as { value: string }).value = value;
  },
  makeEvent: (type) => ({ type }) as Event,
  nextTask: async () => {
    log.push('next task');
  },
});

test('an answer tapped before hydration is given again, so that the quiz knows it', async () => {
  const log: Log = [];
  const chosen = toggle(log, 'b', 'radio', true, false);
  const count = await replayEarlyInput(root([toggle(log, 'a', 'radio', false, false), chosen, toggle(log, 'c', 'radio', false, false)]), deps(log));
  assert.equal(count, 1);
  assert.deepEqual(log, ['click b → true']);
  assert.equal(chosen.checked, true);
});

test('the radio button a learner left is not clicked back', async () => {
  const log: Log = [];
  // React rendered "a" (a saved draft); before hydration the learner chose "b".
  const count = await replayEarlyInput(root([toggle(log, 'a', 'radio', false, true), toggle(log, 'b', 'radio', true, false)]), deps(log));
  assert.equal(count, 1);
  assert.deepEqual(log, ['click b → true']);
});

test('checkboxes are replayed both ways, each in its own task, though React resets the others after the first', async () => {
  const log: Log = [];
  const x = toggle(log, 'x', 'checkbox', true, false);
  const y = toggle(log, 'y', 'checkbox', false, true);
  const w = toggle(log, 'w', 'checkbox', true, false);
  const d = deps(log);
  const nextTask = d.nextTask;
  // Like React re-rendering the question after the first replay: every box back to what React knows.
  d.nextTask = async () => {
    await nextTask();
    w.checked = w.defaultChecked;
  };
  const count = await replayEarlyInput(root([x, y, toggle(log, 'z', 'checkbox', true, true), w]), d);
  assert.equal(count, 3);
  assert.deepEqual(log, ['click x → true', 'next task', 'click y → false', 'next task', 'click w → true']);
  assert.deepEqual([x.checked, y.checked, w.checked], [true, false, true]);
});

test('text typed before hydration is set back, then typed again past the tracker, with an input event', async () => {
  const log: Log = [];
  const field = textField(log, 'schaetzung', '42', '');
  assert.equal(await replayEarlyInput(root([field, textField(log, 'leer', '', '')]), deps(log)), 1);
  assert.deepEqual(log, ['native  → 42', 'input schaetzung = 42']);
  assert.equal(field.value, '42');
});

test('a select changed before hydration fires change; one as rendered does not', async () => {
  const log: Log = [];
  const count = await replayEarlyInput(root([], [select(log, 'paar-1', 2, 0), select(log, 'paar-2', 0, 0), select(log, 'paar-3', 0, -1)]), deps(log));
  assert.equal(count, 1);
  assert.deepEqual(log, ['change paar-1 #2']);
});

test('a page nobody touched replays nothing', async () => {
  const log: Log = [];
  assert.equal(await replayEarlyInput(root([toggle(log, 'a', 'radio', false, false), textField(log, 't', '', '')], [select(log, 's', 0, 0)]), deps(log)), 0);
  assert.deepEqual(log, []);
});
