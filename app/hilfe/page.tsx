import type { Metadata } from 'next';

export const metadata: Metadata = {
  title: 'Hilfe finden',
  description: 'Wo Kinder, Jugendliche, Eltern und Rauchende Hilfe bekommen: anonym und kostenlos.',
};

export default function HelpPage() {
  return (
    <div className="page prose">
      <h1>Hilfe finden</h1>
      <p className="lead">
        Wenn zu Hause jemand raucht, trinkt oder krank ist, kann das sehr belasten. Das Wichtigste zuerst:{' '}
        <strong>Du bist nicht schuld.</strong> Und du musst das nicht allein tragen. Du kannst die Sucht eines anderen
        Menschen nicht für ihn beenden – aber du darfst dir Hilfe holen.
      </p>

      <section aria-labelledby="fuer-dich">
        <h2 id="fuer-dich">Für dich</h2>
        <ul className="help-list">
          <li>
            <h3>Nummer gegen Kummer – Kinder- und Jugendtelefon</h3>
            <p className="help-list__number">
              <a href="tel:116111">116 111</a>
            </p>
            <p>
              Ausgebildete Beraterinnen und Berater hören dir zu. Anonym und kostenlos, auch vom Handy. Du kannst auch per
              E-Mail oder Chat schreiben.
            </p>
            <p>
              <a href="https://www.nummergegenkummer.de" rel="noopener noreferrer">
                nummergegenkummer.de
              </a>
            </p>
          </li>
          <li>
            <h3>KidKit</h3>
            <p>
              Beratung per E-Mail und Chat für 10- bis 18-Jährige aus Familien mit Sucht, psychischer Erkrankung oder
              Gewalt.
            </p>
            <p>
              <a href="https://www.kidkit.de" rel="noopener noreferrer">
                kidkit.de
              </a>
            </p>
          </li>
          <li>
            <h3>„Trau Dir!“ von NACOA Deutschland</h3>
            <p>Informationen und Beratung für Kinder und Jugendliche aus Familien, in denen jemand süchtig ist.</p>
            <p>
              <a href="https://www.traudir.nacoa.de" rel="noopener noreferrer">
                traudir.nacoa.de
              </a>
            </p>
          </li>
          <li>
            <h3>Menschen, denen du vertraust</h3>
            <p>
              Eine Lehrerin oder ein Lehrer, die Schulsozialarbeit, Großeltern, eine Tante, ein Trainer: Erwachsene, denen
              du vertraust, können zuhören und mit dir überlegen, was hilft.
            </p>
          </li>
        </ul>
      </section>

      <section aria-labelledby="fuer-eltern">
        <h2 id="fuer-eltern">Für Eltern und Familien</h2>
        <ul className="help-list">
          <li>
            <h3>Nummer gegen Kummer – Elterntelefon</h3>
            <p className="help-list__number">
              <a href="tel:08001110550">0800 111 0 550</a>
            </p>
            <p>Anonym und kostenlos, für Eltern und andere Erziehende.</p>
          </li>
        </ul>
      </section>

      <section aria-labelledby="fuer-rauchende">
        <h2 id="fuer-rauchende">Für Menschen, die aufhören möchten zu rauchen</h2>
        <ul className="help-list">
          <li>
            <h3>Rauchfrei-Telefon des BIÖG (früher BZgA)</h3>
            <p className="help-list__number">
              <a href="tel:08008313131">0800 8 31 31 31</a>
            </p>
            <p>Kostenlose Beratung am Telefon, auch mit Rückrufen während der ersten rauchfreien Zeit.</p>
          </li>
          <li>
            <h3>rauchfrei-info.de</h3>
            <p>Online-Ausstiegsprogramm, Selbsttest und Austausch mit anderen, vom BIÖG.</p>
            <p>
              <a href="https://www.rauchfrei-info.de" rel="noopener noreferrer">
                rauchfrei-info.de
              </a>
            </p>
          </li>
        </ul>
      </section>

      <section aria-labelledby="notfall">
        <h2 id="notfall">Im Notfall</h2>
        <p>
          Wenn jemand in Lebensgefahr ist, ruf sofort den Notruf an: <a href="tel:112">112</a>.
        </p>
      </section>

      <p className="small">
        Nummern und Sprechzeiten können sich ändern. Was gerade gilt, steht auf den Seiten der Angebote selbst.
      </p>
    </div>
  );
}
