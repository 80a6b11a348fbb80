import Link from '@/components/site/Link';
import type { Quiz } from '@/lib/quiz/schema';
import { HelpBox } from '@/components/lesson/HelpBox';
import { LateSignOutBox } from '@/components/site/LateParts';
import type { NextStep } from '@/lib/quiz/next-step';
import type { EntryComparison } from '@/lib/progress/comparison';
import type { SourceRef } from '@/lib/content/citation';
import { QuizRunner } from './QuizRunner';

/** A quiz page: heading, how it works, the interactive runner, help. Server component. */
export function QuizScreen({
  quiz,
  back,
  next = null,
  about,
  sources,
  comparison,
  storageNote = 'Dein Ergebnis wird nur in diesem Browser gespeichert.',
  signOut = true,
}: {
  quiz: Quiz;
  back: { href: string; label: string };
  /** Where the main button leads after passing (or after the entry check). */
  next?: NextStep | null;
  /** One sentence on what this quiz is for. */
  about: string;
  /** The sources the quiz's questions cite, by id. */
  sources: Record<string, SourceRef>;
  comparison?: EntryComparison;
  /** Where the result is kept, in one sentence (a SCORM package says: in the learning platform). */
  storageNote?: string;
  /** The sign-out box for shared computers; a SCORM package has none, since the platform knows the pupil. */
  signOut?: boolean;
}) {
  return (
    <div className="page quiz-page">
      <p className="breadcrumb">
        <Link href={back.href}>← {back.label}</Link>
      </p>
      <h1>{quiz.title}</h1>
      {quiz.intro && <p className="lead">{quiz.intro}</p>}
      <p>
        {quiz.questions.length} Fragen. {about} {storageNote}
      </p>
      {/* The checks after the scenes belong to the lesson page; the quiz page's browser code needs none of them. */}
      <QuizRunner quiz={{ ...quiz, checks: [] }} back={back} next={next} sources={sources} comparison={comparison} />
      <HelpBox />
      {signOut && <LateSignOutBox />}
    </div>
  );
}
