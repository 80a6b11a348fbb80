'use client';

import { useId, useState } from 'react';
import { useHydrated } from '@/components/teacher/useTabStorage';

/** An organ as the buttons need it: its id and name, and its fact with the source, already rendered on the server. */
export interface ExplorableOrgan {
  id: string;
  name: string;
  details: React.ReactNode;
}

/**
 * The body figure's controls: one toggle button per organ beside the figure. Selecting one highlights it in the
 * figure (`data-selected`, drawn by CSS) and shows its fact and source in a polite live panel. The figure and the
 * texts come rendered from the server; only the choice lives here. Until the page reacts the buttons are disabled;
 * the list below the figure holds the same content without them.
 */
export function BodyExplorer({ organs, children }: { organs: readonly ExplorableOrgan[]; children: React.ReactNode }) {
  const [selected, setSelected] = useState<string | null>(null);
  const hydrated = useHydrated();
  const panelId = `${useId()}-organ`;
  const current = organs.find((organ) => organ.id === selected);
  return (
    <div className="body-explorer" data-selected={selected ?? undefined}>
      <div className="body-explorer__figure">{children}</div>
      <div className="body-explorer__controls">
        <p className="body-explorer__hint" id={`${panelId}-hint`}>
          Wähle ein Organ:
        </p>
        <ul className="body-explorer__buttons" aria-labelledby={`${panelId}-hint`}>
          {organs.map((organ) => (
            <li key={organ.id}>
              <button
                type="button"
                className="body-explorer__button"
                aria-pressed={organ.id === selected}
                aria-controls={panelId}
                disabled={!hydrated}
                onClick={() => setSelected(organ.id === selected ? null : organ.id)}
              >
                {organ.name}
              </button>
            </li>
          ))}
        </ul>
        <div className="body-explorer__panel" id={panelId} aria-live="polite">
          {current ? (
            <>
              <p className="body-explorer__panel-title">{current.name}</p>
              {current.details}
            </>
          ) : (
            <p className="body-explorer__empty">Hier steht dann, was Rauchen dort anrichtet.</p>
          )}
        </div>
      </div>
    </div>
  );
}
