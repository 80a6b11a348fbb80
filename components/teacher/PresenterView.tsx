'use client';

import { useEffect, useState } from 'react';
import { formatTime, type Slide } from './deck';

/**
 * The presenter's second screen: the current slide, the next one, the guide's notes for the current slide
 * and the time since the view was opened.
 */
export function PresenterView({ title, slides, index, step }: { title: string; slides: Slide[]; index: number; step: number }) {
  const [elapsed, setElapsed] = useState(0);
  useEffect(() => {
    const started = Date.now();
    const timer = setInterval(() => setElapsed(Math.floor((Date.now() - started) / 1000)), 1000);
    return () => clearInterval(timer);
  }, []);
  const slide = slides[index]!;
  const next = slides[index + 1];
  return (
    <div className="presenter">
      <header className="presenter__head">
        <h1>Referentenansicht: {title}</h1>
        <p role="timer" aria-live="off" className="presenter__time">
          Seit Beginn <strong>{formatTime(elapsed)}</strong>
        </p>
      </header>
      <section className="presenter__current" aria-label={`Jetzt: Folie ${index + 1} von ${slides.length}`}>
        <h2>
          Jetzt: {index + 1}. {slide.label}
          {slide.steps > 0 && ` · Frage ${step} von ${slide.steps}`}
        </h2>
        <div className="presenter__preview">{slide.content}</div>
      </section>
      <section className="presenter__notes" aria-labelledby="presenter-notes">
        <h2 id="presenter-notes">Notizen aus dem Leitfaden</h2>
        {slide.notes.length === 0 ? (
          <p>Keine Notizen zu dieser Folie.</p>
        ) : (
          slide.notes.map((group) => (
            <div key={group.heading}>
              <h3>{group.heading}</h3>
              <ul>
                {group.items.map((item) => (
                  <li key={item}>{item}</li>
                ))}
              </ul>
            </div>
          ))
        )}
      </section>
      <section className="presenter__next" aria-label="Nächste Folie">
        <h2>{next ? `Als Nächstes: ${index + 2}. ${next.label}` : 'Das war die letzte Folie.'}</h2>
        {next && <div className="presenter__preview presenter__preview--small">{next.content}</div>}
      </section>
    </div>
  );
}
