'use client';

import { useEffect, useState } from 'react';

type State = 'unsupported' | 'saving' | 'ready' | 'update';

const basePath = process.env.NEXT_PUBLIC_BASE_PATH ?? '';
/** How long the page may settle after loading before the worker starts saving the course. */
const SETTLE_MS = 2_000;
/** Set when the learner chose the new version: only then does a change of worker reload the page. */
let updateRequested = false;

/**
 * Registers the service worker that keeps the whole course for offline use, and says so quietly.
 * A new version waits until the learner chooses "Neue Version – neu laden", so a page never mixes
 * old and new files. Service workers need https or localhost; elsewhere nothing is shown.
 */
export function OfflineSupport() {
  const [state, setState] = useState<State>('unsupported');
  const [registration, setRegistration] = useState<ServiceWorkerRegistration | null>(null);

  useEffect(() => {
    if (process.env.NODE_ENV !== 'production' || !('serviceWorker' in navigator) || !window.isSecureContext) return;
    const container = navigator.serviceWorker;
    let cancelled = false;

    const watch = (reg: ServiceWorkerRegistration) => {
      const update = () => {
        if (cancelled) return;
        // A waiting worker while another controls this page is a new version (the very first one never waits).
        if (reg.waiting && container.controller) setState('update');
        else if (reg.active && !reg.installing) setState('ready');
        else setState('saving');
      };
      const track = (worker: ServiceWorker | null) => worker?.addEventListener('statechange', update);
      track(reg.installing);
      track(reg.waiting);
      reg.addEventListener('updatefound', () => {
        track(reg.installing);
        update();
      });
      update();
    };

    // The worker saves the whole course (about 10 MB) on the first visit. It starts a little after the page has loaded
    // and become usable (this component is one of its late parts), when the browser is idle: saving the course on the
    // second core took CPU time from the page a pupil was opening on a slow tablet.
    const register = () => {
      if (cancelled) return;
      container
        .register(`${basePath}/sw.js`, { scope: `${basePath}/` })
        .then((reg) => {
          if (cancelled) return;
          setRegistration(reg);
          watch(reg);
        })
        .catch(() => {
          // Storage may be full or disabled: the course still works online, so say nothing.
        });
    };
    const idle = () => (window.requestIdleCallback ? window.requestIdleCallback(register, { timeout: 5000 }) : register());
    let timer: number | undefined;
    const afterLoad = () => {
      timer = window.setTimeout(idle, SETTLE_MS);
    };
    if (document.readyState === 'complete') afterLoad();
    else window.addEventListener('load', afterLoad, { once: true });

    // Only a version the learner asked for takes over; then this page reloads with the new files.
    const onControllerChange = () => {
      if (updateRequested) window.location.reload();
    };
    container.addEventListener('controllerchange', onControllerChange);
    return () => {
      cancelled = true;
      window.removeEventListener('load', afterLoad);
      window.clearTimeout(timer);
      container.removeEventListener('controllerchange', onControllerChange);
    };
  }, []);

  if (state === 'unsupported') return null;
  if (state === 'update') {
    return (
      <div className="update-bar" role="status">
        <p>Eine neue Version des Kurses ist da.</p>
        <button
          type="button"
          className="button"
          onClick={() => {
            updateRequested = true;
            registration?.waiting?.postMessage({ type: 'SKIP_WAITING' });
          }}
        >
          Neue Version – neu laden
        </button>
      </div>
    );
  }
  return (
    <p className="offline-status" data-state={state}>
      {state === 'ready' ? '✓ Offline verfügbar: Der Kurs funktioniert auf diesem Gerät auch ohne Internet.' : 'Der Kurs wird für die Nutzung ohne Internet gespeichert …'}
    </p>
  );
}
