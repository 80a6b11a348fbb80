import { createElement, isValidElement, type ComponentType, type ReactElement } from 'react';
import { prerenderToNodeStream } from 'react-dom/static';
import { IslandRoot } from './island-root';

/**
 * Client components ("use client") in a SCORM package. Next hydrates them through its own runtime; the package
 * has none, so each one the page uses becomes an island: rendered in its own React root (with its own id
 * prefix, so `useId` agrees with the browser; `fillIslands` puts the result into the page), its props kept as
 * JSON in `<rz-island>`, and hydrated there by the package's script (client.tsx). Props must therefore be data, as they must be for Next's server/client
 * boundary anyway; a function or an element fails the build with the component's name.
 */

let counter = 0;
const used = new Set<string>();
/** Each island of the page being rendered: its marker in the page, and its HTML once rendered. */
const pending = new Map<string, Promise<string>>();

/** Called before each page: island ids start again. */
export function resetIslands(): void {
  counter = 0;
  pending.clear();
}

/**
 * An island rendered to the end, lazy parts included (React.lazy, Suspense): a static prerender waits for
 * everything, so the package's HTML holds what the website's server render holds.
 */
async function renderIsland(element: ReactElement, prefix: string): Promise<string> {
  const { prelude } = await prerenderToNodeStream(element, { identifierPrefix: prefix });
  let html = '';
  for await (const chunk of prelude) html += String(chunk);
  return html;
}

/** Puts each island's HTML into the page rendered around it (the page renders synchronously, islands may not). */
export async function fillIslands(page: string): Promise<string> {
  let html = page;
  for (const [marker, rendered] of pending) {
    const island = await rendered;
    html = html.replace(`<!--${marker}-->`, () => island);
  }
  pending.clear();
  return html;
}

/** Every island module the pages used ("components/quiz/QuizRunner.tsx#QuizRunner"), for the client bundle. */
export function usedIslands(): string[] {
  return [...used].sort();
}

function checkData(id: string, value: unknown, path: string): void {
  if (typeof value === 'function' || typeof value === 'symbol' || isValidElement(value)) {
    throw new Error(`SCORM: ${id} bekommt in ${path} keine Daten (${isValidElement(value) ? 'ein Element' : typeof value}); eine Insel braucht JSON.`);
  }
  if (Array.isArray(value)) value.forEach((item, index) => checkData(id, item, `${path}[${index}]`));
  else if (value && typeof value === 'object') for (const [key, item] of Object.entries(value)) checkData(id, item, `${path}.${key}`);
}

export function island<P extends object>(id: string, Component: ComponentType<P>): ComponentType<P> {
  function Island(props: P) {
    checkData(id, props, 'props');
    used.add(id);
    const prefix = `i${++counter}-`;
    const marker = `rz-island:${prefix}`;
    pending.set(marker, renderIsland(createElement(IslandRoot, null, createElement(Component, props)), prefix));
    return createElement('rz-island', {
      'data-island': id,
      'data-prefix': prefix,
      'data-props': JSON.stringify(props),
      dangerouslySetInnerHTML: { __html: `<!--${marker}-->` },
    });
  }
  Island.displayName = `Island(${id})`;
  return Island;
}
