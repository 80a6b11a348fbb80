import type { Metadata } from 'next';
import { courseQuiz, getCourse } from '@/lib/content/load';
import { ProgressOverview } from '@/components/progress/ProgressOverview';
import { ProfileSwitcher } from '@/components/progress/ProfileSwitcher';

export const metadata: Metadata = { title: 'Mein Fortschritt' };

export default function ProgressPage() {
  const lessons = getCourse().lessons.map(({ slug, title, order }) => ({ slug, title, order }));
  const [entry, final] = (['entry', 'final'] as const).map((kind) => {
    const quiz = courseQuiz(kind);
    return quiz && { id: quiz.id, title: quiz.title };
  });
  return (
    <div className="page">
      <h1>Mein Fortschritt</h1>
      <ProgressOverview lessons={lessons} entry={entry} final={final} />
      <ProfileSwitcher />
    </div>
  );
}
