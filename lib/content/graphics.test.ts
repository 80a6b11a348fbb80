import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { readGraphics } from './graphics';
import type { ContentProblem } from './types';

const file = (path: string) => ({ path, text: readFileSync(path, 'utf8') });
const knownSources = (...ids: string[]) => (id: string) => ids.includes(id);

describe('readGraphics', () => {
  test('the timeline and the addiction cycle of the course are read with their sources', () => {
    const problems: ContentProblem[] = [];
    const graphics = readGraphics(
      [file('content/grafiken/zeitstrahl.yaml'), file('content/grafiken/suchtkreislauf.yaml')],
      knownSources('who-rauchstopp-nutzen', 'gf-wallis-entzug', 'nida-tobacco-effects'),
      'content/quellen.yaml',
      problems,
    );
    assert.deepEqual(problems, []);
    assert.equal(graphics.zeitstrahl?.steps.length, 8);
    assert.equal(graphics.suchtkreislauf?.steps.length, 4);
  });

  test('an unknown source id in the addiction cycle is reported with its file and path', () => {
    const problems: ContentProblem[] = [];
    const graphics = readGraphics(
      [file('content/grafiken/suchtkreislauf.yaml')],
      knownSources('gf-wallis-entzug'),
      'content/quellen.yaml',
      problems,
    );
    assert.equal(graphics.suchtkreislauf, undefined);
    assert.deepEqual(
      problems.map((p) => `${p.file} › ${p.path}: ${p.message}`),
      [
        'content/grafiken/suchtkreislauf.yaml › steps[1].source: Unbekannte Quelle "nida-tobacco-effects" (nicht in content/quellen.yaml).',
        'content/grafiken/suchtkreislauf.yaml › steps[2].source: Unbekannte Quelle "nida-tobacco-effects" (nicht in content/quellen.yaml).',
      ],
    );
  });

  test('an unknown source id in the timeline is reported at "source"', () => {
    const problems: ContentProblem[] = [];
    readGraphics([file('content/grafiken/zeitstrahl.yaml')], knownSources(), 'content/quellen.yaml', problems);
    assert.deepEqual(
      problems.map((p) => [p.file, p.path]),
      [['content/grafiken/zeitstrahl.yaml', 'source']],
    );
  });
});
