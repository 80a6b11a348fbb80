'use client';

import Link from '@/components/site/Link';
import { useState } from 'react';
import { lessonStateLabels } from '@/lib/progress/lesson-state';
import type { LessonStatus, QuizStatus } from '@/lib/progress/summary';
import type { ImportResult } from '@/lib/progress/store';
import { IMPORT_TOO_LARGE, MAX_IMPORT_BYTES } from '@/lib/progress/limits';
import { formatDateTime } from '@/lib/format';
import { routes } from '@/lib/site/routes';
import { isDefaultProfileName } from '@/lib/progress/names';
import { useProgress } from './useProgress';
import { loadProgressStoreWithSchemas, withProgressStore as act } from '@/lib/progress/browser-store';
import { downloadText, progressFileName } from '@/lib/progress/export-file';
import { ConfirmDialog } from './ConfirmDialog';
import { QuarantineList } from './QuarantineList';
import type { LessonRef } from '@/lib/content/types';

/** The entry check or the final test, listed with the lessons. */
export interface CourseTestRef {
  id: string;
  title: string;
}

function attemptsText(status: QuizStatus): string {
  const practice = status.mistakeRounds > 0 ? ` (+ ${status.mistakeRounds} Übungsrunde${status.mistakeRounds === 1 ? '' : 'n'})` : '';
  return `${status.attempts}${practice}`;
}

function lastAttemptText(status: QuizStatus, withPercent = true): string {
  if (!status.lastAttempt) return '–';
  const at = formatDateTime(status.lastAttempt.attempt.at);
  return withPercent ? `${status.lastAttempt.result.percent} % am ${at}` : `am ${at}`;
}

function bestText(status: QuizStatus): string {
  return status.bestPercent === null ? '–' : `${status.bestPercent} %`;
}

const lessonCells = (status: LessonStatus) => [lessonStateLabels[status.state], attemptsText(status), bestText(status), lastAttemptText(status)];

// The entry check is not a test: no result, only that it was done.
const entryCells = (status: QuizStatus) => [
  status.lastAttempt ? 'Erledigt' : 'Noch nicht gemacht',
  attemptsText(status),
  'ohne Wertung',
  lastAttemptText(status, false),
];

const finalCells = (status: QuizStatus) => [
  status.passed ? 'Bestanden' : status.lastAttempt ? 'Noch nicht bestanden' : 'Noch nicht gemacht',
  attemptsText(status),
  bestText(status),
  lastAttemptText(status),
];

/** What a row shows until the store has loaded (as "…"). */
const noResult: QuizStatus = { attempts: 0, mistakeRounds: 0, bestPercent: null, lastAttempt: null, passed: false };

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

const columnLabels = ['Status', 'Quiz-Versuche', 'Bestes Ergebnis', 'Letzter Versuch'] as const;

/**
 * One part of the course. On a narrow screen the row becomes a card: `data-label` puts the column
 * name beside each value (CSS), so no column is hidden off-screen.
 */
function ProgressRow({ href, title, cells, loading }: { href: string; title: string; cells: string[]; loading: boolean }) {
  return (
    <tr>
      <th scope="row">
        <Link href={href}>{title}</Link>
      </th>
      {cells.map((value, index) => (
        <td key={columnLabels[index]} data-label={columnLabels[index]}>
          {loading ? '…' : value}
        </td>
      ))}
    </tr>
  );
}

/** "Mein Fortschritt": status of the entry check, every lesson and the final test; export, import, reset. */
export function ProgressOverview({
  lessons,
  entry,
  final,
  afterTable,
}: {
  lessons: LessonRef[];
  entry?: CourseTestRef;
  final?: CourseTestRef;
  /** Shown right after the table: the same results as a chart. */
  afterTable?: React.ReactNode;
}) {
  const progress = useProgress();
  const [importResult, setImportResult] = useState<{ ok: boolean; message: string } | null>(null);
  const [confirming, setConfirming] = useState<'reset' | 'delete' | null>(null);
  // Until the store has loaded, the same layout shows placeholders, so nothing jumps when it arrives.
  const loading = !progress;
  const profile = progress?.profile ?? { id: '', name: '…', createdAt: '', lessons: {}, attempts: [] };
  const results = progress?.results;

  async function importFile(file: File) {
    if (file.size > MAX_IMPORT_BYTES) {
      setImportResult({ ok: false, message: importMessage({ ok: false, problem: IMPORT_TOO_LARGE }) });
      return;
    }
    const result = (await loadProgressStoreWithSchemas()).importText(await file.text());
    setImportResult({ ok: result.ok, message: importMessage(result) });
  }

  return (
    <>
      <p className="lead">
        {isDefaultProfileName(profile.name) ? (
          <>Du lernst mit deinem Profil ohne Namen.</>
        ) : (
          <>
            Du lernst als <strong>{profile.name}</strong>.
          </>
        )}{' '}
        {progress ? modeLabels[progress.mode] : 'Dein Fortschritt wird geladen …'}
      </p>

      <section aria-labelledby="lektionen-stand">
        <h2 id="lektionen-stand">Dein Kurs</h2>
        <table className="progress-table">
          <caption className="visually-hidden">Stand für {profile.name}</caption>
          <thead>
            <tr>
              <th scope="col">Kursteil</th>
              <th scope="col">Status</th>
              <th scope="col">Quiz-Versuche</th>
              <th scope="col">Bestes Ergebnis</th>
              <th scope="col">Letzter Versuch</th>
            </tr>
          </thead>
          <tbody>
            {entry && (
              <ProgressRow
                href={routes.entryCheck}
                title={`Vor dem Start: ${entry.title}`}
                loading={loading}
                cells={entryCells(results?.quizStatus(entry.id) ?? noResult)}
              />
            )}
            {lessons.map((lesson) => (
              <ProgressRow
                key={lesson.slug}
                href={routes.lesson(lesson.slug)}
                title={`${lesson.order}. ${lesson.title}`}
                loading={loading}
                cells={lessonCells(results?.lessonStatus(lesson.slug) ?? { ...noResult, state: 'not-started' })}
              />
            ))}
            {final && (
              <ProgressRow
                href={routes.finalTest}
                title={`Zum Schluss: ${final.title}`}
                loading={loading}
                cells={finalCells(results?.quizStatus(final.id) ?? noResult)}
              />
            )}
          </tbody>
        </table>
      </section>

      {afterTable}

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
              act((store) => downloadText(progressFileName(profile.name), store.exportText()))
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
