import { createElement, isValidElement, type ComponentType } from 'react';
import { renderToString } from 'react-dom/server';
import { IslandRoot } from './island-root';

/**
 * Client components ("use client") in a SCORM package. Next hydrates them through its own runtime; the package
 * has none, so each one the page uses becomes an island: rendered here in its own React root (with its own id
 * prefix, so `useId` agrees with the browser), its props kept as JSON in `<rz-island>`, and hydrated there by
 * the package's script (client.tsx). Props must therefore be data, as they must be for Next's server/client
 * boundary anyway; a function or an element fails the build with the component's name.
 */

let counter = 0;
const used = new Set<string>();

/** Called before each page: island ids start again. */
export function resetIslands(): void {
  counter = 0;
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
    const html = renderToString(createElement(IslandRoot, null, createElement(Component, props)), { identifierPrefix: prefix });
    return createElement('rz-island', {
      'data-island': id,
      'data-prefix': prefix,
      'data-props': JSON.stringify(props),
      dangerouslySetInnerHTML: { __html: html },
    });
  }
  Island.displayName = `Island(${id})`;
  return Island;
}
