import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { island, resetIslands, usedIslands } from './island';

function Counter({ label }: { label: string; onClick?: () => void }) {
  return createElement('button', { type: 'button' }, label);
}

test('an island renders its component in its own root, with its props as JSON and its own id prefix', () => {
  resetIslands();
  const Island = island('components/Counter.tsx#Counter', Counter);
  const html = renderToStaticMarkup(createElement('div', null, createElement(Island, { label: 'Zähl „mit“' }), createElement(Island, { label: 'B' })));
  assert.match(html, /<rz-island data-island="components\/Counter.tsx#Counter" data-prefix="i1-" data-props="\{&quot;label&quot;:&quot;Zähl „mit“&quot;\}"><button type="button">Zähl „mit“<\/button><\/rz-island>/);
  assert.match(html, /data-prefix="i2-"/);
  assert.deepEqual(usedIslands().includes('components/Counter.tsx#Counter'), true);
});

test('props that are not data fail the build with the component and the path', () => {
  const Island = island('components/Counter.tsx#Counter', Counter);
  assert.throws(() => renderToStaticMarkup(createElement(Island, { label: 'x', onClick: () => {} })), /Counter bekommt in props\.onClick keine Daten \(function\)/);
});
