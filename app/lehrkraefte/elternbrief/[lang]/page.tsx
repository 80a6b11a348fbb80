import type { Metadata } from 'next';
import Link from '@/components/site/Link';
import { PrintButton } from '@/components/teacher/PrintButton';
import { ParentLetter } from '@/components/teacher/ParentLetter';
import { notFound } from 'next/navigation';
import { parentLetterParams, translatedLetterPage } from '@/lib/content/queries';
import { routes } from '@/lib/site/routes';

export const dynamicParams = false;
export const generateStaticParams = parentLetterParams;

export async function generateMetadata({ params }: PageProps<'/lehrkraefte/elternbrief/[lang]'>): Promise<Metadata> {
  const letter = (await translatedLetterPage((await params).lang)) ?? notFound();
  return { title: `Elternbrief auf ${letter.languageDe}` };
}

/** The parents' letter in a family's language, with a note to the teacher that is not printed. */
export default async function TranslatedParentLetterPage({ params }: PageProps<'/lehrkraefte/elternbrief/[lang]'>) {
  const letter = (await translatedLetterPage((await params).lang)) ?? notFound();
  const { default: Content } = await import(`@/content/elternbrief/${letter.code}.mdx`);
  return (
    <div className="page prose print-page">
      <p className="breadcrumb no-print">
        <Link href={routes.teacher.parentLetter()}>← Elternbrief auf Deutsch</Link>
      </p>
      <aside className="notice notice--warning no-print" aria-label="Hinweis für die Lehrkraft">
        <p>
          <strong>Nur für Sie, wird nicht gedruckt:</strong> Bitte lassen Sie diese Übersetzung vor dem Versenden von
          jemandem lesen, der {letter.languageDe} spricht, zum Beispiel von einer Kollegin, einem Kollegen oder einem
          Elternteil, die gut Deutsch und {letter.languageDe} können.
        </p>
        <p>
          Inhalt, Hilfsangebote und Telefonnummern sind dieselben wie im deutschen Brief. Schule, Klasse und Datum
          tragen Sie unten in die deutsch beschrifteten Felder ein; gedruckt wird alles auf {letter.languageDe}.
        </p>
      </aside>
      <div className="button-row no-print">
        <PrintButton label={`Elternbrief auf ${letter.languageDe} drucken`} />
      </div>
      <ParentLetter letter={letter} Content={Content} />
    </div>
  );
}
