import type { Metadata } from 'next';
import Link from 'next/link';
import Letter from '@/content/elternbrief.mdx';
import { getParentLetters } from '@/lib/content/load';
import { PrintButton } from '@/components/teacher/PrintButton';
import { ParentLetter } from '@/components/teacher/ParentLetter';
import { parentLetterHref } from '@/components/teacher/teacherRoutes';

export const metadata: Metadata = { title: 'Elternbrief' };

export default async function ParentLetterPage() {
  const { german, translations } = await getParentLetters();
  return (
    <div className="page prose print-page">
      <p className="breadcrumb no-print">
        <Link href="/lehrkraefte">← Für Lehrkräfte</Link>
      </p>
      <nav className="letter-languages no-print" aria-labelledby="elternbrief-sprachen">
        <p id="elternbrief-sprachen">Diesen Brief gibt es auch in anderen Sprachen:</p>
        <ul className="link-list link-list--inline">
          {translations.map((letter) => (
            <li key={letter.code}>
              <Link href={parentLetterHref(letter.code)} hrefLang={letter.code}>
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
