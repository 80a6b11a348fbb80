import type { Metadata } from 'next';
import { getCourse } from '@/lib/content/load';
import { ProgressOverview } from '@/components/progress/ProgressOverview';
import { ProfileSwitcher } from '@/components/progress/ProfileSwitcher';

export const metadata: Metadata = { title: 'Mein Fortschritt' };

export default function ProgressPage() {
  const lessons = getCourse().lessons.map(({ slug, title, order }) => ({ slug, title, order }));
  return (
    <div className="page">
      <h1>Mein Fortschritt</h1>
      <ProgressOverview lessons={lessons} />
      <ProfileSwitcher />
    </div>
  );
}
