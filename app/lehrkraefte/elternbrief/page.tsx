import type { Metadata } from 'next';
import Link from '@/components/site/Link';
import Letter from '@/content/elternbrief.mdx';
import { parentLetterPage } from '@/lib/content/queries';
import { routes } from '@/lib/site/routes';
import { PrintButton } from '@/components/teacher/PrintButton';
import { ParentLetter } from '@/components/teacher/ParentLetter';

export const metadata: Metadata = { title: 'Elternbrief' };

export default async function ParentLetterPage() {
  const { german, translations } = await parentLetterPage();
  return (
    <div className="page prose print-page">
      <p className="breadcrumb no-print">
        <Link href={routes.teacher.overview}>← Für Lehrkräfte</Link>
      </p>
      <nav className="letter-languages no-print" aria-labelledby="elternbrief-sprachen">
        <p id="elternbrief-sprachen">Diesen Brief gibt es auch in anderen Sprachen:</p>
        <ul className="link-list link-list--inline">
          {translations.map((letter) => (
            <li key={letter.code}>
              <Link href={routes.teacher.parentLetter(letter.code)} hrefLang={letter.code}>
                <span lang={letter.code} dir={letter.dir}>
                  {letter.language}
                </span>{' '}
                ({letter.languageDe})
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <div className="button-row no-print">
        <PrintButton label="Elternbrief drucken" />
      </div>
      <ParentLetter letter={german} Content={Letter} />
    </div>
  );
}
