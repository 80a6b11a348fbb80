import type { Metadata } from 'next';
import Link from '@/components/site/Link';
import { routes } from '@/lib/site/routes';

export const metadata: Metadata = {
  title: 'Datenschutz',
  description: 'Was Rauchzeichen speichert: nur deinen Lernfortschritt, nur in deinem Browser.',
};

export default function PrivacyPage() {
  return (
    <div className="page prose">
      <h1>Datenschutz – kurz und klar</h1>
      <p className="lead">
        Rauchzeichen braucht kein Konto und sammelt keine Daten über dich. Es gibt keine Cookies, keine Werbung und kein
        Tracking.
      </p>

      <h2>Was gespeichert wird</h2>
      <ul>
        <li>welche Lektionen du begonnen und abgeschlossen hast,</li>
        <li>deine Quiz-Versuche: wann, deine Antworten und deine Punkte,</li>
        <li>die Namen der Profile, die ihr auf diesem Computer anlegt (ein Vorname oder Spitzname reicht).</li>
      </ul>

      <h2>Wo es gespeichert wird</h2>
      <p>
        Nur in diesem Browser auf diesem Gerät (im sogenannten „Local Storage“). Nichts davon wird an uns, an deine Schule
        oder an jemand anderen geschickt. Auch die Seite selbst lädt nichts von fremden Servern: keine Schriften, keine
        Bilder, keine Skripte.
      </p>
      <p>
        Im <strong>Gastmodus</strong> wird nichts dauerhaft gespeichert. Dein Fortschritt bleibt nur in diesem Tab, bis du
        ihn schließt. Legst du vorher ein Profil an, nimmst du ihn mit.
      </p>

      <h2>Wer es sehen kann</h2>
      <p>
        Alle, die diesen Browser auf diesem Gerät benutzen. Auf einem Schulcomputer lernst du deshalb am besten mit einem
        eigenen Profil oder als Gast, und du meldest dich am Ende ab.
      </p>
      <p>
        Du kannst deinem Profil eine <strong>PIN</strong> aus 4 Ziffern geben. Dann kann es ohne PIN niemand öffnen oder
        herunterladen. Gespeichert wird nicht die PIN selbst, sondern nur ein daraus berechneter Prüfwert. Die PIN hält
        Mitschülerinnen und Mitschüler fern. Wer sich mit den Entwicklerwerkzeugen des Browsers auskennt, kommt trotzdem an
        die Daten.
      </p>

      <h2>Wie du es löschst</h2>
      <ul>
        <li>
          Auf <Link href={routes.progress}>Mein Fortschritt</Link> mit „Fortschritt zurücksetzen“ oder „Profil löschen“.
        </li>
        <li>Oder in den Einstellungen deines Browsers, indem du die Website-Daten dieser Seite löschst.</li>
      </ul>

      <h2>Deine Datei gehört dir</h2>
      <p>
        Wenn du deinen Fortschritt exportierst, entsteht eine Datei auf deinem Gerät. Sie bleibt bei dir, bis du sie selbst
        weitergibst.
      </p>
    </div>
  );
}
