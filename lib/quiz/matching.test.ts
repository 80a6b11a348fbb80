import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { compareGerman, matchingColumn } from './matching';
import { getCourse } from '../content/load';

describe('matchingColumn', () => {
  const pairs = [
    { id: 'a', left: 'Nikotin', right: 'Zuerst genannt' },
    { id: 'b', left: 'Teer', right: 'Ätzend' },
    { id: 'c', left: 'Kohlenmonoxid', right: 'Blut' },
  ];

  test('sorts the right-hand texts alphabetically, umlauts where German puts them', () => {
    assert.deepEqual(
      matchingColumn(pairs).map((pair) => pair.right),
      ['Ätzend', 'Blut', 'Zuerst genannt'],
    );
  });

  test('leaves the pairs themselves in the order the author wrote them', () => {
    matchingColumn(pairs);
    assert.deepEqual(
      pairs.map((pair) => pair.id),
      ['a', 'b', 'c'],
    );
  });
});

describe('compareGerman', () => {
  test('sorts like localeCompare in German: umlauts as their letter, ß as ss, lower case first', () => {
    const words = ['Zucker', 'Ärger', 'Arger', 'arger', 'Ofen', 'Öl', 'Ol', 'Straße', 'Strasse', 'Strassen', 'Blut', 'blut', 'Übel', 'Uber', '12 Monate', '3 Tage', 'A-Team', 'Apfel'];
    const byIntl = [...words].sort((a, b) => a.localeCompare(b, 'de'));
    assert.deepEqual([...words].sort(compareGerman), byIntl);
  });

  test("every matching question of the course shows its column in Intl's German order", () => {
    let columns = 0;
    for (const quiz of getCourse().quizzes.values()) {
      for (const question of quiz.questions) {
        if (question.type !== 'matching') continue;
        columns++;
        const rights = question.pairs.map((pair) => pair.right);
        assert.deepEqual(
          matchingColumn(question.pairs).map((pair) => pair.right),
          [...rights].sort((a, b) => a.localeCompare(b, 'de')),
          `${quiz.id}/${question.id}`,
        );
      }
    }
    assert.ok(columns > 0, 'the course has matching questions');
  });
});
