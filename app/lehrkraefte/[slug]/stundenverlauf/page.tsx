import { notFound } from 'next/navigation';
import { teacherPage, teacherParams } from '@/lib/content/queries';
import { routes } from '@/lib/site/routes';
import { PrintBar } from '@/components/teacher/Worksheet';
import { timedPhases } from '@/lib/teacher/lesson-plan';
import '@/components/teacher/print.css';
import { teacherMetadata } from '../teacher-metadata';

export const dynamicParams = false;
export const generateStaticParams = teacherParams;

export const generateMetadata = teacherMetadata((lesson) => `Stundenverlauf: ${lesson.title}`);

/**
 * The guide's plan for the lesson on one A4 page: goals, phases with minutes, method, material and what the
 * teacher does, and what to cut when time runs short. What the pupils do stays in the guide: with it the
 * longest lessons need two pages.
 */
export default async function LessonPlanPage({ params }: PageProps<'/lehrkraefte/[slug]/stundenverlauf'>) {
  const { lesson, guide } = teacherPage((await params).slug) ?? notFound();
  return (
    <div className="page page--wide print-page">
      <PrintBar lesson={lesson} label="Stundenverlauf drucken" />
      <article className="print-doc lesson-plan" aria-labelledby="verlauf-titel">
        <h1 id="verlauf-titel">
          Stundenverlauf: Lektion {lesson.order}, {lesson.title}
        </h1>
        <p className="lesson-plan__facts">
          <span>Dauer: {lesson.durationMinutes} Minuten</span>
          <span>Klasse: ________</span>
          <span>Datum: ____________</span>
        </p>

        <h2 id="verlauf-ziele">Lernziele</h2>
        <ul aria-labelledby="verlauf-ziele">
          {lesson.goals.map((goal) => (
            <li key={goal.id}>{goal.text}</li>
          ))}
        </ul>

        <h2 id="verlauf-phasen">Ablauf</h2>
        <table className="lesson-plan__table" aria-labelledby="verlauf-phasen">
          <colgroup>
            <col className="lesson-plan__col-time" />
            <col className="lesson-plan__col-phase" />
            <col />
          </colgroup>
          <thead>
            <tr>
              <th scope="col">Zeit</th>
              <th scope="col">Phase, Methode, Material</th>
              <th scope="col">Was die Lehrkraft tut</th>
            </tr>
          </thead>
          <tbody>
            {timedPhases(guide.phases).map(({ phase, start, end }) => (
              <tr key={phase.title}>
                <td className="lesson-plan__time">
                  {start}–{end} min
                </td>
                <th scope="row">
                  <p>{phase.title}</p>
                  <p className="lesson-plan__detail">
                    {phase.method}
                    {phase.material && <> · {phase.material}</>}
                  </p>
                </th>
                <td>{phase.teacher}</td>
              </tr>
            ))}
          </tbody>
        </table>

        <h2 id="verlauf-zeitnot">Wenn die Zeit knapp wird</h2>
        <ol aria-labelledby="verlauf-zeitnot">
          {guide.shortOfTime.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ol>
        <p className="lesson-plan__more">
          Was die Klasse tut, Gesprächsfragen, sensible Situationen: im Leitfaden unter {routes.teacher.guide(lesson.slug)}.
        </p>
      </article>
    </div>
  );
}
