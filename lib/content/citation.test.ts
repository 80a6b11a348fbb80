import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { sourceLabel, sourceRefsFor } from './citation';
import type { Source } from './schema';

const dkfz = { id: 'dkfz', authority: 'DKFZ', title: 'Gifte im Tabakrauch', year: null, url: 'https://www.dkfz.de/' } as Source;
const who = { id: 'who', authority: 'WHO', title: 'Tobacco', year: 2024 } as Source;
const sources = new Map([dkfz, who].map((source) => [source.id, source]));

describe('citation', () => {
  test('a source without a year is cited "o. J."', () => {
    assert.equal(sourceLabel(dkfz), 'DKFZ: Gifte im Tabakrauch, o. J.');
    assert.equal(sourceLabel(who), 'WHO: Tobacco, 2024');
  });

  test('only the sources the questions cite travel, each once, with a link only where there is one', () => {
    assert.deepEqual(sourceRefsFor(sources, [{ sources: ['who'] }, { sources: ['who'] }]), { who: { label: 'WHO: Tobacco, 2024' } });
    assert.deepEqual(sourceRefsFor(sources, [{ sources: ['dkfz'] }]).dkfz, { label: 'DKFZ: Gifte im Tabakrauch, o. J.', url: 'https://www.dkfz.de/' });
  });
});
