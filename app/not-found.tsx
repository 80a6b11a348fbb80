import Link from '@/components/site/Link';
import { routes } from '@/lib/site/routes';

export default function NotFound() {
  return (
    <div className="page prose">
      <h1>Diese Seite gibt es nicht</h1>
      <p className="lead">Vielleicht hat sich ein Tippfehler in die Adresse geschlichen, oder der Link ist veraltet.</p>
      <ul>
        <li>
          <Link href={routes.home}>Zur Kursübersicht</Link>
        </li>
        <li>
          <Link href={routes.progress}>Zu deinem Fortschritt</Link>
        </li>
        <li>
          <Link href={routes.help}>Hilfe finden</Link>
        </li>
      </ul>
    </div>
  );
}
