import type { Metadata } from 'next';
import Link from 'next/link';
import Letter from '@/content/elternbrief.mdx';
import { PrintButton } from '@/components/teacher/PrintButton';

export const metadata: Metadata = { title: 'Elternbrief' };

export default function ParentLetterPage() {
  return (
    <div className="page prose print-page">
      <p className="breadcrumb no-print">
        <Link href="/lehrkraefte">← Für Lehrkräfte</Link>
      </p>
      <div className="button-row no-print">
        <PrintButton label="Elternbrief drucken" />
      </div>
      <article className="letter">
        <h1>Elternbrief: Unterrichtseinheit „Rauchzeichen“</h1>
        <Letter />
      </article>
    </div>
  );
}
