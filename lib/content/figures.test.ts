import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { firstFigure } from './figures';

describe('firstFigure (does a text state a number that needs a source?)', () => {
  test('finds counts, decimals and thousands as written in German', () => {
    assert.equal(firstFigure('2023 rauchten 6,8 Prozent der 12- bis 17-Jährigen.'), '6,8');
    assert.equal(firstFigure('Tabakrauch enthält über 5.300 Substanzen.'), '5.300');
    assert.equal(firstFigure('Etwa 8 von 10 Todesfällen.'), '8');
    assert.equal(firstFigure('Kostenlos unter 0800 8 31 31 31.'), '0800');
  });

  test('ignores places in the course, years and the emergency number 112', () => {
    assert.equal(firstFigure('Mehr dazu erfährst du in Lektion 5.'), undefined);
    assert.equal(firstFigure('Das hat der U.S. Surgeon General 2006 in einem Bericht festgestellt.'), undefined);
    assert.equal(firstFigure('Ein Schlaganfall ist ein Notfall: sofort die 112 anrufen.'), undefined);
  });

  test('a text without digits states no figure, even with number words', () => {
    assert.equal(firstFigure('Das Risiko ist etwa doppelt so hoch, jeder siebte Todesfall.'), undefined);
  });

  test('a year-like count inside a larger number still counts', () => {
    assert.equal(firstFigure('Rund 2023,5 Tonnen.'), '2023,5');
  });
});
