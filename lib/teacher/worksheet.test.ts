import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { writingLines } from './worksheet';

const question = (lines: number, starters: string[]) => ({ question: 'Warum?', answer: 'Darum.', lines, starters });

describe('writingLines', () => {
  test('the standard sheet has the task’s number of empty lines', () => {
    assert.deepEqual(writingLines(question(3, ['Weil …']), 'standard'), [{ starter: null }, { starter: null }, { starter: null }]);
  });

  test('the easier sheet starts lines with the starters and keeps the number of lines', () => {
    assert.deepEqual(writingLines(question(4, ['Weil …', 'Außerdem …']), 'easier'), [
      { starter: 'Weil …' },
      { starter: 'Außerdem …' },
      { starter: null },
      { starter: null },
    ]);
  });

  test('the easier sheet leaves a free line after the last starter even when the task has few lines', () => {
    assert.deepEqual(writingLines(question(2, ['Erstens …', 'Zweitens …', 'Drittens …']), 'easier').at(-1), { starter: null });
    assert.equal(writingLines(question(2, ['Erstens …', 'Zweitens …', 'Drittens …']), 'easier').length, 4);
  });
});
