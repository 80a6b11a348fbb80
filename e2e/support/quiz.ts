import { expect, type Page } from '@playwright/test';
import type { Question, Quiz } from '../../lib/quiz/schema';
import { tabTo } from './keyboard';
import { optionsInDisplayOrder } from '../../lib/quiz/shuffle';
import { matchingColumn } from '../../lib/quiz/matching';
import { bestOptions } from '../../lib/quiz/graded';

/** A choice question's options in the order the page shows them. */
function shown<T extends { id: string }>(question: { id: string; options: T[] }): T[] {
  return optionsInDisplayOrder(question.id, question.options);
}

/** The shown position of a best (right) or weaker (wrong) scenario option; a feedback-only scenario takes its first. */
function scenarioTarget(question: Extract<Question, { type: 'scenario' }>, right: boolean): number {
  if (!question.graded) return 0;
  const best = bestOptions(question);
  return shown(question).findIndex((o) => best.includes(o) === right);
}

function questionBox(page: Page, quiz: Quiz, question: Question) {
  const number = quiz.questions.indexOf(question) + 1;
  return page.getByRole('group', { name: new RegExp(`^Frage ${number} von ${quiz.questions.length}\\b`) });
}

async function chooseRadio(page: Page, box: ReturnType<typeof questionBox>, index: number) {
  const radios = box.getByRole('radio');
  await tabTo(page, radios.first());
  await page.keyboard.press('Space');
  for (let i = 0; i < index; i++) await page.keyboard.press('ArrowDown');
  await expect(radios.nth(index)).toBeChecked();
}

/**
 * Answers one question with the keyboard alone: right, or deliberately wrong.
 * Returns nothing; each step asserts that the control took the answer.
 */
export async function answerByKeyboard(page: Page, quiz: Quiz, question: Question, right: boolean) {
  const box = questionBox(page, quiz, question);
  await expect(box).toBeVisible();
  switch (question.type) {
    case 'single-choice': {
      const target = shown(question).findIndex((o) => o.correct === right);
      await chooseRadio(page, box, target);
      break;
    }
    case 'scenario': {
      await chooseRadio(page, box, scenarioTarget(question, right));
      break;
    }
    case 'true-false':
      await chooseRadio(page, box, question.answer === right ? 0 : 1);
      break;
    case 'multiple-choice': {
      for (const [index, option] of shown(question).entries()) {
        if (option.correct !== right) continue;
        const checkbox = box.getByRole('checkbox').nth(index);
        await tabTo(page, checkbox);
        await page.keyboard.press('Space');
        await expect(checkbox).toBeChecked();
      }
      break;
    }
    case 'ordering': {
      const expected = right ? question.items.map((i) => i.text) : [...question.items].reverse().map((i) => i.text);
      for (let position = 0; position < expected.length; position++) {
        const text = expected[position]!;
        const items = box.getByRole('listitem');
        const current = (await items.allInnerTexts()).findIndex((t) => t.includes(text));
        for (let step = current; step > position; step--) {
          const up = box.getByRole('button', { name: `„${text}“ nach oben` });
          await tabTo(page, up);
          await page.keyboard.press('Enter');
        }
      }
      const texts = await box.getByRole('listitem').allInnerTexts();
      expect(texts.map((t) => expected.findIndex((e) => t.includes(e)))).toEqual(expected.map((_, i) => i));
      break;
    }
    case 'matching': {
      const rights = matchingColumn(question.pairs);
      for (const [index, pair] of question.pairs.entries()) {
        const select = box.getByRole('combobox', { name: pair.left });
        const wanted = right ? pair : question.pairs[(index + 1) % question.pairs.length]!;
        await tabTo(page, select);
        for (let i = 0; i <= rights.findIndex((r) => r.id === wanted.id); i++) await page.keyboard.press('ArrowDown');
        await expect(select).toHaveValue(wanted.id);
      }
      break;
    }
    case 'estimate': {
      const input = box.getByRole('textbox');
      await tabTo(page, input);
      const value = right ? question.answer : question.answer + question.tolerance + Math.max(1, Math.abs(question.answer));
      await page.keyboard.type(String(value).replace('.', ','));
      break;
    }
    case 'short-text': {
      const input = box.getByRole('textbox');
      await tabTo(page, input);
      await page.keyboard.type(right ? question.accepted[0]! : 'weiß ich nicht');
      break;
    }
  }
}

export async function answerQuizByKeyboard(page: Page, quiz: Quiz, wrongIds: readonly string[] = []) {
  for (const question of quiz.questions) {
    await answerByKeyboard(page, quiz, question, !wrongIds.includes(question.id));
  }
}

/** The same answers given with the mouse and direct input: for walking many quizzes quickly. */
export async function answerByPointer(page: Page, quiz: Quiz, question: Question, right: boolean) {
  const box = questionBox(page, quiz, question);
  switch (question.type) {
    case 'single-choice':
      await box.getByRole('radio').nth(shown(question).findIndex((o) => o.correct === right)).check();
      break;
    case 'scenario': {
      await box.getByRole('radio').nth(scenarioTarget(question, right)).check();
      break;
    }
    case 'true-false':
      await box.getByRole('radio').nth(question.answer === right ? 0 : 1).check();
      break;
    case 'multiple-choice':
      for (const [index, option] of shown(question).entries()) {
        if (option.correct === right) await box.getByRole('checkbox').nth(index).check();
      }
      break;
    case 'ordering':
    case 'matching':
      // Both have their own keyboard-driven controls; reuse them.
      await answerByKeyboard(page, quiz, question, right);
      break;
    case 'estimate':
      await box.getByRole('textbox').fill(String(right ? question.answer : question.answer + question.tolerance + Math.max(1, Math.abs(question.answer))).replace('.', ','));
      break;
    case 'short-text':
      await box.getByRole('textbox').fill(right ? question.accepted[0]! : 'weiß ich nicht');
      break;
  }
}

export async function answerQuizByPointer(page: Page, quiz: Quiz, wrongIds: readonly string[] = []) {
  for (const question of quiz.questions) {
    await answerByPointer(page, quiz, question, !wrongIds.includes(question.id));
  }
}
