import type { ReactNode } from 'react';
import Link from '@/components/site/Link';
import type { Lesson } from '@/lib/content/types';
import { routes } from '@/lib/site/routes';
import { LateMarkLessonStarted } from '@/components/site/LateParts';

/**
 * A lesson as the pupil reads it: heading, goals, the story and facts, the way to the quiz, then `after` (help and
 * navigation). The website's lesson page and the lesson's SCORM package both show it. Server component.
 */
export function LessonArticle({
  lesson,
  content,
  quizNote,
  quizStatus,
  after,
}: {
  lesson: Lesson;
  content: ReactNode;
  quizNote: string;
  /** The pupil's state at the quiz, where the page has no course overview to show it (a SCORM package). */
  quizStatus?: ReactNode;
  after: ReactNode;
}) {
  return (
    <article className="page lesson">
      <LateMarkLessonStarted slug={lesson.slug} />
      <header className="lesson__header">
        <p className="lesson__kicker">Lektion {lesson.order}</p>
        <h1>{lesson.title}</h1>
        <p className="lesson__meta">Dauer: etwa {lesson.durationMinutes} Minuten</p>
        <section className="goals" aria-labelledby="lernziele">
          <h2 id="lernziele">Das lernst du</h2>
          <ul>
            {lesson.goals.map((goal) => (
              <li key={goal.id}>{goal.text}</li>
            ))}
          </ul>
        </section>
      </header>

      <div className="lesson__content">{content}</div>

      <section className="quiz-cta" aria-labelledby="quiz-cta-titel">
        <h2 id="quiz-cta-titel">Teste dein Wissen</h2>
        <p>{quizNote}</p>
        {quizStatus}
        <Link className="button button--primary" href={routes.lessonQuiz(lesson.slug)}>
          Zum Quiz
        </Link>
      </section>

      {after}
    </article>
  );
}
