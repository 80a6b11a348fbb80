import Link from '@/components/site/Link';
import { notFound } from 'next/navigation';
import { teacherPage, teacherParams } from '@/lib/content/queries';
import { routes } from '@/lib/site/routes';
import { PrintButton } from '@/components/teacher/PrintButton';
import { QrHandout } from '@/components/teacher/QrHandout';
import { teacherMetadata } from '../teacher-metadata';

export const dynamicParams = false;
export const generateStaticParams = teacherParams;

export const generateMetadata = teacherMetadata((lesson) => `QR-Handout: ${lesson.title}`);

export default async function HandoutPage({ params }: PageProps<'/lehrkraefte/[slug]/handout'>) {
  const { lesson } = teacherPage((await params).slug) ?? notFound();
  return (
    <div className="page print-page">
      <div className="no-print">
        <p className="breadcrumb">
          <Link href={routes.teacher.guide(lesson.slug)}>← Leitfaden zu Lektion {lesson.order}</Link>
        </p>
        <h1>QR-Handout: Lektion {lesson.order}</h1>
        <p>
          Drucken Sie die Karten aus (zehn auf einer A4-Seite) und schneiden Sie sie an den gestrichelten Linien aus. Die Schülerinnen und Schüler öffnen die Lektion damit auf
          ihren eigenen Geräten. Der QR-Code führt zu der Adresse, unter der Sie den Kurs gerade geöffnet haben – oder, wenn er nur auf diesem Computer läuft, zu der Adresse, die Sie unten für die Klasse eintragen.
        </p>
        <div className="button-row">
          <PrintButton label="Handout drucken" />
        </div>
      </div>
      <QrHandout path={routes.lesson(lesson.slug)} title={`Lektion ${lesson.order}: ${lesson.title}`} />
    </div>
  );
}
