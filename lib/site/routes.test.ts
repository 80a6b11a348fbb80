import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { quizRoute, routes, teacherLinks } from './routes';

// The addresses the static export writes and printed QR codes point to: a change here is a change for every school.
describe('routes', () => {
  test('the pupil pages keep their addresses', () => {
    assert.deepEqual(
      [routes.home, routes.lesson('konzert'), routes.lessonQuiz('konzert'), routes.entryCheck, routes.finalTest, routes.certificate, routes.progress],
      ['/', '/lektionen/konzert', '/lektionen/konzert/quiz', '/einstieg', '/abschluss', '/abschluss/bestaetigung', '/fortschritt'],
    );
    assert.deepEqual([routes.glossary, routes.sources, routes.help, routes.privacy, routes.profiles], ['/glossar', '/quellen', '/hilfe', '/datenschutz', '/#wer-lernt-gerade']);
  });

  test("the teachers' pages keep their addresses", () => {
    const t = routes.teacher;
    assert.deepEqual(
      [t.overview, t.guide('konzert'), t.lessonPlan('konzert'), t.slides('konzert'), t.classQuiz('konzert'), t.answerCards('konzert')],
      ['/lehrkraefte', '/lehrkraefte/konzert', '/lehrkraefte/konzert/stundenverlauf', '/lehrkraefte/konzert/praesentation', '/lehrkraefte/konzert/klassenquiz', '/lehrkraefte/konzert/klassenquiz/karten'],
    );
    assert.deepEqual(
      [t.worksheet('konzert'), t.easierWorksheet('konzert'), t.answerKey('konzert'), t.handout('konzert'), t.parentLetter(), t.parentLetter('tr')],
      ['/lehrkraefte/konzert/arbeitsblatt', '/lehrkraefte/konzert/arbeitsblatt/leicht', '/lehrkraefte/konzert/arbeitsblatt/loesungen', '/lehrkraefte/konzert/handout', '/lehrkraefte/elternbrief', '/lehrkraefte/elternbrief/tr'],
    );
  });

  test('a quiz is taken on the entry page, the final page, or under its lesson', () => {
    assert.equal(quizRoute({ kind: 'entry' }), '/einstieg');
    assert.equal(quizRoute({ kind: 'final' }), '/abschluss');
    assert.equal(quizRoute({ kind: 'lesson', lesson: 'balkon' }), '/lektionen/balkon/quiz');
  });

  test("the teacher's material of a lesson starts with the guide and names each page once", () => {
    const links = teacherLinks('konzert');
    assert.equal(links[0]!.href, '/lehrkraefte/konzert');
    assert.equal(new Set(links.map((link) => link.href)).size, links.length);
  });
});
