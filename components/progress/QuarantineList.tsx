'use client';

import type { QuarantinedData } from '@/lib/progress/store';
import { withProgressStore } from '@/lib/progress/browser-store';
import { downloadText, quarantineFileName } from '@/lib/progress/export-file';
import { formatDateTime } from '@/lib/format';

/** The notice about data that could not be read: kept aside unchanged, listed with a download (site and SCORM package). */
export function QuarantineNotice({ items }: { items: QuarantinedData[] }) {
  return (
    <div className="notice notice--warning">
      <p>
        <strong>Wir konnten gespeicherte Daten nicht lesen.</strong> Sie sind nicht verloren: Wir haben sie unverändert
        beiseitegelegt. Du kannst sie herunterladen, zum Beispiel um sie deiner Lehrkraft zu zeigen.
      </p>
      <QuarantineList items={items} />
    </div>
  );
}

/** Data that could not be read, with a download and — after confirmation — a way to delete it. */
export function QuarantineList({ items }: { items: QuarantinedData[] }) {
  return (
    <ul className="quarantine-list">
      {items.map((item, index) => (
        <li key={item.key}>
          <p>
            <strong>Beiseitegelegt am {formatDateTime(item.savedAt)}:</strong> {item.problem}
          </p>
          <div className="button-row">
            <button
              type="button"
              className="button button--secondary"
              onClick={() => downloadText(quarantineFileName(index + 1), item.raw)}
            >
              Daten herunterladen
            </button>
            <button
              type="button"
              className="button button--quiet"
              onClick={() => {
                if (window.confirm('Diese beiseitegelegten Daten endgültig löschen? Lade sie vorher herunter, wenn du sie behalten möchtest.')) {
                  withProgressStore((store) => store.discardQuarantined(item.key));
                }
              }}
            >
              Löschen
            </button>
          </div>
        </li>
      ))}
    </ul>
  );
}
