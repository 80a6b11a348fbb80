'use client';

import Link from 'next/link';
import { useState } from 'react';
import { lessonStateLabels, lessonStatus } from '@/lib/progress/summary';
import type { ImportResult } from '@/lib/progress/store';
import { IMPORT_TOO_LARGE, MAX_IMPORT_BYTES } from '@/lib/progress/limits';
import { formatDateTime } from '@/lib/format';
import { loadProgressStore, useProgress, withProgressStore as act } from './progress-client';
import { downloadText, fileDate } from './download';
import { ConfirmDialog } from './ConfirmDialog';
import { QuarantineList } from './QuarantineList';

interface LessonRef {
  slug: string;
  title: string;
  order: number;
}

const modeLabels = {
  saved: 'Dein Fortschritt ist in diesem Browser gespeichert – nur hier, auf diesem Gerät.',
  memory: 'Dein Fortschritt kann gerade nicht gespeichert werden. Er bleibt nur, bis du den Tab schließt. Sichere ihn als Datei.',
  guest: 'Gastmodus: Es wird nichts gespeichert.',
} as const;

function importMessage(result: ImportResult): string {
  if (!result.ok) return `Import nicht möglich: ${result.problem} Dein bisheriger Fortschritt ist unverändert.`;
  const { attemptsAdded, lessonsStarted, lessonsCompleted } = result.summary;
  if (attemptsAdded + lessonsStarted + lessonsCompleted === 0) return 'Import abgeschlossen: Die Datei enthielt nichts Neues.';
  const parts = [
    `${attemptsAdded} ${attemptsAdded === 1 ? 'neuer Quiz-Versuch' : 'neue Quiz-Versuche'}`,
    `${lessonsStarted} ${lessonsStarted === 1 ? 'Lektion' : 'Lektionen'} neu begonnen`,
    `${lessonsCompleted} ${lessonsCompleted === 1 ? 'Lektion' : 'Lektionen'} neu abgeschlossen`,
  ];
  return `Import abgeschlossen: ${parts.join(', ')}.`;
}

