'use client';

import { useId, useLayoutEffect, useRef, useState } from 'react';

/** Space kept between an explanation and the edge of the screen, in px. */
const EDGE = 8;

/**
 * A term in the text with its explanation. One tap, click or Enter opens it and keeps it open; the next one
 * closes it, on touch, mouse and keyboard alike. A mouse pointer resting on the term and keyboard focus show
 * it too, as a peek; the click that closes it also ends the peek until the pointer leaves or focus returns.
 * Escape hides it without moving focus (WCAG 1.4.13).
 *
 * Touch browsers fire pointerenter, focus and click for one tap; only the click counts there, or the first
 * tap would open and close the tip in one go.
 */
export function GlossaryTerm({ term, definition, children }: { term: string; definition: string; children: React.ReactNode }) {
  const [pinned, setPinned] = useState(false);
  const [hovered, setHovered] = useState(false);
  const [keyboardFocus, setKeyboardFocus] = useState(false);
  const open = pinned || hovered || keyboardFocus;
  const tipId = useId();
  const tipRef = useRef<HTMLSpanElement>(null);

  // A word near the right edge of a phone screen: move its explanation left until it fits on screen.
  useLayoutEffect(() => {
    const tip = tipRef.current;
    if (!open || !tip) return;
    tip.style.left = '';
    const { left, right } = tip.getBoundingClientRect();
    const overflow = right - (document.documentElement.clientWidth - EDGE);
    if (overflow > 0) tip.style.left = `${-Math.min(overflow, left - EDGE)}px`;
  }, [open]);

  function close() {
    setPinned(false);
    setHovered(false);
    setKeyboardFocus(false);
  }

  return (
    <span
      className="term"
      onPointerEnter={(event) => {
        if (event.pointerType === 'mouse') setHovered(true);
      }}
      onPointerLeave={(event) => {
        if (event.pointerType === 'mouse') setHovered(false);
      }}
    >
      <button
        type="button"
        className="term__button"
        aria-describedby={tipId}
        aria-expanded={open}
        onFocus={(event) => {
          // A tap or click focuses the button too; only keyboard focus (:focus-visible) peeks.
          if (event.currentTarget.matches(':focus-visible')) setKeyboardFocus(true);
        }}
        onBlur={close}
        onClick={() => {
          if (pinned) close();
          else setPinned(true);
        }}
        onKeyDown={(event) => {
          if (event.key === 'Escape') close();
        }}
      >
        {children}
      </button>
      <span role="tooltip" id={tipId} ref={tipRef} className="term__tip" hidden={!open}>
        <strong>{term}:</strong> {definition}
      </span>
    </span>
  );
}
