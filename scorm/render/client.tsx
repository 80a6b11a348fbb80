import { createElement, type ComponentType } from 'react';
import { hydrateRoot } from 'react-dom/client';
// Written by scripts/scorm.mts: every client component the package's pages use, by island id.
import { registry } from 'rz:islands';
import { IslandRoot } from './island-root';
import { connectToLms, type PackageSpec } from '@/lib/scorm/bridge';
import { progressSnapshot, provideScoringKey, replaceProgressStorage, subscribeToProgress } from '@/lib/progress/browser-store';
import { setPackageStatus } from '@/lib/scorm/package-status';
import type { ScoringKey } from '@/lib/quiz/scoring-key';

/**
 * The script of a SCORM package page: finds the LMS (lib/scorm/bridge.ts) before anything reads progress, then
 * hydrates the page's islands (island.tsx). Outside an LMS the page runs on the browser's storage as the website does.
 */

const root = document.documentElement;
const spec = JSON.parse(root.dataset.package ?? '{}') as PackageSpec;
const islands = registry as Record<string, ComponentType<object>>;

function scoringKeyOfPage(): ScoringKey {
  const handover = document.querySelector<HTMLElement>('rz-island[data-island$="#ScoringKeyHandover"]');
  return (JSON.parse(handover?.dataset.props ?? '{}') as { scoringKey?: ScoringKey }).scoringKey ?? { quizzes: [] };
}

function sessionStorageOrNull(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}

/** A link to another page of this package (same folder), followed in this frame. */
function leadsWithinPackage(event: MouseEvent): boolean {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return false;
  const link = (event.target as Element | null)?.closest?.('a[href]');
  if (!(link instanceof HTMLAnchorElement) || (link.target && link.target !== '_self') || link.hasAttribute('download')) return false;
  const to = new URL(link.href);
  const here = new URL(window.location.href);
  const folder = (url: URL) => url.pathname.slice(0, url.pathname.lastIndexOf('/') + 1);
  return to.origin === here.origin && folder(to) === folder(here) && to.pathname !== here.pathname;
}

// The package's pages carry the scoring key themselves: nothing is fetched inside an LMS.
const scoringKey = scoringKeyOfPage();
provideScoringKey(scoringKey);
const connection = connectToLms({ win: window, spec, key: scoringKey, launchStorage: sessionStorageOrNull() });
if (connection) {
  replaceProgressStorage(connection.storage, connection.session);
  setPackageStatus({ inLms: true, ...connection.status() });
  subscribeToProgress(() => {
    const snapshot = progressSnapshot();
    if (!snapshot) return;
    connection.update(snapshot.profile);
    setPackageStatus({ inLms: true, ...connection.status() });
  });
  let withinPackage = false;
  document.addEventListener('click', (event) => {
    if (leadsWithinPackage(event)) withinPackage = true;
  });
  window.addEventListener('pagehide', () => connection.leave(withinPackage));
} else {
  setPackageStatus({ inLms: false, problems: 0, leftOut: 0 });
}

for (const element of document.querySelectorAll<HTMLElement>('rz-island')) {
  const component = islands[element.dataset.island ?? ''];
  if (!component) continue;
  const onReady = () => element.setAttribute('data-hydrated', '');
  hydrateRoot(element, createElement(IslandRoot, { onReady }, createElement(component, JSON.parse(element.dataset.props ?? '{}') as object)), {
    identifierPrefix: element.dataset.prefix,
  });
}
