import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { isSensitiveScene, lessonBlocks } from './blocks';

describe('lessonBlocks attributes', () => {
  test('reads quoted attributes, expressions and bare boolean attributes', () => {
    const [scene] = lessonBlocks(`<Szene titel="Freitag, die leeren Fächer" sensibel hinweis='Es geht um Streit.' nummer={2}>\n\nText\n\n</Szene>`);
    assert.deepEqual(scene!.attributes, { titel: 'Freitag, die leeren Fächer', hinweis: 'Es geht um Streit.', nummer: '2', sensibel: 'true' });
  });

  test('a scene is sensitive only when marked sensibel (or sensibel={true})', () => {
    const blocks = lessonBlocks(
      ['<Szene titel="A" sensibel>a</Szene>', '<Szene titel="B" sensibel={true}>b</Szene>', '<Szene titel="C" sensibel={false}>c</Szene>', '<Szene titel="D" hinweis="x">d</Szene>'].join('\n'),
    );
    assert.deepEqual(blocks.map(isSensitiveScene), [true, true, false, false]);
  });
});