function safeFileName(name: string): string {
  return name
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** "Mein Fortschritt": per-lesson status, export, import, reset. */
export function ProgressOverview({ lessons }: { lessons: LessonRef[] }) {
  const progress = useProgress();
  const [importResult, setImportResult] = useState<{ ok: boolean; message: string } | null>(null);
  const [confirming, setConfirming] = useState<'reset' | 'delete' | null>(null);
  // Until the store has loaded, the same layout shows placeholders, so nothing jumps when it arrives.
  const loading = !progress;
  const profile = progress?.profile ?? { id: '', name: '…', createdAt: '', lessons: {}, attempts: [] };

  async function importFile(file: File) {
    if (file.size > MAX_IMPORT_BYTES) {
      setImportResult({ ok: false, message: importMessage({ ok: false, problem: IMPORT_TOO_LARGE }) });
      return;
    }
    const result = (await loadProgressStore()).importText(await file.text());
    setImportResult({ ok: result.ok, message: importMessage(result) });
  }

  return (
    <>
      <p className="lead">
        Du lernst als <strong>{profile.name}</strong>. {progress ? modeLabels[progress.mode] : 'Dein Fortschritt wird geladen …'}
      </p>

      <section aria-labelledby="lektionen-stand">
        <h2 id="lektionen-stand">Deine Lektionen</h2>
        <div className="table-wrap">
          <table className="progress-table">
            <caption className="visually-hidden">Stand für {profile.name}</caption>
            <thead>
              <tr>
                <th scope="col">Lektion</th>
                <th scope="col">Status</th>
                <th scope="col">Quiz-Versuche</th>
                <th scope="col">Bestes Ergebnis</th>
                <th scope="col">Letzter Versuch</th>
              </tr>
            </thead>
            <tbody>
              {lessons.map((lesson) => {
                const status = lessonStatus(profile, lesson.slug);
                const cell = (value: string) => (loading ? '…' : value);
                return (
                  <tr key={lesson.slug}>
                    <th scope="row">
                      <Link href={`/lektionen/${lesson.slug}`}>
                        {lesson.order}. {lesson.title}
                      </Link>
                    </th>
                    <td>{cell(lessonStateLabels[status.state])}</td>
                    <td>
                      {cell(
                        `${status.attempts}${status.mistakeRounds > 0 ? ` (+ ${status.mistakeRounds} Fehler-Wiederholung${status.mistakeRounds === 1 ? '' : 'en'})` : ''}`,
                      )}
                    </td>
                    <td>{cell(status.bestPercent === null ? '–' : `${status.bestPercent} %`)}</td>
                    <td>{cell(status.lastAttempt ? `${status.lastAttempt.percent} % am ${formatDateTime(status.lastAttempt.at)}` : '–')}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </section>

      <section aria-labelledby="sichern">
        <h2 id="sichern">Sichern und mitnehmen</h2>
        <p>
          Speichere deinen Fortschritt als Datei, um ihn auf einem anderen Gerät weiterzuführen. Die Datei bleibt bei dir;
          nichts wird verschickt.
        </p>
        <div className="button-row">
          <button
            type="button"
            className="button button--secondary"
            disabled={loading}
            onClick={() =>
              act((store) => downloadText(`rauchzeichen-fortschritt-${safeFileName(profile.name) || 'profil'}-${fileDate()}.json`, store.exportText()))
            }
          >
            Fortschritt exportieren
          </button>
        </div>
        <label className="field">
          <span className="field__label">Fortschritt aus einer Datei importieren (wird zu {profile.name} hinzugefügt)</span>
          <input
            type="file"
            disabled={loading}
            accept="application/json,.json"
            onChange={(event) => {
              const file = event.target.files?.[0];
              if (file) void importFile(file);
              event.target.value = '';
            }}
          />
        </label>
        <div role="status" className={importResult ? `notice ${importResult.ok ? 'notice--success' : 'notice--warning'}` : undefined}>
          {importResult?.message}
        </div>
      </section>

      {progress && progress.quarantined.length > 0 && (
        <section aria-labelledby="beiseitegelegt">
          <h2 id="beiseitegelegt">Beiseitegelegte Daten</h2>
          <p>Diese Daten konnten wir nicht lesen. Sie sind unverändert aufbewahrt.</p>
          <QuarantineList items={progress.quarantined} />
        </section>
      )}

      <section aria-labelledby="neu-anfangen">
        <h2 id="neu-anfangen">Neu anfangen</h2>
        <div className="button-row">
          <button type="button" className="button button--danger" disabled={loading} onClick={() => setConfirming('reset')}>
            Fortschritt zurücksetzen
          </button>
          {progress && progress.record.profiles.length > 1 && progress.mode !== 'guest' && (
            <button type="button" className="button button--quiet" onClick={() => setConfirming('delete')}>
              Profil „{profile.name}“ löschen
            </button>
          )}
        </div>
      </section>

      <ConfirmDialog
        open={confirming === 'reset'}
        title="Fortschritt zurücksetzen?"
        confirmLabel="Ja, zurücksetzen"
        onCancel={() => setConfirming(null)}
        onConfirm={() => {
          act((store) => store.resetActiveProfile());
          setConfirming(null);
        }}
      >
        <p>
          Alle Lektionen und Quiz-Ergebnisse von {profile.name} werden gelöscht. Das lässt sich nicht rückgängig machen.
          Tipp: Exportiere deinen Fortschritt vorher.
        </p>
      </ConfirmDialog>
      <ConfirmDialog
        open={confirming === 'delete'}
        title={`Profil „${profile.name}“ löschen?`}
        confirmLabel="Ja, Profil löschen"
        onCancel={() => setConfirming(null)}
        onConfirm={() => {
          act((store) => store.deleteProfile(profile.id));
          setConfirming(null);
        }}
      >
        <p>Das Profil und sein ganzer Fortschritt werden gelöscht. Das lässt sich nicht rückgängig machen.</p>
      </ConfirmDialog>
    </>
  );
}
