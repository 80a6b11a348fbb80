'use client';

import { useId, useState } from 'react';

/**
 * A term in the text with its explanation, shown on hover, on focus and on tap.
 * Escape hides it again without moving focus (WCAG 1.4.13).
 */
export function GlossaryTerm({ term, definition, children }: { term: string; definition: string; children: React.ReactNode }) {
  const [open, setOpen] = useState(false);
  const tipId = useId();
  return (
    <span className="term" onMouseEnter={() => setOpen(true)} onMouseLeave={() => setOpen(false)}>
      <button
        type="button"
        className="term__button"
        aria-describedby={tipId}
        aria-expanded={open}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onClick={() => setOpen((value) => !value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape') setOpen(false);
        }}
      >
        {children}
      </button>
      <span role="tooltip" id={tipId} className="term__tip" hidden={!open}>
        <strong>{term}:</strong> {definition}
      </span>
    </span>
  );
}
