import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { certificatePage } from '@/lib/content/queries';
import { Certificate } from '@/components/progress/Certificate';

export const metadata: Metadata = { title: 'Teilnahmebestätigung' };

export default function CertificatePage() {
  const { finalQuizId, passPercent, lessons } = certificatePage() ?? notFound();
  return <Certificate finalQuizId={finalQuizId} passPercent={passPercent} lessons={lessons} />;
}
