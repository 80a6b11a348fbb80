import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Every stylesheet closes each block it opens. Next's CSS pipeline accepts an unclosed `@media print {` (it reads
 * what follows as nested rules), so a slip in a merge silently moved the body graphic's styles into print only.
 */

/** The lines of blocks that open and never close, and of braces that close nothing; comments and strings skipped. */
function unbalancedBraces(css: string): { unclosed: number[]; stray: number[] } {
  const open: number[] = [];
  const stray: number[] = [];
  let line = 1;
  for (let i = 0; i < css.length; i++) {
    const char = css[i];
    if (char === '\n') line++;
    else if (char === '/' && css[i + 1] === '*') {
      const end = css.indexOf('*/', i + 2);
      const stop = end === -1 ? css.length : end + 2;
      line += css.slice(i, stop).split('\n').length - 1;
      i = stop - 1;
    } else if (char === '"' || char === "'") {
      let j = i + 1;
      while (j < css.length && css[j] !== char && css[j] !== '\n') j += css[j] === '\\' ? 2 : 1;
      i = j;
    } else if (char === '{') open.push(line);
    else if (char === '}') {
      if (open.pop() === undefined) stray.push(line);
    }
  }
  return { unclosed: open, stray };
}

function stylesheets(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return stylesheets(path);
    return entry.name.endsWith('.css') ? [path] : [];
  });
}

test('the checker finds an unclosed block and a stray brace, and ignores braces in comments and strings', () => {
  assert.deepEqual(unbalancedBraces('@media print {\n  .a {\n    fill: #fff;\n\n.b { color: red; }\n'), { unclosed: [1, 2], stray: [] });
  assert.deepEqual(unbalancedBraces('.a { }\n}\n'), { unclosed: [], stray: [2] });
  assert.deepEqual(unbalancedBraces('/* { */ .a { content: "}"; }\n'), { unclosed: [], stray: [] });
});

test('every stylesheet of the site and the SCORM packages closes what it opens', () => {
  const files = ['app', 'components', 'scorm'].flatMap(stylesheets);
  assert.ok(files.includes(join('app', 'globals.css')));
  for (const file of files) {
    const { unclosed, stray } = unbalancedBraces(readFileSync(file, 'utf8'));
    assert.deepEqual(unclosed, [], `${file}: a block opened on line(s) ${unclosed.join(', ')} is never closed`);
    assert.deepEqual(stray, [], `${file}: a closing brace on line(s) ${stray.join(', ')} closes nothing`);
  }
});
