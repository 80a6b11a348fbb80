import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createElement, lazy, Suspense } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { fillIslands, island, resetIslands, usedIslands } from './island';

function Counter({ label }: { label: string; onClick?: () => void }) {
  return createElement('button', { type: 'button' }, label);
}

test('an island renders its component in its own root, with its props as JSON and its own id prefix', async () => {
  resetIslands();
  const Island = island('components/Counter.tsx#Counter', Counter);
  const html = await fillIslands(renderToStaticMarkup(createElement('div', null, createElement(Island, { label: 'Zähl „mit“' }), createElement(Island, { label: 'B' }))));
  assert.match(html, /<rz-island data-island="components\/Counter.tsx#Counter" data-prefix="i1-" data-props="\{&quot;label&quot;:&quot;Zähl „mit“&quot;\}"><button type="button">Zähl „mit“<\/button><\/rz-island>/);
  assert.match(html, /data-prefix="i2-"/);
  assert.deepEqual(usedIslands().includes('components/Counter.tsx#Counter'), true);
});

test('props that are not data fail the build with the component and the path', () => {
  const Island = island('components/Counter.tsx#Counter', Counter);
  assert.throws(() => renderToStaticMarkup(createElement(Island, { label: 'x', onClick: () => {} })), /Counter bekommt in props\.onClick keine Daten \(function\)/);
});

test('a lazy part of an island is rendered into the page, as the website renders it', async () => {
  resetIslands();
  const Lazy = lazy(async () => ({ default: () => createElement('p', null, 'geladen') }));
  const Island = island('components/Lazy.tsx#Lazy', () => createElement(Suspense, { fallback: createElement('p', null, 'lädt') }, createElement(Lazy)));
  const html = await fillIslands(renderToStaticMarkup(createElement(Island, {})));
  assert.match(html, /<p>geladen<\/p>/);
  assert.doesNotMatch(html, /lädt/);
});
