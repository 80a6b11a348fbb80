import { answerCardGrid, letterRange } from '@/lib/teacher/class-quiz';
import './answer-cards.css';

/** One pupil's set of answer cards as one A4 sheet: a big letter per card, dashed lines to cut along. */
export function AnswerCards({ letters }: { letters: string[] }) {
  const { columns, rows } = answerCardGrid(letters.length);
  const spare = columns * rows > letters.length;
  return (
    <ul className={`answer-cards answer-cards--columns-${columns} answer-cards--rows-${rows}`} aria-label={`Antwortkarten ${letterRange(letters)}`}>
      {letters.map((letter) => (
        <li key={letter} className="answer-card">
          <span className="answer-card__letter">{letter}</span>
        </li>
      ))}
      {spare && (
        <li className="answer-card answer-card--note">
          <p>Schneide die Karten an den gestrichelten Linien aus.</p>
          <p>Halte bei einer Frage die Karte mit deiner Antwort hoch, den Buchstaben nach vorn.</p>
        </li>
      )}
    </ul>
  );
}
