import type { Metadata } from 'next';
import { progressPage } from '@/lib/content/queries';
import { ProgressOverview } from '@/components/progress/ProgressOverview';
import { ProgressChart } from '@/components/progress/ProgressChart';
import { ProfileSwitcher } from '@/components/progress/ProfileSwitcher';

export const metadata: Metadata = { title: 'Mein Fortschritt' };

export default function ProgressPage() {
  const { lessons, chartLessons, entry, final, comparison } = progressPage();
  return (
    <div className="page">
      <h1>Mein Fortschritt</h1>
      <ProgressOverview
        lessons={lessons}
        entry={entry}
        final={final}
        afterTable={<ProgressChart lessons={chartLessons} finalQuizId={final?.id} entry={comparison} />}
      />
      <ProfileSwitcher />
    </div>
  );
}
