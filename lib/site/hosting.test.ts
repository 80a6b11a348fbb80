import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { HEADER_RULES, headersFile, headersFor, htaccess, IMMUTABLE, inlineScriptHashes, nginxConfig, pageCsp, parseHeadersFile, REVALIDATE, withCspMeta } from './hosting';
import { normaliseBasePath } from './base-path';

const sha = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
const page = '<!DOCTYPE html><html lang="de"><head><meta charSet="utf-8"/><script src="/a.js"></script><script>self.a=1</script></head><body><script>self.b=2</script><script>self.a=1</script></body></html>';

describe('page CSP', () => {
  it('hashes each distinct inline script once and skips scripts with src', () => {
    assert.deepEqual(inlineScriptHashes(page), [sha('self.a=1'), sha('self.b=2')]);
  });

  it('allows exactly this origin and the page’s own inline scripts', () => {
    const csp = pageCsp([sha('x')]);
    assert.match(csp, new RegExp(`script-src 'self' ${sha('x').replace(/[+/]/g, '\\$&')}`));
    for (const directive of ["default-src 'self'", "worker-src 'self'", "object-src 'none'", "base-uri 'self'", "connect-src 'self'"]) {
      assert.ok(csp.includes(directive), directive);
    }
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval|frame-ancestors|upgrade-insecure-requests/);
  });

  it('puts the meta tag before the first script, and refuses a page twice', () => {
    const html = withCspMeta(page);
    assert.ok(html.indexOf('http-equiv="Content-Security-Policy"') < html.indexOf('<script'));
    assert.ok(html.startsWith('<!DOCTYPE html><html lang="de"><head><meta charSet="utf-8"/><meta http-equiv'));
    assert.throws(() => withCspMeta(html), /schon eine CSP/);
    assert.throws(() => withCspMeta('<p>kein Kopf</p>'), /kein <head>/);
  });
});

describe('host headers', () => {
  it('caches hashed assets for a year and revalidates pages, payloads and the service worker', () => {
    assert.equal(headersFor('/_next/static/chunks/a1b2.js')['Cache-Control'], IMMUTABLE);
    for (const path of ['/', '/lektionen/konzert/', '/lektionen/konzert/index.txt', '/sw.js', '/manifest.webmanifest']) {
      assert.equal(headersFor(path)['Cache-Control'], REVALIDATE, path);
      assert.equal(headersFor(path)['X-Content-Type-Options'], 'nosniff', path);
      assert.match(headersFor(path)['Content-Security-Policy']!, /frame-ancestors 'self'/);
    }
  });

  it('writes a _headers file that parses back into the same rules, for any base path', () => {
    assert.deepEqual(parseHeadersFile(headersFile({ basePath: '' })), HEADER_RULES);
    const sub = parseHeadersFile(headersFile({ basePath: '/rauchzeichen' }));
    assert.deepEqual(sub.map((rule) => rule.pattern), HEADER_RULES.map((rule) => `/rauchzeichen${rule.pattern}`));
    assert.throws(() => parseHeadersFile('  X-Foo: bar\n'), /ohne Pfad/);
  });

  it('writes an nginx server block with every header in every location, 404 page and cache rules', () => {
    const conf = nginxConfig({ basePath: '/rauchzeichen' });
    const locations = conf.split(/\n\s*location /).slice(1).filter((block) => !block.startsWith('~') && !block.startsWith('= / '));
    assert.ok(locations.length >= 4);
    for (const block of locations.filter((b) => b.includes('try_files'))) {
      for (const name of ['Content-Security-Policy', 'X-Content-Type-Options', 'Referrer-Policy', 'Permissions-Policy', 'Cache-Control']) {
        assert.ok(block.includes(`add_header ${name} `), `${name} in ${block.slice(0, 40)}`);
      }
    }
    assert.match(conf, /location \^~ \/rauchzeichen\/_next\/static\/ \{[^}]*immutable/);
    assert.match(conf, /error_page 404 \/rauchzeichen\/404\.html;/);
    assert.match(conf, /location = \/rauchzeichen \{ return 301 \/rauchzeichen\/; \}/);
    assert.match(conf, /gzip on;/);
    assert.equal((conf.match(/\{/g) ?? []).length, (conf.match(/\}/g) ?? []).length);
    assert.doesNotMatch(nginxConfig({ basePath: '' }), /return 30[12]/);
  });

  it('writes an .htaccess with the same headers, 404 page and cache rules', () => {
    const file = htaccess({ basePath: '' });
    for (const name of ['Content-Security-Policy', 'X-Content-Type-Options', 'Referrer-Policy', 'Permissions-Policy']) {
      assert.ok(file.includes(`Header always set ${name} `), name);
    }
    assert.match(file, /ErrorDocument 404 \/404\.html/);
    assert.match(file, new RegExp(`Cache-Control "${IMMUTABLE}"`));
    assert.match(htaccess({ basePath: '/kurs' }), /ErrorDocument 404 \/kurs\/404\.html/);
  });
});

describe('normaliseBasePath', () => {
  it('accepts empty and folder paths, with or without slashes', () => {
    assert.equal(normaliseBasePath(undefined), '');
    assert.equal(normaliseBasePath(''), '');
    assert.equal(normaliseBasePath('/'), '');
    assert.equal(normaliseBasePath('rauchzeichen'), '/rauchzeichen');
    assert.equal(normaliseBasePath('/schule/rauchzeichen/'), '/schule/rauchzeichen');
  });

  it('refuses what cannot be a folder in a URL', () => {
    for (const bad of ['/a b', '/ä', '/a?b', '/a//b']) assert.throws(() => normaliseBasePath(bad), /kein gültiger Unterordner/, bad);
  });
});
