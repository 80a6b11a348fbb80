import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { webcrypto } from 'node:crypto';
import { randomId } from './random-id';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('randomId', () => {
  it('uses randomUUID where the browser has it', () => {
    assert.equal(randomId({ getRandomValues: webcrypto.getRandomValues.bind(webcrypto), randomUUID: () => 'from-randomUUID' } as never), 'from-randomUUID');
  });

  it('makes a v4 UUID from getRandomValues alone, as on a plain-http page', () => {
    const insecure = { getRandomValues: <T extends ArrayBufferView | null>(array: T) => webcrypto.getRandomValues(array as never) as T };
    const ids = new Set(Array.from({ length: 200 }, () => randomId(insecure)));
    assert.equal(ids.size, 200);
    for (const id of ids) assert.match(id, UUID_V4);
  });

  it('sets the version and variant bits whatever the random bytes are', () => {
    const allOnes = { getRandomValues: <T extends ArrayBufferView | null>(array: T) => ((array as unknown as Uint8Array).fill(0xff), array) };
    assert.equal(randomId(allOnes), 'ffffffff-ffff-4fff-bfff-ffffffffffff');
    const allZeros = { getRandomValues: <T extends ArrayBufferView | null>(array: T) => array };
    assert.equal(randomId(allZeros), '00000000-0000-4000-8000-000000000000');
  });
});
