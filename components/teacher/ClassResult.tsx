import type { ResultRow } from '@/lib/teacher/class-quiz';

const percent = (share: number) => `${Math.round(share * 100)} %`;

/** The class's result as a table: per question what was right, the votes per card and the share right. No names. */
export function ClassResult({ rows }: { rows: ResultRow[] }) {
  return (
    <table className="class-result">
      <caption>Ergebnis je Frage, die schwersten zuerst</caption>
      <thead>
        <tr>
          <th scope="col">Frage</th>
          <th scope="col">Richtige Antwort</th>
          <th scope="col">Stimmen</th>
          <th scope="col">Richtig</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id} className={row.hard ? 'class-result__row class-result__row--hard' : 'class-result__row'}>
            <th scope="row">
              Frage {row.number}: {row.prompt}
            </th>
            <td>{row.rightAnswer ?? 'Ohne Wertung: Jede Wahl ist möglich.'}</td>
            <td>
              {row.total === 0 ? (
                'keine eingetragen'
              ) : row.options ? (
                <ul className="class-result__votes">
                  {row.options.map((option) => (
                    <li key={option.letter}>
                      {option.letter}: {option.votes}
                      {option.right && ' (richtig)'}
                    </li>
                  ))}
                </ul>
              ) : (
                `${row.right} von ${row.total} richtig`
              )}
            </td>
            <td>
              {row.share === null ? (
                '–'
              ) : (
                <>
                  {percent(row.share)} ({row.right} von {row.total})
                  {row.hard && <strong className="class-result__hard"> schwer</strong>}
                </>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
