/**
 * Raw quiz file contents for unit tests only (what a quizzes/*.yaml file would hold once parsed):
 * one valid question of every type, and a quiz around them.
 */

export const sampleQuestions = {
  single: {
    id: 'single',
    type: 'single-choice',
    goals: ['konzert-passivrauch'],
    prompt: 'Wie viel Passivrauch ist ohne Risiko?',
    explanation: 'Keine Menge ist sicher.',
    options: [
      { id: 'keine', text: 'Keine Menge.', correct: true },
      { id: 'wenig', text: 'Ein bisschen.' },
      { id: 'viel', text: 'Viel.' },
    ],
  },
  multiple: {
    id: 'multiple',
    type: 'multiple-choice',
    goals: ['konzert-passivrauch'],
    prompt: 'Was stimmt?',
    explanation: 'A, B und C stimmen.',
    options: [
      { id: 'a', text: 'A', correct: true },
      { id: 'b', text: 'B', correct: true },
      { id: 'c', text: 'C', correct: true },
      { id: 'x', text: 'X' },
      { id: 'y', text: 'Y' },
      { id: 'z', text: 'Z' },
    ],
  },
  trueFalse: {
    id: 'true-false',
    type: 'true-false',
    goals: ['konzert-passivrauch'],
    prompt: 'Lüften reicht.',
    explanation: 'Nein.',
    answer: false,
  },
  ordering: {
    id: 'ordering',
    type: 'ordering',
    goals: ['konzert-passivrauch'],
    prompt: 'Bring in die richtige Reihenfolge.',
    explanation: 'Erst eins, dann zwei, dann drei, dann vier.',
    items: [
      { id: 'eins', text: 'Eins' },
      { id: 'zwei', text: 'Zwei' },
      { id: 'drei', text: 'Drei' },
      { id: 'vier', text: 'Vier' },
    ],
  },
  matching: {
    id: 'matching',
    type: 'matching',
    goals: ['konzert-passivrauch'],
    prompt: 'Ordne zu.',
    explanation: 'So gehört es zusammen.',
    pairs: [
      { id: 'nikotin', left: 'Nikotin', right: 'macht süchtig' },
      { id: 'teer', left: 'Teer', right: 'klebt in der Lunge' },
      { id: 'co', left: 'Kohlenmonoxid', right: 'verdrängt Sauerstoff' },
      { id: 'staub', left: 'Feinstaub', right: 'dringt tief ein' },
    ],
  },
  estimate: {
    id: 'estimate',
    type: 'estimate',
    goals: ['konzert-passivrauch'],
    prompt: 'Aus wie vielen Substanzen besteht Tabakrauch?',
    explanation: 'Über 5.300.',
    answer: 5300,
    tolerance: 1000,
    unit: 'Substanzen',
    min: 0,
    max: 10000,
  },
  shortText: {
    id: 'short-text',
    type: 'short-text',
    goals: ['konzert-passivrauch'],
    prompt: 'Wie heißt der Stoff, der süchtig macht?',
    explanation: 'Nikotin.',
    accepted: ['Nikotin', 'rauchfreie Wohnung', 'Ärger', 'Größe', 'Übelkeit', 'Straße'],
  },
  scenario: {
    id: 'scenario',
    type: 'scenario',
    goals: ['konzert-passivrauch'],
    situation: 'Steffens Vater raucht auf dem Balkon.',
    prompt: 'Was tust du?',
    explanation: 'Reden hilft am meisten.',
    options: [
      { id: 'reden', text: 'Mit ihm reden.', points: 3, feedback: 'Gut.' },
      { id: 'zettel', text: 'Einen Zettel schreiben.', points: 1, feedback: 'Ein Anfang.' },
      { id: 'schweigen', text: 'Nichts sagen.', points: 0, feedback: 'Schade.' },
    ],
  },
} as const;

/** A scenario where every option is legitimate: feedback only, no points. */
export const feedbackOnlyScenario = {
  id: 'feedback-only',
  type: 'scenario',
  goals: ['konzert-reden'],
  graded: false,
  situation: 'Die Band geht Eis essen. Steffens Vater geht es nicht gut.',
  prompt: 'Was tust du?',
  explanation: 'Beides ist in Ordnung.',
  options: [
    { id: 'mitgehen', text: 'Mitgehen.', feedback: 'Du darfst feiern.' },
    { id: 'bleiben', text: 'Bei Papa bleiben.', feedback: 'Du darfst bei ihm sein.' },
  ],
} as const;

export function rawQuiz(questions: readonly unknown[], extra: Record<string, unknown> = {}) {
  return { id: 'konzert', lesson: 'konzert', title: 'Quiz zum Konzert', questions, ...extra };
}

export const allSampleQuestions = Object.values(sampleQuestions);
