'use client';

import Link from 'next/link';
import { useProgress, withProgressStore } from './progress-client';
import { QuarantineList } from './QuarantineList';

const storageMessages = {
  unavailable:
    'Dieser Browser erlaubt gerade kein Speichern (zum Beispiel im privaten Modus). Du kannst trotzdem weiterlernen. Dein Fortschritt bleibt aber nur, bis du den Tab schließt.',
  full: 'Der Speicher dieses Browsers ist voll. Du kannst weiterlernen, aber neue Ergebnisse bleiben nur, bis du den Tab schließt.',
} as const;

/** Site-wide notices about the learner's data: never silent, never blocking. */
export function ProgressNotices() {
  const progress = useProgress();
  if (!progress) return null;
  const { mode, storageProblem, quarantined } = progress;
  if (mode !== 'guest' && !storageProblem && quarantined.length === 0) return null;
  return (
    <section className="notices" aria-label="Hinweise zu deinem Fortschritt">
      {mode === 'guest' && (
        <div className="notice notice--info">
          <p>
            <strong>Gastmodus:</strong> Es wird nichts gespeichert. Wenn du den Tab schließt, ist alles weg.
          </p>
          <button type="button" className="button button--secondary" onClick={() => withProgressStore((store) => store.leaveGuestMode())}>
            Gastmodus beenden
          </button>
        </div>
      )}
      {storageProblem && mode !== 'guest' && (
        <div className="notice notice--warning">
          <p>
            <strong>Speichern nicht möglich.</strong> {storageMessages[storageProblem]} Auf{' '}
            <Link href="/fortschritt">Mein Fortschritt</Link> kannst du ihn als Datei sichern.
          </p>
        </div>
      )}
      {quarantined.length > 0 && (
        <div className="notice notice--warning">
          <p>
            <strong>Wir konnten gespeicherte Daten nicht lesen.</strong> Sie sind nicht verloren: Wir haben sie
            unverändert beiseitegelegt. Du kannst sie herunterladen, zum Beispiel um sie deiner Lehrkraft zu zeigen.
          </p>
          <QuarantineList items={quarantined} />
        </div>
      )}
    </section>
  );
}
