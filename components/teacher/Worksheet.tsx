import Link from '@/components/site/Link';
import type { Lesson } from '@/lib/content/types';
import type { Guide } from '@/lib/teacher/schema';
import { blocksOf } from '@/lib/content/lesson-model';
import { writingLines, type WorksheetVariant } from '@/lib/teacher/worksheet';
import { routes } from '@/lib/site/routes';
import { MdxSnippet } from '@/components/lesson/MdxSnippet';
import { BegriffSchlicht } from '@/components/lesson/teaching';
import { PrintButton } from './PrintButton';
import { GraphicView } from '@/components/graphics/GraphicView';
import type { GraphicKind } from '@/lib/graphics/kinds';
import './print.css';

type Props = { lesson: Lesson; guide: Guide; variant: WorksheetVariant };

const variantTitle: Record<WorksheetVariant, string> = {
  standard: 'Arbeitsblatt',
  easier: 'Arbeitsblatt mit Satzanfängen',
};

/** The bar above a printable page: back to the guide, print, the other versions. Never printed. */
export function PrintBar({ lesson, label, children }: { lesson: Lesson; label: string; children?: React.ReactNode }) {
  return (
    <div className="no-print print-bar">
      <p className="breadcrumb">
        <Link href={routes.teacher.guide(lesson.slug)}>← Leitfaden zu Lektion {lesson.order}</Link>
      </p>
      {children}
      <div className="button-row">
        <PrintButton label={label} />
      </div>
    </div>
  );
}

/**
 * The worksheet for pupils on at most two A4 pages: the scene excerpt and the tasks with lines to write
 * on. The easier variant prints sentence starters at the start of the lines. The key is a page of its own.
 */
export async function Worksheet({ lesson, guide, variant }: Props) {
  const { scene: from, toScene: to = from } = guide.worksheet;
  const scenes = blocksOf(lesson.model, 'Szene').slice(from - 1, to);
  const titles = scenes.map((scene) => `„${scene.attributes.titel}“`);
  // The lesson's graphics come along, drawn for paper, after the tasks: the sheet shows what the pupils saw.
  const graphics = blocksOf(lesson.model, 'Grafik');
  const title = variantTitle[variant];
  return (
    <div className="page print-page">
      <PrintBar lesson={lesson} label={`${title} drucken`}>
        <ul className="link-list link-list--inline">
          {variant === 'easier' ? (
            <li>
              <Link href={routes.teacher.worksheet(lesson.slug)}>Arbeitsblatt ohne Satzanfänge</Link>
            </li>
          ) : (
            <li>
              <Link href={routes.teacher.easierWorksheet(lesson.slug)}>Leichtere Fassung mit Satzanfängen</Link>
            </li>
          )}
          <li>
            <Link href={routes.teacher.answerKey(lesson.slug)}>Lösungen für die Lehrkraft (eigene Seite)</Link>
          </li>
        </ul>
      </PrintBar>

      <section className="print-doc sheet" aria-labelledby="blatt-titel">
        <p className="sheet__meta">
          <span>Name: ______________________</span> <span>Klasse: ________</span> <span>Datum: ____________</span>
        </p>
        <h1 id="blatt-titel" className="sheet__title">
          {title} zu Lektion {lesson.order}: {lesson.title}
        </h1>
        <p className="sheet__task">{guide.worksheet.task}</p>
        {variant === 'easier' && (
          <p className="sheet__task">Unter jeder Aufgabe stehen Satzanfänge. Schreib die Sätze zu Ende. Du kannst auch eigene Sätze schreiben.</p>
        )}
        <blockquote className="sheet__excerpt">
          <p className="sheet__excerpt-title">
            {titles.length === 1 ? `Aus der Szene ${titles[0]}` : `Aus den Szenen ${titles.slice(0, -1).join(', ')} und ${titles.at(-1)}`}
          </p>
          {scenes.map((scene) => (
            <MdxSnippet key={scene.attributes.titel} source={scene.content} components={{ Begriff: BegriffSchlicht }} />
          ))}
        </blockquote>
        <p className="sheet__help">
          Wenn dich das Thema belastet: Sprich mit jemandem, dem du vertraust, oder ruf die Nummer gegen Kummer an: 116 111
          (anonym und kostenlos).
        </p>
        <h2 className="sheet__heading">Aufgaben</h2>
        <ol className="sheet__questions">
          {guide.worksheet.questions.map((item) => (
            <li key={item.question}>
              <p>{item.question}</p>
              <div className="sheet__lines">
                {writingLines(item, variant).map((line, index) =>
                  line.starter ? (
                    <p key={index} className="sheet__line sheet__line--starter">
                      {line.starter}
                    </p>
                  ) : (
                    <div key={index} className="sheet__line" aria-hidden="true" />
                  ),
                )}
              </div>
            </li>
          ))}
        </ol>
        {graphics.map((graphic) => (
          <figure key={graphic.attributes.art} className="sheet__graphic">
            <figcaption className="sheet__graphic-title">Zum Nachschauen: {graphic.attributes.titel}</figcaption>
            <GraphicView kind={graphic.attributes.art as GraphicKind} variant="print" />
          </figure>
        ))}
      </section>
    </div>
  );
}
