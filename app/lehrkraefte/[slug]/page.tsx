import Link from '@/components/site/Link';
import { notFound } from 'next/navigation';
import { guidePage, teacherParams } from '@/lib/content/queries';
import { routes, teacherLinks } from '@/lib/site/routes';
import type { NumberedQuestion } from '@/lib/content/goals';
import { isGraded } from '@/lib/quiz/graded';
import { expectedAnswer } from '@/lib/quiz/solution';
import { timedPhases } from '@/lib/teacher/lesson-plan';
import { promptOf } from '@/lib/teacher/class-quiz';
import { SourceLink } from '@/components/lesson/SourceCitation';
import { teacherMetadata } from './teacher-metadata';

export const dynamicParams = false;
export const generateStaticParams = teacherParams;

export const generateMetadata = teacherMetadata((lesson) => `Leitfaden zu Lektion ${lesson.order}: ${lesson.title}`);

/** The questions that check one goal: number and prompt (for a scenario, its situation). */
function QuestionList({ questions }: { questions: NumberedQuestion[] }) {
  if (questions.length === 0) return <>–</>;
  return (
    <ul>
      {questions.map(({ number, question }) => (
        <li key={question.id}>
          Frage {number}: {question.type === 'scenario' ? question.situation : question.prompt}
          {!isGraded(question) && ' (ohne Punkte)'}
        </li>
      ))}
    </ul>
  );
}

export default async function GuidePage({ params }: PageProps<'/lehrkraefte/[slug]'>) {
  const { lesson, quiz, guide, goals, facts } = guidePage((await params).slug) ?? notFound();
  return (
    <article className="page page--wide prose guide">
      <p className="breadcrumb">
        <Link href={routes.teacher.overview}>← Für Lehrkräfte</Link>
      </p>
      <p className="lesson__kicker">Leitfaden für Lehrkräfte · Lektion {lesson.order}</p>
      <h1>{lesson.title}</h1>
      <p className="lead">{guide.overview}</p>
      <nav aria-label="Material zu dieser Lektion">
        <ul className="link-list link-list--inline">
          <li>
            <Link href={routes.lesson(lesson.slug)}>Lektion ansehen</Link>
          </li>
          {teacherLinks(lesson.slug)
            .slice(1)
            .map((link) => (
              <li key={link.href}>
                <Link href={link.href}>{link.label}</Link>
              </li>
            ))}
        </ul>
      </nav>

      <h2 id="lernziele">Lernziele und die Fragen, die sie prüfen</h2>
      <p>
        Die Nummern sind die Fragen im Quiz zu dieser Lektion und im Abschlusstest. Fragen ohne Punkte geben nur
        Rückmeldung und zählen nicht zum Ergebnis.
      </p>
      <div className="table-wrap">
        <table className="progress-table" aria-labelledby="lernziele">
          <thead>
            <tr>
              <th scope="col">Lernziel</th>
              <th scope="col">Quiz zur Lektion</th>
              <th scope="col">Abschlusstest</th>
            </tr>
          </thead>
          <tbody>
            {goals.map(({ goal, lessonQuiz, finalTest }) => (
              <tr key={goal.id}>
                <th scope="row">{goal.text}</th>
                <td>
                  <QuestionList questions={lessonQuiz} />
                </td>
                <td>
                  <QuestionList questions={finalTest} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <h2>Vorbereitung</h2>
      <ul>
        {guide.preparation.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>

      <h2 id="ablauf">Ablauf ({lesson.durationMinutes} Minuten)</h2>
      <p>
        Zum Ausdrucken auf einer Seite: <Link href={routes.teacher.lessonPlan(lesson.slug)}>Stundenverlauf</Link> mit
        Lernzielen, Phasen, Material und den Kürzungen bei Zeitnot.
      </p>
      <div className="table-wrap">
        <table className="progress-table" aria-labelledby="ablauf">
          <thead>
            <tr>
              <th scope="col">Zeit</th>
              <th scope="col">Phase</th>
              <th scope="col">Lehrkraft</th>
              <th scope="col">Schülerinnen und Schüler</th>
              <th scope="col">Methode, Material</th>
            </tr>
          </thead>
          <tbody>
            {timedPhases(guide.phases).map(({ phase, start, end }) => (
              <tr key={phase.title}>
                <td>
                  {start}–{end} min
                </td>
                <th scope="row">{phase.title}</th>
                <td>{phase.teacher}</td>
                <td>{phase.pupils}</td>
                <td>
                  {phase.method}
                  {phase.material && <>; {phase.material}</>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <h2 id="zeitnot">Wenn die Zeit knapp wird</h2>
      <p>In dieser Reihenfolge kürzen:</p>
      <ol>
        {guide.shortOfTime.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ol>

      <h2>Gesprächsfragen</h2>
      {guide.discussion.map((item) => (
        <div key={item.question} className="guide__question">
          <h3>{item.question}</h3>
          <ul>
            {item.hints.map((hint) => (
              <li key={hint}>{hint}</li>
            ))}
          </ul>
        </div>
      ))}

      <h2>Erwartete Antworten im Quiz</h2>
      <ol className="guide__answers">
        {quiz.questions.map((question) => (
          <li key={question.id}>
            <p>
              <strong>{promptOf(question)}</strong>
            </p>
            <p>Erwartet: {expectedAnswer(question)}</p>
          </li>
        ))}
      </ol>

      <h2>Differenzierung</h2>
      <h3>Für Schnellere</h3>
      <ul>
        {guide.differentiation.faster.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
      <h3>Zur Unterstützung</h3>
      <ul>
        {guide.differentiation.slower.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
      <p>
        Das Arbeitsblatt gibt es auch als{' '}
        <Link href={routes.teacher.easierWorksheet(lesson.slug)}>leichtere Fassung mit Satzanfängen</Link> zu jeder
        Aufgabe; die <Link href={routes.teacher.answerKey(lesson.slug)}>Lösungen</Link> passen zu beiden Fassungen.
      </p>

      <h2>Hausaufgabe</h2>
      <p>{guide.homework}</p>

      <h2>Sensible Situationen</h2>
      <ul>
        {guide.sensitive.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
      <p>
        Hilfe für Kinder und Jugendliche: Nummer gegen Kummer <a href="tel:116111">116 111</a>, weitere Angebote unter{' '}
        <Link href={routes.help}>Hilfe finden</Link>.
      </p>

      <h2>Fakten und Quellen auf einen Blick</h2>
      <ul>
        {facts.map((fact) => (
          <li key={fact.text}>
            <strong>{fact.title}:</strong> {fact.text}{' '}
            <span className="source">
              (Quelle: <SourceLink source={fact.source} />)
            </span>
          </li>
        ))}
      </ul>
    </article>
  );
}
