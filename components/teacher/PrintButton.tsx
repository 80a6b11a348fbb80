'use client';

/** Opens the browser's print dialog (also "Als PDF speichern"). */
export function PrintButton({ label = 'Drucken' }: { label?: string }) {
  return (
    <button type="button" className="button button--primary no-print" onClick={() => window.print()}>
      {label}
    </button>
  );
}
