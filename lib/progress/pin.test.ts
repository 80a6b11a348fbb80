import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash, webcrypto } from 'node:crypto';
import fc from 'fast-check';
import { sha256 } from './sha256';
import { defaultDigest, hashPin, isValidPin, verifyPin } from './pin';

const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');
const utf8 = (text: string) => new TextEncoder().encode(text);
const plainHttp = defaultDigest(undefined);
const secure = defaultDigest(webcrypto.subtle as SubtleCrypto);

describe('sha256 (for pages without Web Crypto)', () => {
  test('matches the FIPS 180-4 test vectors', () => {
    assert.equal(hex(sha256(utf8(''))), 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    assert.equal(hex(sha256(utf8('abc'))), 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    assert.equal(
      hex(sha256(utf8('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq'))),
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    );
  });

  test('equals node:crypto for any input, across the 55/56/64-byte padding edges', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        assert.equal(hex(sha256(bytes)), createHash('sha256').update(bytes).digest('hex'));
      }),
      { numRuns: 300 },
    );
    for (const length of [55, 56, 63, 64, 65, 119, 120]) {
      const bytes = new Uint8Array(length).fill(0x61);
      assert.equal(hex(sha256(bytes)), createHash('sha256').update(bytes).digest('hex'), `length ${length}`);
    }
  });
});

describe('PIN hash', () => {
  test('accepts exactly four digits', () => {
    for (const pin of ['0000', '1234', '9876']) assert.ok(isValidPin(pin), pin);
    for (const pin of ['', '123', '12345', '12a4', ' 1234', '١٢٣٤']) assert.ok(!isValidPin(pin), pin);
  });

  test('stores a salt and a hash, never the PIN', async () => {
    const stored = await hashPin('4711', secure, webcrypto);
    assert.equal(stored.algorithm, 'sha-256');
    assert.match(stored.salt, /^[0-9a-f]{32}$/);
    assert.match(stored.hash, /^[0-9a-f]{64}$/);
    assert.ok(!JSON.stringify(stored).includes('4711'));
    const expected = createHash('sha256').update(Buffer.concat([Buffer.from(stored.salt, 'hex'), Buffer.from('4711')])).digest('hex');
    assert.equal(stored.hash, expected);
  });

  test('verifies the right PIN and refuses every other', async () => {
    const stored = await hashPin('0815', secure, webcrypto);
    assert.equal(await verifyPin('0815', stored, secure), true);
    for (const wrong of ['0816', '8150', '', '08150', 'abcd']) assert.equal(await verifyPin(wrong, stored, secure), false, wrong);
  });

  test('a fresh random salt every time: the same PIN gives different hashes', async () => {
    const hashes = await Promise.all(Array.from({ length: 50 }, () => hashPin('1234', secure, webcrypto)));
    assert.equal(new Set(hashes.map((h) => h.salt)).size, 50);
    assert.equal(new Set(hashes.map((h) => h.hash)).size, 50);
  });

  test('a PIN set over plain http (no crypto.subtle) opens over https and the other way round', async () => {
    await fc.assert(
      fc.asyncProperty(fc.stringMatching(/^\d{4}$/), async (pin) => {
        const onHttp = await hashPin(pin, plainHttp, webcrypto);
        const onHttps = await hashPin(pin, secure, webcrypto);
        assert.equal(await verifyPin(pin, onHttp, secure), true);
        assert.equal(await verifyPin(pin, onHttps, plainHttp), true);
        // Same salt, same PIN: the fallback and Web Crypto agree byte for byte.
        const input = new Uint8Array([...Buffer.from(onHttp.salt, 'hex'), ...utf8(pin)]);
        assert.equal(hex(await plainHttp(input)), hex(await secure(input)));
      }),
      { numRuns: 50 },
    );
  });

  test('refuses to hash anything but four digits', async () => {
    await assert.rejects(hashPin('12', secure, webcrypto));
  });
});
