import Link from '@/components/site/Link';
import { routes } from '@/lib/site/routes';

/** Shown with every lesson and quiz: help is always one click away. */
export function HelpBox() {
  return (
    <aside className="help-box" aria-label="Hilfe">
      <p>
        <strong>Macht dir das Thema zu schaffen?</strong> Du bist nicht allein, und du bist nicht schuld, wenn zu Hause
        jemand raucht oder trinkt. Sprich mit jemandem, dem du vertraust – oder ruf anonym und kostenlos bei der Nummer
        gegen Kummer an: <a href="tel:116111">116 111</a>.
      </p>
      <p>
        <Link href={routes.help}>Alle Hilfsangebote ansehen</Link>
      </p>
    </aside>
  );
}
