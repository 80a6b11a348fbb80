'use client';

import { useRouter } from 'next/navigation';
import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { PresenterView } from './PresenterView';
import { formatTime, type Slide } from './deck';
import { largestFittingStep } from '@/lib/teacher/text-fit';

interface Position {
  index: number;
  step: number;
}

const TIMER_MINUTES = [3, 5, 10];
/** The presenter view is this page with this hash, opened in a second window. */
const PRESENTER_HASH = '#referent';
/** Text grows in steps of 5 % up to 1.5 times its size when a slide has room to spare. */
const FIT_STEP_PERCENT = 5;
const FIT_STEPS = 10;

function subscribeToHash(onChange: () => void) {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

/**
 * Full-screen slides for the projector. Keys: → ↓ Space PageDown next, ← ↑ PageUp previous, Home/End first/last,
 * a number and Enter jumps to that slide, O the overview, S the next scene, Escape leaves. A second window opened
 * with "Referentenansicht" shows notes, the next slide and a timer; both windows follow each other over a
 * BroadcastChannel (same browser, no server). It reads and writes no learner data.
 */
export function SlideDeck({ title, slug, slides, exitHref }: { title: string; slug: string; slides: Slide[]; exitHref: string }) {
  const router = useRouter();
  const [{ index, step }, setPosition] = useState<Position>({ index: 0, step: 0 });
  const presenter = useSyncExternalStore(subscribeToHash, () => window.location.hash === PRESENTER_HASH, () => false);
  const [jump, setJump] = useState('');
  const [remaining, setRemaining] = useState<number | null>(null);
  const [overflowing, setOverflowing] = useState(false);
  const deckRef = useRef<HTMLDivElement>(null);
  const overviewRef = useRef<HTMLDialogElement>(null);
  const channelRef = useRef<BroadcastChannel | null>(null);
  const received = useRef<Position | null>(null);
  const positionRef = useRef<Position>({ index, step });
  const slide = slides[index]!;

  const goTo = useCallback(
    (next: number, nextStep = 0) => {
      const clamped = Math.min(slides.length - 1, Math.max(0, next));
      setPosition({ index: clamped, step: Math.min(nextStep, slides[clamped]!.steps) });
      setRemaining(null);
    },
    [slides],
  );

  const go = useCallback(
    (delta: 1 | -1) => {
      if (delta === 1 && step < slide.steps) return setPosition({ index, step: step + 1 });
      if (delta === -1 && step > 0 && slide.steps > 0) return setPosition({ index, step: step - 1 });
      const next = index + delta;
      if (next < 0 || next >= slides.length) return;
      // Going back lands on a fully revealed slide, as the audience last saw it.
      goTo(next, delta === -1 ? slides[next]!.steps : 0);
    },
    [index, step, slide.steps, slides, goTo],
  );

  const openOverview = useCallback(() => {
    overviewRef.current?.showModal();
    overviewRef.current?.querySelector<HTMLButtonElement>('[aria-current="true"]')?.focus();
  }, []);

  // Both windows send where they are and follow what the other sends; a position just received is not echoed.
  useEffect(() => {
    if (typeof BroadcastChannel === 'undefined') return;
    const channel = new BroadcastChannel(`rauchzeichen-praesentation-${slug}`);
    channelRef.current = channel;
    channel.onmessage = (event: MessageEvent<{ type: 'hello' } | ({ type: 'position' } & Position)>) => {
      if (event.data.type === 'hello') {
        channel.postMessage({ type: 'position', ...positionRef.current });
        return;
      }
      received.current = { index: event.data.index, step: event.data.step };
      setPosition(received.current);
    };
    channel.postMessage({ type: 'hello' });
    return () => {
      channel.close();
      channelRef.current = null;
    };
  }, [slug]);

  useEffect(() => {
    positionRef.current = { index, step };
    if (received.current?.index === index && received.current.step === step) return;
    received.current = null;
    channelRef.current?.postMessage({ type: 'position', index, step });
  }, [index, step]);

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (event.altKey || event.ctrlKey || event.metaKey || overviewRef.current?.open) return;
      if ((event.target as HTMLElement).closest('button, a, input, select')) {
        if (event.key === ' ' || event.key === 'Enter') return;
      }
      if (/^[0-9]$/.test(event.key)) {
        event.preventDefault();
        setJump((typed) => (typed + event.key).slice(-3));
        return;
      }
      if (jump) {
        const handled: Record<string, () => void> = {
          Enter: () => {
            if (Number(jump) >= 1) goTo(Number(jump) - 1);
            setJump('');
          },
          Backspace: () => setJump(jump.slice(0, -1)),
          Escape: () => setJump(''),
        };
        if (handled[event.key]) {
          event.preventDefault();
          handled[event.key]!();
          return;
        }
      }
      const keys: Record<string, () => void> = {
        ArrowRight: () => go(1),
        ArrowDown: () => go(1),
        PageDown: () => go(1),
        ' ': () => go(1),
        ArrowLeft: () => go(-1),
        ArrowUp: () => go(-1),
        PageUp: () => go(-1),
        Home: () => goTo(0),
        End: () => goTo(slides.length - 1, slides.at(-1)!.steps),
        o: openOverview,
        O: openOverview,
        s: () => slide.nextScene !== null && goTo(slide.nextScene),
        S: () => slide.nextScene !== null && goTo(slide.nextScene),
        Escape: () => {
          if (!document.fullscreenElement && !presenter) router.push(exitHref);
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
  }, [go, goTo, jump, openOverview, slide.nextScene, router, exitHref, slides, presenter]);

  // Grow the text of the current slide while it still fits (a short slide is read from further away), then
  // reveal list items step by step, and tell the presenter if a slide ever holds more than the screen shows.
  useEffect(() => {
    const current = deckRef.current?.querySelector<HTMLElement>('.slide[data-current="true"]');
    if (!current) return;
    const items = current.querySelectorAll('li');
    const fit = () => {
      items.forEach((item) => (item.hidden = false));
      const fits = () => current.scrollHeight <= current.clientHeight + 1 && current.scrollWidth <= current.clientWidth + 1;
      const size = (step: number) => current.style.setProperty('--fit', String((100 + FIT_STEP_PERCENT * step) / 100));
      const best = largestFittingStep(FIT_STEPS, (step) => {
        size(step);
        return fits();
      });
      size(best);
      setOverflowing(!fits());
      items.forEach((item, i) => (item.hidden = slide.steps > 0 && i >= step));
    };
    fit();
    window.addEventListener('resize', fit);
    return () => window.removeEventListener('resize', fit);
  }, [index, step, slide.steps, presenter]);

  useEffect(() => {
    if (remaining === null || remaining <= 0) return;
    const timer = setTimeout(() => setRemaining(remaining - 1), 1000);
    return () => clearTimeout(timer);
  }, [remaining]);

  useEffect(() => {
    deckRef.current?.focus();
  }, [presenter]);

  const overview = (
    <dialog ref={overviewRef} className="deck__overview" aria-label="Übersicht aller Folien">
      <h2>Übersicht</h2>
      <ol>
        {slides.map((s, i) => (
          <li key={i}>
            <button
              type="button"
              aria-current={i === index}
              onClick={() => {
                goTo(i);
                overviewRef.current?.close();
              }}
            >
              <span className="deck__overview-number">{i + 1}</span> {s.label}
            </button>
          </li>
        ))}
      </ol>
      <button type="button" className="deck__button" onClick={() => overviewRef.current?.close()}>
        Schließen (Esc)
      </button>
    </dialog>
  );

  const navigation = (
    <>
      <button type="button" className="deck__button" onClick={() => go(-1)} disabled={index === 0 && step === 0}>
        ← Zurück
      </button>
      <p className="deck__counter" aria-live="polite">
        Folie {index + 1} von {slides.length}
        {slide.steps > 0 && ` · Frage ${step} von ${slide.steps}`}
        {jump && <span className="deck__jump"> · Gehe zu Folie {jump} ↵</span>}
      </p>
      <button type="button" className="deck__button" onClick={openOverview}>
        Übersicht (O)
      </button>
      {slide.nextScene !== null && (
        <button type="button" className="deck__button" onClick={() => goTo(slide.nextScene!)}>
          Nächste Szene (S)
        </button>
      )}
    </>
  );

  const next = (
    <button type="button" className="deck__button deck__button--next" onClick={() => go(1)} disabled={index === slides.length - 1 && step >= slide.steps}>
      Weiter →
    </button>
  );

  if (presenter) {
    return (
      <div className="deck deck--presenter" ref={deckRef} tabIndex={-1} role="region" aria-label={`Referentenansicht: ${title}`}>
        <PresenterView title={title} slides={slides} index={index} step={step} />
        <div className="deck__bar no-print">
          {navigation}
          {next}
        </div>
        {overview}
      </div>
    );
  }

  return (
    <div className="deck" ref={deckRef} tabIndex={-1} role="region" aria-roledescription="Präsentation" aria-label={`Präsentation: ${title}`}>
      <h1 className="visually-hidden">Präsentation: {title}</h1>
      {slides.map((s, i) => (
        <section
          key={i}
          className="slide"
          data-current={i === index}
          hidden={i !== index}
          aria-roledescription="Folie"
          aria-label={`Folie ${i + 1} von ${slides.length}`}
        >
          {s.content}
        </section>
      ))}
      <div className="deck__bar no-print">
        {overflowing && <p className="deck__more">Mehr Text: bitte scrollen ↓</p>}
        {navigation}
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
        <details className="deck__more-menu">
          <summary className="deck__button">Mehr</summary>
          <div className="deck__menu">
            <button
              type="button"
              className="deck__button"
              onClick={() => window.open(`${window.location.pathname}${PRESENTER_HASH}`, `referent-${slug}`, 'popup,width=1100,height=760')}
            >
              Referentenansicht öffnen
            </button>
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
          </div>
        </details>
        {next}
      </div>
      {overview}
    </div>
  );
}
