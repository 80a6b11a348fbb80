import Link from '@/components/site/Link';
import { courseOverview } from '@/lib/content/queries';
import { routes } from '@/lib/site/routes';
import { ContinueLink } from '@/components/progress/ContinueLink';
import { LessonStatusBadge } from '@/components/progress/LessonStatusBadge';
import { ProfileSwitcher } from '@/components/progress/ProfileSwitcher';
import { QuizStatusBadge } from '@/components/progress/QuizStatusBadge';

export default function CoursePage() {
  const { lessons, entry, final } = courseOverview();
  return (
    <div className="page">
      <section className="hero" aria-labelledby="kurs-titel">
        <h1 id="kurs-titel">Rauchzeichen</h1>
        <p className="hero__lead">
          Steffen liebt Musik. Sein Vater raucht. Begleite Steffen durch ein schwieriges Jahr und finde heraus, was
          Rauchen mit dem Körper und mit einer Familie macht – und was hilft.
        </p>
        <ContinueLink lessons={lessons.map(({ slug, title }) => ({ slug, title }))} />
      </section>

      <section aria-labelledby="lektionen-titel">
        <h2 id="lektionen-titel">Die Lektionen</h2>
        {entry && (
          <div className="lesson-card lesson-card--extra">
            <h3 className="lesson-card__title">
              <Link href={routes.entryCheck}>
                <span className="lesson-card__number">Vor dem Start</span> {entry.title}
              </Link>
            </h3>
            <p>{entry.questionCount} kurze Fragen ohne Note. Am Ende siehst du, was du dazugelernt hast.</p>
            <QuizStatusBadge quizId={entry.id} kind="entry" />
          </div>
        )}
        <ol className="lesson-list">
          {lessons.map((lesson) => (
            <li key={lesson.slug} className="lesson-card">
              <h3 className="lesson-card__title">
                <Link href={routes.lesson(lesson.slug)}>
                  <span className="lesson-card__number">Lektion {lesson.order}</span> {lesson.title}
                </Link>
              </h3>
              <p>{lesson.goal}</p>
              <p className="lesson-card__meta">Dauer: etwa {lesson.durationMinutes} Minuten</p>
              <LessonStatusBadge slug={lesson.slug} />
            </li>
          ))}
        </ol>
        {final && (
          <div className="lesson-card lesson-card--extra">
            <h3 className="lesson-card__title">
              <Link href={routes.finalTest}>
                <span className="lesson-card__number">Zum Schluss</span> {final.title}
              </Link>
            </h3>
            <p>
              {final.questionCount} Fragen aus allen Lektionen. Ab {final.passPercent} % gibt es eine
              Teilnahmebestätigung zum Ausdrucken.
            </p>
            <QuizStatusBadge quizId={final.id} kind="final" />
          </div>
        )}
      </section>

      <ProfileSwitcher />
    </div>
  );
}
