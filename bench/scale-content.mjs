// Generated test content for the benchmark's build-scaling figure: in a copy of the project, every lesson is
// written again `copies` more times under a new slug, with its own goals, quiz and teacher's guide, so a
// course of 6 lessons becomes one of 12 (copies = 1), 18 (copies = 2) and so on. The content passes the real
// build's validation (lib/content/validate.ts):
//   lessons/<slug>-<n>.mdx    the lesson's text unchanged; frontmatter with a new title, order, goal ids, quiz;
//   quizzes/<quiz>-<n>.yaml   the quiz with a new id, lesson and title; its questions name the new goal ids;
//   guides/<slug>-<n>.yaml    the teacher's guide, pointing at the new lesson;
//   the final test            draws from each new quiz the same questions it draws from the original
//                             (the rule: it checks at least one goal of every lesson).
// Never run it on the repository itself: it rewrites the final test's file. Usage from the command line:
//   node bench/scale-content.mjs <project copy> [copies]
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, stringify as yamlStringify } from 'yaml';

/** Plain YAML: no anchors for repeated lists, no folded lines. */
const stringify = (value) => yamlStringify(value, { aliasDuplicateObjects: false, lineWidth: 0 });

const FRONTMATTER = /^---\n([\s\S]*?)\n---\n/;

/** Writes a file as a new inode: a hard-linked copy of the project must never change the original's file. */
function replaceFile(path, text) {
  rmSync(path, { force: true });
  writeFileSync(path, text);
}

const yamlFiles = (dir) => readdirSync(dir).filter((name) => /\.ya?ml$/.test(name)).sort();

/**
 * Adds `copies` generated copies of every lesson to the project at `root`.
 * Returns what it wrote: { lessons: [slug …], files: [path …] } (paths relative to root).
 */
export function scaleContent(root, copies = 1) {
  const lessonFiles = readdirSync(join(root, 'lessons')).filter((name) => name.endsWith('.mdx')).sort();
  const originals = lessonFiles.map((name) => {
    const text = readFileSync(join(root, 'lessons', name), 'utf8');
    const match = FRONTMATTER.exec(text);
    if (!match) throw new Error(`lessons/${name}: no frontmatter`);
    return { slug: name.replace(/\.mdx$/, ''), meta: parse(match[1]), body: text.slice(match[0].length) };
  });
  const maxOrder = Math.max(...originals.map((lesson) => lesson.meta.order));
  const quizzes = new Map(
    yamlFiles(join(root, 'quizzes')).map((name) => [name, parse(readFileSync(join(root, 'quizzes', name), 'utf8'))]),
  );
  const quizFileOf = (id) => [...quizzes].find(([, quiz]) => quiz.id === id)?.[0];
  const written = { lessons: [], files: [] };
  const write = (path, text) => {
    replaceFile(join(root, path), text);
    written.files.push(path);
  };
  const extraDraws = [];

  for (let n = 2; n <= copies + 1; n++) {
    const suffix = (id) => `${id}-${n}`;
    for (const { slug, meta, body } of originals) {
      const newSlug = suffix(slug);
      const goalIds = new Map(meta.goals.map((goal) => [goal.id, suffix(goal.id)]));
      const renameGoals = (question) => ({ ...question, goals: question.goals.map((id) => goalIds.get(id) ?? id) });

      const quizFile = quizFileOf(meta.quiz);
      if (!quizFile) throw new Error(`lessons/${slug}.mdx: quiz "${meta.quiz}" not found in quizzes/`);
      const quiz = quizzes.get(quizFile);
      const newQuizId = suffix(quiz.id);
      write(
        `quizzes/${newQuizId}.yaml`,
        stringify({
          ...quiz,
          id: newQuizId,
          lesson: newSlug,
          title: `${quiz.title} (Testkopie ${n})`,
          questions: (quiz.questions ?? []).map(renameGoals),
          ...(quiz.checks ? { checks: quiz.checks.map((check) => ({ ...check, questions: check.questions.map(renameGoals) })) } : {}),
        }),
      );

      const newMeta = {
        ...meta,
        title: `${meta.title} (Testkopie ${n})`,
        order: meta.order + (n - 1) * maxOrder,
        goals: meta.goals.map((goal) => ({ ...goal, id: goalIds.get(goal.id) })),
        quiz: newQuizId,
      };
      write(`lessons/${newSlug}.mdx`, `---\n${stringify(newMeta).trimEnd()}\n---\n${body}`);

      const guidePath = join(root, 'guides', `${slug}.yaml`);
      const guide = parse(readFileSync(guidePath, 'utf8'));
      write(`guides/${newSlug}.yaml`, stringify({ ...guide, lesson: newSlug }));

      extraDraws.push({ from: quiz.id, to: newQuizId });
      written.lessons.push(newSlug);
    }
  }

  // The final test draws from every new quiz what it draws from the original.
  for (const [name, quiz] of quizzes) {
    if (quiz.kind !== 'final' || !Array.isArray(quiz.draw)) continue;
    const draw = [...quiz.draw];
    for (const { from, to } of extraDraws) {
      const original = quiz.draw.find((entry) => entry.quiz === from);
      if (original) draw.push({ ...original, quiz: to });
    }
    write(`quizzes/${name}`, stringify({ ...quiz, draw }));
  }
  return written;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [root, copies = '1'] = process.argv.slice(2);
  if (!root) {
    console.error('Usage: node bench/scale-content.mjs <project copy> [copies]');
    process.exit(1);
  }
  const { lessons, files } = scaleContent(root, Number(copies));
  console.log(`${lessons.length} lessons added (${files.length} files): ${lessons.join(', ')}`);
}
