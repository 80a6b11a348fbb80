import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { addressLinePieces, coursePageUrl, isLoopbackHost, parseCourseAddress, printableAddress } from './course-address';

describe('isLoopbackHost', () => {
  it('knows the addresses only this computer reaches', () => {
    for (const host of ['localhost', 'LOCALHOST', 'app.localhost', '127.0.0.1', '127.1.2.3', '::1', '[::1]', '0.0.0.0']) {
      assert.equal(isLoopbackHost(host), true, host);
    }
    for (const host of ['192.168.1.20', '10.0.0.5', 'schule.de', 'localhost.schule.de', '1270.0.0.1', 'fd00::2']) {
      assert.equal(isLoopbackHost(host), false, host);
    }
  });
});

describe('parseCourseAddress', () => {
  it('accepts what a teacher types and returns the root without trailing slash', () => {
    assert.deepEqual(parseCourseAddress(' 192.168.1.20:3000 '), { ok: true, root: 'http://192.168.1.20:3000' });
    assert.deepEqual(parseCourseAddress('http://192.168.1.20:3000/'), { ok: true, root: 'http://192.168.1.20:3000' });
    assert.deepEqual(parseCourseAddress('https://schule.de/rauchzeichen/'), { ok: true, root: 'https://schule.de/rauchzeichen' });
    assert.deepEqual(parseCourseAddress('HTTPS://Schule.DE'), { ok: true, root: 'https://schule.de' });
  });

  it('refuses empty, loopback, other schemes, queries and garbage with a plain message', () => {
    for (const input of ['', '   ', 'localhost:3000', 'http://127.0.0.1:3000', 'ftp://schule.de', 'http://schule.de/?a=1', 'http://', 'http://a b']) {
      const result = parseCourseAddress(input);
      assert.equal(result.ok, false, input);
      if (!result.ok) assert.match(result.message, /\S/);
    }
  });
});

describe('coursePageUrl and printableAddress', () => {
  it('joins root and path with exactly one slash between and a trailing slash', () => {
    assert.equal(coursePageUrl('http://192.168.1.20:3000', '/lektionen/konzert'), 'http://192.168.1.20:3000/lektionen/konzert/');
    assert.equal(coursePageUrl('https://schule.de/rauchzeichen', 'lektionen/konzert/'), 'https://schule.de/rauchzeichen/lektionen/konzert/');
    assert.equal(coursePageUrl('https://schule.de', '/'), 'https://schule.de/');
  });

  it('prints the address without its scheme', () => {
    assert.equal(printableAddress('https://schule.de/rauchzeichen/lektionen/konzert/'), 'schule.de/rauchzeichen/lektionen/konzert/');
    assert.equal(printableAddress('http://192.168.1.20:3000/'), '192.168.1.20:3000/');
  });
});

describe('addressLinePieces', () => {
  it('cuts only after a slash or a dot, and the pieces join to the address', () => {
    const address = 'rauchzeichen.schule-musterstadt.de/kurse/lektionen/neuanfang/';
    const pieces = addressLinePieces(address);
    assert.deepEqual(pieces, ['rauchzeichen.', 'schule-musterstadt.', 'de/', 'kurse/', 'lektionen/', 'neuanfang/']);
    assert.equal(pieces.join(''), address);
  });

  it('keeps an address without slash or dot whole', () => {
    assert.deepEqual(addressLinePieces('localhost:3000'), ['localhost:3000']);
  });
});
