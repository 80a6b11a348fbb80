'use client';

import { useId, useState } from 'react';
import { useHydrated } from '@/components/site/useHydrated';

/** An organ as the buttons need it: its id and name, its fact, and its source as label and address (plain data). */
export interface ExplorableOrgan {
  id: string;
  name: string;
  fact: string;
  source: { label: string; url?: string };
}

/**
 * The body figure's controls: one toggle button per organ beside the figure. Selecting one highlights it in the
 * figure (`data-selected` on the controls; CSS finds it with :has()) and shows its fact and source in a polite live
 * panel. The figure is drawn on the server beside this island; only the choice lives here. Until the page reacts the
 * buttons are disabled; the list below the figure holds the same content without them.
 */
export function BodyExplorer({ organs }: { organs: readonly ExplorableOrgan[] }) {
  const [selected, setSelected] = useState<string | null>(null);
  const hydrated = useHydrated();
  const panelId = `${useId()}-organ`;
  const current = organs.find((organ) => organ.id === selected);
  return (
    <div className="body-explorer__controls" data-selected={selected ?? undefined}>
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
              <p className="body-fact">{current.fact}</p>
              <p className="source">
                Quelle:{' '}
                {current.source.url ? (
                  <a href={current.source.url} rel="noopener noreferrer">
                    {current.source.label}
                  </a>
                ) : (
                  current.source.label
                )}
              </p>
            </>
          ) : (
            <p className="body-explorer__empty">Hier steht dann, was Rauchen dort anrichtet.</p>
          )}
        </div>
    </div>
  );
}
