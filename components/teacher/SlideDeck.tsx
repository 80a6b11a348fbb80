'use client';

import { useRouter } from 'next/navigation';
import { useCallback, useEffect, useRef, useState } from 'react';

interface Slide {
  content: React.ReactNode;
  /** List items revealed one at a time (discussion questions); 0 shows everything at once. */
  steps: number;
  /** Offer a timer for a discussion or reflection phase. */
  timer: boolean;
  /** Much text: smaller type. */
  dense: boolean;
}

const TIMER_MINUTES = [3, 5, 10];

function formatTime(seconds: number): string {
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

/**
 * Full-screen slides for the projector. Keys: → ↓ Space PageDown next, ← ↑ PageUp previous,
 * Home/End first/last, Escape leaves. It reads and writes no learner data.
 */
export function SlideDeck({ title, slides, exitHref }: { title: string; slides: Slide[]; exitHref: string }) {
  const router = useRouter();
  const [index, setIndex] = useState(0);
  const [step, setStep] = useState(0);
  const [remaining, setRemaining] = useState<number | null>(null);
  const [overflowing, setOverflowing] = useState(false);
  const deckRef = useRef<HTMLDivElement>(null);
  const slide = slides[index]!;

  const go = useCallback(
    (delta: 1 | -1) => {
      if (delta === 1 && step < slide.steps) return setStep(step + 1);
      if (delta === -1 && step > 0 && slide.steps > 0) return setStep(step - 1);
      const next = Math.min(slides.length - 1, Math.max(0, index + delta));
      if (next === index) return;
      setIndex(next);
      // Going back lands on a fully revealed slide, as the audience last saw it.
      setStep(delta === -1 ? slides[next]!.steps : 0);
      setRemaining(null);
    },
    [index, step, slide.steps, slides],
  );

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      if ((event.target as HTMLElement).closest('button, a, input, select')) {
        if (event.key === ' ' || event.key === 'Enter') return;
      }
      const keys: Record<string, () => void> = {
        ArrowRight: () => go(1),
        ArrowDown: () => go(1),
        PageDown: () => go(1),
        ' ': () => go(1),
        ArrowLeft: () => go(-1),
        ArrowUp: () => go(-1),
        PageUp: () => go(-1),
        Home: () => {
          setIndex(0);
          setStep(0);
        },
        End: () => {
          setIndex(slides.length - 1);
          setStep(slides.at(-1)!.steps);
        },
        Escape: () => {
          if (!document.fullscreenElement) router.push(exitHref);
        },
      };
      const action = keys[event.key];
      if (action) {
        event.preventDefault();
        action();
      }
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [go, router, exitHref, slides]);

  // Reveal list items step by step on slides that have steps, and tell the presenter when a slide
  // holds more than the screen shows.
  useEffect(() => {
    const current = deckRef.current?.querySelector<HTMLElement>('.slide[data-current="true"]');
    current?.querySelectorAll('li').forEach((item, i) => {
      item.hidden = slide.steps > 0 && i >= step;
    });
    const check = () => setOverflowing(!!current && current.scrollHeight > current.clientHeight + 2);
    check();
    window.addEventListener('resize', check);
    return () => window.removeEventListener('resize', check);
  }, [index, step, slide.steps]);

  useEffect(() => {
    if (remaining === null || remaining <= 0) return;
    const timer = setTimeout(() => setRemaining(remaining - 1), 1000);
    return () => clearTimeout(timer);
  }, [remaining]);

  useEffect(() => {
    deckRef.current?.focus();
  }, []);

  return (
    <div className="deck" ref={deckRef} tabIndex={-1} role="region" aria-roledescription="Präsentation" aria-label={`Präsentation: ${title}`}>
      <h1 className="visually-hidden">Präsentation: {title}</h1>
      {slides.map((s, i) => (
        <section
          key={i}
          className={s.dense ? 'slide slide--dense' : 'slide'}
          data-current={i === index}
          hidden={i !== index}
          aria-roledescription="Folie"
          aria-label={`Folie ${i + 1} von ${slides.length}`}
        >
          {s.content}
        </section>
      ))}
      <div className="deck__bar no-print">
        <button type="button" className="deck__button" onClick={() => go(-1)} disabled={index === 0 && step === 0}>
          ← Zurück
        </button>
        {overflowing && <p className="deck__more">Mehr Text: bitte scrollen ↓</p>}
        <p className="deck__counter" aria-live="polite">
          Folie {index + 1} von {slides.length}
          {slide.steps > 0 && ` · Frage ${Math.max(step, 0)} von ${slide.steps}`}
        </p>
        {slide.timer && (
          <span className="deck__timer">
            {remaining === null ? (
              TIMER_MINUTES.map((minutes) => (
                <button key={minutes} type="button" className="deck__button" onClick={() => setRemaining(minutes * 60)}>
                  {minutes} Min.
                </button>
              ))
            ) : (
              <>
                <span role="timer" aria-live="off" className={remaining === 0 ? 'deck__time deck__time--over' : 'deck__time'}>
                  {remaining === 0 ? 'Zeit um' : formatTime(remaining)}
                </span>
                <button type="button" className="deck__button" onClick={() => setRemaining(null)}>
                  Timer stoppen
                </button>
              </>
            )}
          </span>
        )}
        <button
          type="button"
          className="deck__button"
          onClick={() => (document.fullscreenElement ? document.exitFullscreen() : deckRef.current?.requestFullscreen())}
        >
          Vollbild
        </button>
        <button type="button" className="deck__button" onClick={() => window.print()}>
          Als PDF drucken
        </button>
        <button type="button" className="deck__button" onClick={() => router.push(exitHref)}>
          Beenden (Esc)
        </button>
        <button
          type="button"
          className="deck__button deck__button--next"
          onClick={() => go(1)}
          disabled={index === slides.length - 1 && step >= slide.steps}
        >
          Weiter →
        </button>
      </div>
    </div>
  );
}
