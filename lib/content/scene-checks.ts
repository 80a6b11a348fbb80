import type { SceneCheck, SceneCheckQuestion } from '../quiz/schema';
import { blocksOf } from './lesson-model';
import type { LessonModel, SourcePosition } from './types';
import { firstFigure } from './figures';

/**
 * The "Kurz gecheckt" checks after each scene: a lesson quiz's `checks` against the lesson's scenes.
 * Pure: the caller names the files the problems belong to.
 */

/** A problem in the lesson file (`in: 'lesson'`) or in its quiz file (`in: 'quiz'`). */
export interface SceneCheckProblem {
  in: 'lesson' | 'quiz';
  path: string;
  message: string;
  position?: SourcePosition;
}

/** The titles of a lesson's scenes, in reading order. */
export function sceneTitles(model: LessonModel): string[] {
  return blocksOf(model, 'Szene').map((block) => block.attributes.titel ?? '');
}

/** Every text of a check question a pupil reads: prompt, options, their feedback, explanation. */
function textsOf(question: SceneCheckQuestion): string[] {
  const options = question.type === 'true-false' ? [] : question.options.flatMap((o) => [o.text, o.feedback ?? '']);
  return [question.prompt, ...options, question.explanation];
}

const quoted = (titles: readonly string[]) => titles.map((title) => `„${title}“`).join(', ');

/**
 * The rules:
 * - scene titles are unique in a lesson (a check names its scene by title);
 * - every check names a scene of the lesson, and every scene has exactly one check;
 * - every source a check cites exists, and a check that states a figure cites a source.
 * Goals are checked with the quiz's own questions (goals.ts).
 */
export function checkSceneChecks(
  model: LessonModel,
  checks: readonly SceneCheck[],
  sources: { file: string; has: (id: string) => boolean },
): SceneCheckProblem[] {
  const problems: SceneCheckProblem[] = [];
  const titles = sceneTitles(model);
  const seenTitles = new Set<string>();
  for (const scene of blocksOf(model, 'Szene')) {
    const title = scene.attributes.titel ?? '';
    if (seenTitles.has(title)) {
      problems.push({
        in: 'lesson',
        path: `<Szene titel="${title}">`,
        message: `Den Szenentitel „${title}“ gibt es zweimal. Jede Szene braucht einen eigenen Titel; ihr Check nennt sie daran.`,
        position: scene.position,
      });
    }
    seenTitles.add(title);
  }

  const checkOf = new Map<string, number>();
  checks.forEach((check, index) => {
    const path = `checks[${index}].scene`;
    if (!seenTitles.has(check.scene)) {
      problems.push({
        in: 'quiz',
        path,
        message: `Die Lektion hat keine Szene „${check.scene}“. Ihre Szenen heißen: ${quoted(titles) || '(keine)'}.`,
      });
    } else if (checkOf.has(check.scene)) {
      problems.push({ in: 'quiz', path, message: `Die Szene „${check.scene}“ hat schon einen Check (checks[${checkOf.get(check.scene)}]). Jede Szene hat genau einen.` });
    } else {
      checkOf.set(check.scene, index);
    }
    check.questions.forEach((question, questionIndex) => {
      const questionPath = `checks[${index}].questions[${questionIndex}]`;
      question.sources.forEach((sourceId, sourceIndex) => {
        if (!sources.has(sourceId)) {
          problems.push({ in: 'quiz', path: `${questionPath}.sources[${sourceIndex}]`, message: `Unbekannte Quelle "${sourceId}" (nicht in ${sources.file}).` });
        }
      });
      const figure = textsOf(question).map(firstFigure).find((found) => found !== undefined);
      if (figure !== undefined && question.sources.length === 0) {
        problems.push({
          in: 'quiz',
          path: `${questionPath}.sources`,
          message: `Die Frage nennt eine Zahl („${figure}“), aber keine Quelle. Jede Zahl braucht ihre Quelle unter "sources".`,
        });
      }
    });
  });

  for (const title of [...seenTitles].filter((t) => !checkOf.has(t))) {
    problems.push({
      in: 'quiz',
      path: 'checks',
      message: `Die Szene „${title}“ hat keinen Check. Jede Szene bekommt genau einen Eintrag unter "checks" (scene: ${title}).`,
    });
  }
  return problems;
}
