'use client';

import { useSyncExternalStore } from 'react';
import { useProgress } from '@/components/progress/useProgress';
import { QuarantineNotice } from '@/components/progress/QuarantineList';
import { storageProblemText } from '@/lib/progress/notices';
import { packageStatus, subscribeToPackageStatus } from '@/lib/scorm/package-status';

const noStatus = () => null;

/**
 * A SCORM package's notices: only what the pupil must know, never an alarm about a missing platform (outside an
 * LMS the package is a plain offline lesson). The LMS refusing to save, data that could not be read (kept aside,
 * offered as a download), a browser that cannot save.
 */
export function PackageNotices() {
  const progress = useProgress();
  const status = useSyncExternalStore(subscribeToPackageStatus, packageStatus, noStatus);
  if (!progress || !status) return null;
  const lmsProblem = status.inLms && status.problems > 0;
  const storageProblem = !status.inLms && progress.mode !== 'guest' ? progress.storageProblem : null;
  if (!lmsProblem && status.leftOut === 0 && progress.quarantined.length === 0 && !storageProblem) return null;
  return (
    <section className="notices" aria-label="Hinweise zu deinem Fortschritt">
      {lmsProblem && (
        <div className="notice notice--warning" role="alert">
          <p>
            <strong>Die Lernplattform hat nicht alles gespeichert.</strong> Lass diese Seite offen und sag deiner Lehrkraft
            Bescheid. Dein Ergebnis siehst du hier weiterhin.
          </p>
        </div>
      )}
      {status.leftOut > 0 && (
        <div className="notice notice--info">
          <p>
            Nicht alle deine Versuche passen in den Speicher der Lernplattform. Dein bestes und dein letztes Ergebnis sind
            dort gespeichert.
          </p>
        </div>
      )}
      {storageProblem && (
        <div className="notice notice--warning">
          <p>
            <strong>Speichern nicht möglich.</strong> {storageProblemText[storageProblem]}
          </p>
        </div>
      )}
      {progress.quarantined.length > 0 && <QuarantineNotice items={progress.quarantined} />}
    </section>
  );
}
