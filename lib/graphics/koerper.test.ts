import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { readGraphics } from '../content/graphics';
import type { ContentProblem } from '../content/types';
import { BODY_ORGANS, body, bodySchema, organsInFigureOrder, type BodyOrgan } from './koerper';

const organ = (id: BodyOrgan['id'], source = 'dkfz-gifte'): BodyOrgan => ({ id, name: id, fact: `Fakt ${id}.`, short: `Kurz ${id}`, source });

const yamlOf = (organs: readonly BodyOrgan[]) =>
  `organs:\n${organs.map((o) => `  - id: ${o.id}\n    name: ${o.name}\n    fact: ${o.fact}\n    short: ${o.short}\n    source: ${o.source}\n`).join('')}`;

function read(text: string, known: readonly string[] = ['dkfz-gifte']) {
  const problems: ContentProblem[] = [];
  const graphics = readGraphics([{ path: 'content/grafiken/koerper.yaml', text }], (id) => known.includes(id), 'content/quellen.yaml', problems);
  return { graphics, problems };
}

describe('body graphic data', () => {
  test('the figure order runs from head to belly, whatever order the file has', () => {
    const ids = organsInFigureOrder([organ('herz'), organ('gehirn'), organ('lunge'), organ('mund')]).map((o) => o.id);
    assert.deepEqual(ids, ['gehirn', 'mund', 'lunge', 'herz']);
  });

  test('an organ the figure cannot draw is rejected with its path', () => {
    const result = bodySchema.safeParse({ organs: [organ('herz'), { ...organ('lunge'), id: 'magen' }] });
    assert.equal(result.success, false);
    assert.deepEqual(result.error?.issues[0]?.path, ['organs', 1, 'id']);
  });

  test('an organ listed twice is rejected at the second one', () => {
    const result = bodySchema.safeParse({ organs: [organ('herz'), organ('lunge'), organ('herz')] });
    assert.equal(result.success, false);
    assert.deepEqual(result.error?.issues[0]?.path, ['organs', 2, 'id']);
  });

  test('a short fact too long for the slide is rejected', () => {
    const result = bodySchema.safeParse({ organs: [organ('herz'), { ...organ('lunge'), short: 'x'.repeat(51) }] });
    assert.equal(result.success, false);
  });

  test('sources() names every organ\'s source with its path', () => {
    assert.deepEqual(body.sources({ organs: [organ('herz', 'a'), organ('lunge', 'b')] }), [
      { id: 'a', path: 'organs[0].source' },
      { id: 'b', path: 'organs[1].source' },
    ]);
  });

  test('the content loader reports an unknown source in koerper.yaml with file and path, and keeps the graphic out', () => {
    const { graphics, problems } = read(yamlOf([organ('gehirn'), organ('herz', 'erfundene-quelle')]));
    assert.equal(graphics.koerper, undefined);
    assert.deepEqual(problems, [{ file: 'content/grafiken/koerper.yaml', path: 'organs[1].source', message: 'Unbekannte Quelle "erfundene-quelle" (nicht in content/quellen.yaml).' }]);
  });

  test('the course file is valid: every organ the figure draws, each once, all sources known', () => {
    const sourceIds = [...readFileSync('content/quellen.yaml', 'utf8').matchAll(/^- id: (\S+)$/gm)].map((m) => m[1]!);
    const { graphics, problems } = read(readFileSync('content/grafiken/koerper.yaml', 'utf8'), sourceIds);
    assert.deepEqual(problems, []);
    assert.deepEqual(graphics.koerper?.organs.map((o) => o.id), [...BODY_ORGANS]);
  });
});
