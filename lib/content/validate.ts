import type { z } from 'zod';
import { quizSchema, type Quiz } from '../quiz/schema';
import { guideSchema, type Guide } from '../teacher/schema';
import { drawnQuestionId } from '../quiz/drawn';
import { lessonStats, missingInLesson } from './requirements';
import { checkGoals } from './goals';
import { firstFigure } from './figures';
import { blocksOf, isSensitiveScene, LESSON_PATH, parseLesson } from './lesson-model';
import { checkSceneChecks } from './scene-checks';
import { parseYaml, validate } from './problems';
import { glossaryEntrySchema, glossaryFileSchema, slugSchema, sourceSchema, sourcesFileSchema, type GlossaryEntry } from './schema';
import type { ContentFile, ContentProblem, Course, CourseResult, Lesson } from './types';
import { readGraphics } from './graphics';
import { GRAPHIC_KINDS } from '../graphics/kinds';

export const SOURCES_FILE = 'content/quellen.yaml';
/** Glossary entries may be split over several files (one per lesson that introduces them); ids are unique across all. */
export const GLOSSARY_DIR = 'content/glossar';

function lessonFrom(file: ContentFile, problems: ContentProblem[]): Lesson | undefined {
  const slug = file.path.replace(/^lessons\//, '').replace(/\.mdx$/, '');
  const slugCheck = slugSchema.safeParse(slug);
  if (!slugCheck.success) {
    problems.push({ file: file.path, path: '', message: `Ungültiger Dateiname: ${slugCheck.error.issues[0]?.message}` });
  }
  const parsed = parseLesson(file.path, file.text);
  if (!parsed.ok) {
    problems.push(...parsed.problems);
    return undefined;
  }
  if (!slugCheck.success) return undefined;
  return { ...parsed.model.meta, slug, model: parsed.model };
}

function checkLessonBody(lesson: Lesson, course: Omit<Course, 'lessons' | 'guides'>, slugs: Set<string>, problems: ContentProblem[]) {
  const file = `lessons/${lesson.slug}.mdx`;
  const { citations, terms, links } = lesson.model;
  for (const { sourceId, position } of citations) {
    if (!course.sources.has(sourceId)) {
      problems.push({ file, path: `<Fakt quelle="${sourceId}">`, message: `Unbekannte Quelle "${sourceId}" (nicht in ${SOURCES_FILE}).`, position });
    }
  }
  for (const scene of blocksOf(lesson.model, 'Szene').filter(isSensitiveScene)) {
    if (!scene.attributes.hinweis?.trim()) {
      problems.push({
        file,
        path: `<Szene titel="${scene.attributes.titel ?? ''}">`,
        message: 'Eine Szene mit "sensibel" braucht einen Inhaltshinweis: hinweis="In dieser Szene geht es um …".',
        position: scene.position,
      });
    }
  }
  for (const { id, position } of terms) {
    if (!course.glossary.has(id)) {
      problems.push({ file, path: `<Begriff id="${id}">`, message: `Unbekannter Begriff "${id}" (nicht in ${GLOSSARY_DIR}/).`, position });
    }
  }
  for (const graphic of blocksOf(lesson.model, 'Grafik')) {
    const kind = graphic.attributes.art;
    const path = `<Grafik art="${kind ?? ''}">`;
    if (kind === undefined || !(GRAPHIC_KINDS as readonly string[]).includes(kind)) {
      problems.push({ file, path, message: `Eine <Grafik> braucht art="…", eine von ${GRAPHIC_KINDS.join(', ')}.`, position: graphic.position });
    } else if (!(kind in course.graphics)) {
      problems.push({ file, path, message: `Für die Grafik "${kind}" fehlen die Daten (content/grafiken/${kind}.yaml).`, position: graphic.position });
    }
    if (!graphic.attributes.titel?.trim()) {
      problems.push({ file, path, message: 'Eine <Grafik> braucht einen Titel: titel="…".', position: graphic.position });
    }
  }
  for (const { slug, position } of links) {
    if (!slugs.has(slug)) {
      problems.push({ file, path: `${LESSON_PATH}${slug}`, message: `Link auf eine Lektion, die es nicht gibt: "${slug}".`, position });
    }
  }
}

/** Teacher's guides: one per lesson, its phases filling the lesson's time, its worksheet quoting a real scene. */
function readGuides(files: readonly ContentFile[], lessons: Lesson[], problems: ContentProblem[]): Map<string, Guide> {
  const guides = new Map<string, Guide>();
  for (const file of files.filter((f) => /^guides\/[^/]+\.ya?ml$/.test(f.path))) {
    const yaml = parseYaml(file.path, file.text, problems);
    if (!yaml.ok) continue;
    const guide = validate(file.path, guideSchema, yaml.value, problems);
    if (!guide.ok) continue;
    const expected = file.path.replace(/^guides\//, '').replace(/\.ya?ml$/, '');
    const lesson = lessons.find((l) => l.slug === guide.value.lesson);
    if (guide.value.lesson !== expected) {
      problems.push({ file: file.path, path: 'lesson', message: `"lesson" muss dem Dateinamen entsprechen ("${expected}").` });
    } else if (!lesson) {
      // A lesson file that cannot be read has its own problems; the guide is not wrong to name it.
      if (!problems.some((p) => p.file === `lessons/${guide.value.lesson}.mdx`)) {
        problems.push({ file: file.path, path: 'lesson', message: `Die Lektion "${guide.value.lesson}" gibt es nicht in lessons/.` });
      }
    } else {
      const minutes = guide.value.phases.reduce((sum, phase) => sum + phase.minutes, 0);
      if (minutes !== lesson.durationMinutes) {
        problems.push({ file: file.path, path: 'phases', message: `Die Phasen dauern zusammen ${minutes} Minuten, die Lektion ${lesson.durationMinutes}.` });
      }
      const scenes = blocksOf(lesson.model, 'Szene').length;
      const { scene, toScene } = guide.value.worksheet;
      if (scene > scenes) {
        problems.push({ file: file.path, path: 'worksheet.scene', message: `Die Lektion hat nur ${scenes} Szenen.` });
      }
      if (toScene !== undefined && (toScene < scene || toScene > scenes)) {
        problems.push({
          file: file.path,
          path: 'worksheet.toScene',
          message: `Die letzte zitierte Szene muss zwischen ${scene} und ${scenes} liegen (gefunden: ${toScene}).`,
        });
      }
      guides.set(lesson.slug, guide.value);
    }
  }
  for (const lesson of lessons) {
    if (!guides.has(lesson.slug) && !problems.some((p) => p.file === `guides/${lesson.slug}.yaml`)) {
      problems.push({ file: `guides/${lesson.slug}.yaml`, path: '', message: 'Zu jeder Lektion gehört ein Leitfaden für Lehrkräfte; diese Datei fehlt.' });
    }
  }
  return guides;
}

/** Copies drawn questions into the quizzes that draw them. A quiz that draws may not be drawn from. */
function resolveDraws(quizzes: Map<string, Quiz>, quizFiles: Map<string, string>, problems: ContentProblem[]) {
  for (const quiz of quizzes.values()) {
    const file = quizFiles.get(quiz.id)!;
    const drawn = quiz.draw.flatMap((draw, index) => {
      const from = quizzes.get(draw.quiz);
      if (!from || from.draw.length > 0 || from.id === quiz.id) {
        const reason = !from ? 'gibt es nicht' : 'übernimmt selbst Fragen';
        problems.push({ file, path: `draw[${index}].quiz`, message: `Das Quiz "${draw.quiz}" ${reason}.` });
        return [];
      }
      const wanted = draw.questions ?? from.questions.map((q) => q.id);
      return wanted.flatMap((questionId, questionIndex) => {
        const question = from.questions.find((q) => q.id === questionId);
        if (!question) {
          problems.push({ file, path: `draw[${index}].questions[${questionIndex}]`, message: `Die Frage "${questionId}" gibt es nicht in "${draw.quiz}".` });
          return [];
        }
        return [{ ...question, id: drawnQuestionId(from.id, question.id) }];
      });
    });
    const seen = new Set(quiz.questions.map((q) => q.id));
    const unique = drawn.filter((question) => {
      if (!seen.has(question.id)) {
        seen.add(question.id);
        return true;
      }
      problems.push({ file, path: 'draw', message: `Die Frage "${question.id}" wird mehr als einmal übernommen.` });
      return false;
    });
    quizzes.set(quiz.id, { ...quiz, questions: [...quiz.questions, ...unique] });
  }
}

export const ENTRY_QUIZ_SIZE = { min: 8, max: 10 } as const;
export const FINAL_QUIZ_MIN_QUESTIONS = 15;

/** At most one entry check and one final test; the final test repeats every entry question. */
function checkCourseQuizzes(quizzes: Map<string, Quiz>, quizFiles: Map<string, string>, problems: ContentProblem[]) {
  for (const kind of ['entry', 'final'] as const) {
    const ofKind = [...quizzes.values()].filter((q) => q.kind === kind);
    ofKind.slice(1).forEach((q) => problems.push({ file: quizFiles.get(q.id)!, path: 'kind', message: `Es darf nur ein Quiz der Art "${kind}" geben.` }));
  }
  const entry = [...quizzes.values()].find((q) => q.kind === 'entry');
  const final = [...quizzes.values()].find((q) => q.kind === 'final');
  if (entry && (entry.questions.length < ENTRY_QUIZ_SIZE.min || entry.questions.length > ENTRY_QUIZ_SIZE.max)) {
    problems.push({
      file: quizFiles.get(entry.id)!,
      path: 'questions',
      message: `Der Einstiegstest braucht ${ENTRY_QUIZ_SIZE.min} bis ${ENTRY_QUIZ_SIZE.max} Fragen, hat aber ${entry.questions.length}.`,
    });
  }
  if (final) {
    const file = quizFiles.get(final.id)!;
    if (final.questions.length < FINAL_QUIZ_MIN_QUESTIONS) {
      problems.push({ file, path: 'questions', message: `Der Abschlusstest braucht mindestens ${FINAL_QUIZ_MIN_QUESTIONS} Fragen, hat aber ${final.questions.length}.` });
    }
    const missing = entry?.questions.filter((q) => !final.questions.some((f) => f.id === drawnQuestionId(entry.id, q.id))) ?? [];
    if (missing.length > 0) {
      problems.push({ file, path: 'draw', message: `Der Abschlusstest muss alle Fragen des Einstiegstests wiederholen; es fehlen: ${missing.map((q) => q.id).join(', ')}.` });
    }
  }
}

/**
 * Parses and cross-checks all course content. Pure: the caller reads the files.
 * Every problem is collected, so an author sees all of them at once.
 */
export function validateCourse(files: readonly ContentFile[]): CourseResult {
  const problems: ContentProblem[] = [];
  const byPath = new Map(files.map((f) => [f.path, f.text]));

  const readList = <T extends { id: string }>(path: string, schema: z.ZodType<T[]>, itemSchema: z.ZodType<T>): Map<string, T> => {
    const text = byPath.get(path);
    if (text === undefined) {
      problems.push({ file: path, path: '', message: 'Die Datei fehlt.' });
      return new Map();
    }
    const yaml = parseYaml(path, text, problems);
    if (!yaml.ok) return new Map();
    const list = validate(path, schema, yaml.value, problems);
    if (list.ok) return new Map(list.value.map((item) => [item.id, item]));
    // Keep the entries that are fine, so one broken entry does not make every reference to the file fail too.
    const entries = Array.isArray(yaml.value) ? yaml.value : [];
    return new Map(
      entries.flatMap((entry) => {
        const parsed = itemSchema.safeParse(entry);
        return parsed.success ? [[parsed.data.id, parsed.data] as const] : [];
      }),
    );
  };
  const sources = readList(SOURCES_FILE, sourcesFileSchema, sourceSchema);
  const glossary = new Map<string, GlossaryEntry>();
  const glossaryFiles = files.filter((f) => f.path.startsWith(`${GLOSSARY_DIR}/`) && /\.ya?ml$/.test(f.path));
  if (glossaryFiles.length === 0) problems.push({ file: `${GLOSSARY_DIR}/`, path: '', message: 'Es gibt keine Glossar-Datei.' });
  const glossarySeenIn = new Map<string, string>();
  for (const file of glossaryFiles) {
    [...readList(file.path, glossaryFileSchema, glossaryEntrySchema).values()].forEach((entry) => {
      const other = glossarySeenIn.get(entry.id);
      if (other) {
        problems.push({ file: file.path, path: entry.id, message: `Den Begriff "${entry.id}" gibt es schon in ${other}.` });
        return;
      }
      glossarySeenIn.set(entry.id, file.path);
      glossary.set(entry.id, entry);
    });
  }

  const graphics = readGraphics(files, (id) => sources.has(id), SOURCES_FILE, problems);

  const quizzes = new Map<string, Quiz>();
  const quizFiles = new Map<string, string>();
  for (const file of files.filter((f) => /^quizzes\/[^/]+\.ya?ml$/.test(f.path))) {
    const yaml = parseYaml(file.path, file.text, problems);
    if (!yaml.ok) continue;
    const quiz = validate(file.path, quizSchema, yaml.value, problems);
    if (!quiz.ok) continue;
    const expectedId = file.path.replace(/^quizzes\//, '').replace(/\.ya?ml$/, '');
    if (quiz.value.id !== expectedId) {
      problems.push({ file: file.path, path: 'id', message: `Die id "${quiz.value.id}" muss dem Dateinamen entsprechen ("${expectedId}").` });
    }
    if (quizzes.has(quiz.value.id)) {
      problems.push({ file: file.path, path: 'id', message: `Ein Quiz mit der id "${quiz.value.id}" gibt es schon in ${quizFiles.get(quiz.value.id)}.` });
      continue;
    }
    quizzes.set(quiz.value.id, quiz.value);
    quizFiles.set(quiz.value.id, file.path);
    quiz.value.questions.forEach((question, index) => {
      const figure = firstFigure(question.explanation);
      if (figure !== undefined && question.sources.length === 0) {
        problems.push({
          file: file.path,
          path: `questions[${index}].sources`,
          message: `Die Erklärung nennt eine Zahl („${figure}“), aber keine Quelle. Jede Zahl braucht ihre Quelle unter "sources".`,
        });
      }
      question.sources.forEach((sourceId, sourceIndex) => {
        if (!sources.has(sourceId)) {
          problems.push({
            file: file.path,
            path: `questions[${index}].sources[${sourceIndex}]`,
            message: `Unbekannte Quelle "${sourceId}" (nicht in ${SOURCES_FILE}).`,
          });
        }
      });
    });
  }

  const ownQuestions = new Map([...quizzes.values()].map((quiz) => [quiz.id, quiz.questions]));
  // Drawn questions count as the quiz's own from here on (lesson checks, final-test checks).
  resolveDraws(quizzes, quizFiles, problems);

  const lessonFiles = files.filter((f) => /^lessons\/[^/]+\.mdx$/.test(f.path));
  const lessons = lessonFiles
    .map((f) => lessonFrom(f, problems))
    .filter((lesson): lesson is Lesson => lesson !== undefined)
    .sort((a, b) => a.order - b.order);
  if (lessons.length === 0 && !problems.some((p) => p.file.startsWith('lessons/'))) {
    problems.push({ file: 'lessons/', path: '', message: 'Es gibt keine Lektion.' });
  }

  const slugs = new Set(lessons.map((l) => l.slug));
  const orders = new Map<number, string>();
  const quizOwners = new Map<string, string>();
  for (const lesson of lessons) {
    const file = `lessons/${lesson.slug}.mdx`;
    const other = orders.get(lesson.order);
    if (other) problems.push({ file, path: 'frontmatter.order', message: `Die Position ${lesson.order} hat schon ${other}.` });
    orders.set(lesson.order, file);
    const quiz = quizzes.get(lesson.quiz);
    if (!quiz) {
      problems.push({ file, path: 'frontmatter.quiz', message: `Das Quiz "${lesson.quiz}" gibt es nicht in quizzes/.` });
    } else if (quiz.kind !== 'lesson' || quiz.lesson !== lesson.slug) {
      problems.push({ file, path: 'frontmatter.quiz', message: `Das Quiz "${lesson.quiz}" gehört laut ${quizFiles.get(quiz.id)} zur Lektion "${quiz.lesson}".` });
    } else {
      for (const { in: where, ...problem } of checkSceneChecks(lesson.model, quiz.checks, { file: SOURCES_FILE, has: (id) => sources.has(id) })) {
        problems.push({ ...problem, file: where === 'lesson' ? file : quizFiles.get(quiz.id)! });
      }
    }
    const owner = quizOwners.get(lesson.quiz);
    if (owner) problems.push({ file, path: 'frontmatter.quiz', message: `Das Quiz "${lesson.quiz}" nutzt schon ${owner}.` });
    quizOwners.set(lesson.quiz, file);
    checkLessonBody(lesson, { quizzes, sources, glossary, graphics }, slugs, problems);
    for (const message of missingInLesson(lessonStats(lesson.model), quiz)) problems.push({ file, path: '', message });
  }
  for (const quiz of quizzes.values()) {
    if (quiz.kind !== 'lesson' || !quiz.lesson) continue;
    if (!slugs.has(quiz.lesson) && !problems.some((p) => p.file === `lessons/${quiz.lesson}.mdx`)) {
      problems.push({ file: quizFiles.get(quiz.id)!, path: 'lesson', message: `Die Lektion "${quiz.lesson}" gibt es nicht in lessons/.` });
    } else if (!quizOwners.has(quiz.id) && slugs.has(quiz.lesson)) {
      problems.push({ file: quizFiles.get(quiz.id)!, path: 'lesson', message: `Die Lektion "${quiz.lesson}" nennt dieses Quiz nicht in ihrem Frontmatter.` });
    }
  }

  const guides = readGuides(files, lessons, problems);
  checkCourseQuizzes(quizzes, quizFiles, problems);
  // A lesson that cannot be read names no goals, so every question on them would be reported too; its own problems come first.
  if (lessons.length === lessonFiles.length) {
    for (const problem of checkGoals(lessons, ownQuestions, quizzes)) {
      const file = problem.quizId ? quizFiles.get(problem.quizId)! : `lessons/${problem.lessonSlug}.mdx`;
      problems.push({ file, path: problem.path, message: problem.message });
    }
  }

  return problems.length > 0 ? { ok: false, problems } : { ok: true, course: { lessons, guides, quizzes, sources, glossary, graphics } };
}
