import type { GraphicKind } from '../graphics/kinds';
import type { ContentPiece, ContentUnit, LessonModel } from '../content/types';

/**
 * The slides of a lesson for the projector, derived from the lesson's own blocks: a title slide, the
 * goals, each scene, fact box, prompt and the recap in parts that fit on a slide in large type, and
 * the help slide at the end. Pure.
 */
export type SlideSpec =
  | { kind: 'title' }
  | { kind: 'goals'; part: number; parts: number; from: number; count: number }
  | { kind: 'scene'; scene: number; title: string; note?: string; source: string; part: number; parts: number }
  | { kind: 'fact'; title: string; sourceId: string; source: string; part: number; parts: number }
  | { kind: 'discussion'; source: string; steps: number; part: number; parts: number }
  | { kind: 'reflection'; source: string; part: number; parts: number }
  | { kind: 'recap'; source: string; part: number; parts: number }
  | { kind: 'graphic'; art: GraphicKind; title: string }
  | { kind: 'help' };

/**
 * What fits on a slide, in lines of body text. The deck sets body text at 4vh (about 30 px at 768 px height,
 * never below 28 px) on a slide 86 % of the screen wide; at 1024×768, the narrowest projector picture, a line
 * holds about 48 characters and the slide about 16 lines, kicker and title included (measured by
 * e2e/projector.spec.ts; a little is kept in reserve).
 */
export const SLIDE_FIT = { charsPerLine: 48, titleCharsPerLine: 30, smallCharsPerLine: 60, lines: 14 } as const;

const lines = (text: string, perLine: number) => Math.max(1, Math.ceil(text.length / perLine));

/** An attribute's text (a title, a content note) as it shows: white space collapsed. */
const shown = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Lines a heading takes, counted in body lines (a title is 1.45 times the body size), with its margin. */
export const titleLines = (title: string) => lines(shown(title), SLIDE_FIT.titleCharsPerLine) * 1.25 + 0.55;

/** Lines a small line (content note, source) takes at 24 px, counted in body lines, with its spacing. */
export const smallLines = (text: string) => lines(shown(text), SLIDE_FIT.smallCharsPerLine) * 0.85 + 0.5;

type Piece = ContentPiece & { list: boolean };

/** The pieces of a block's units that fit on a slide: a paragraph longer than a slide is cut at sentence ends. */
function pieces(units: readonly ContentUnit[], capacity: number): Piece[] {
  return units.flatMap((unit): Piece[] =>
    unit.list || lines(unit.text, SLIDE_FIT.charsPerLine) <= capacity ? [unit] : unit.sentences.map((sentence) => ({ ...sentence, list: false })),
  );
}

/** One slide's share of a block: its MDX and how many list items it holds. */
export interface SlidePart {
  source: string;
  listItems: number;
}

/**
 * Splits a block's units into parts that each fit in `capacity` body lines, at paragraph, list item or
 * sentence breaks, so that type never has to shrink to make text fit. `firstCapacity` is the room on the
 * first part (which may carry a content note). Pure.
 */
export function fitToSlides(units: readonly ContentUnit[], capacity: number, firstCapacity = capacity): SlidePart[] {
  const parts: Piece[][] = [];
  let used = Infinity;
  for (const piece of pieces(units, Math.min(capacity, firstCapacity))) {
    // A paragraph gap is about half a line; list items sit closer together.
    const cost = lines(piece.text, SLIDE_FIT.charsPerLine) + (piece.list ? 0.15 : 0.5);
    const limit = parts.length === 1 ? firstCapacity : capacity;
    if (parts.length === 0 || used + cost > limit) {
      parts.push([]);
      used = 0;
    }
    parts.at(-1)!.push(piece);
    used += cost;
  }
  return parts.map((part) => ({
    source: part.reduce((text, piece, i) => (i === 0 ? piece.source : `${text}${piece.list && part[i - 1]!.list ? '\n' : '\n\n'}${piece.source}`), ''),
    listItems: part.filter((piece) => piece.list).length,
  }));
}

/** The lesson goals as list items, for the goals slide. */
const goalUnits = (goals: readonly string[]): ContentUnit[] =>
  goals.map((goal) => ({ source: `- ${goal}`, text: shown(goal), list: true, sentences: [] }));

/** The kicker line above a title ("Szene", "Fakt") takes about one body line. */
const KICKER = 1;

/** A block nested in another (a fact box in a scene) is shown on its slides, as on the lesson page. */
export function lessonSlides(model: LessonModel): SlideSpec[] {
  const slides: SlideSpec[] = [{ kind: 'title' }];

  const goalParts = fitToSlides(goalUnits(model.meta.goals.map((goal) => goal.text)), SLIDE_FIT.lines - titleLines('Das lernst du heute'));
  let from = 0;
  goalParts.forEach((part, index) => {
    slides.push({ kind: 'goals', part: index + 1, parts: goalParts.length, from, count: part.listItems });
    from += part.listItems;
  });

  let scene = 0;
  for (const block of model.blocks.filter((b) => b.parent === undefined)) {
    switch (block.component) {
      case 'Szene': {
        scene += 1;
        const title = block.attributes.titel ?? 'Szene';
        const note = block.attributes.hinweis;
        const room = SLIDE_FIT.lines - KICKER - titleLines(title);
        const parts = fitToSlides(block.units, room, room - (note ? smallLines(`Hinweis: ${note}`) : 0));
        parts.forEach(({ source }, index) =>
          slides.push({ kind: 'scene', scene, title, ...(index === 0 && note ? { note } : {}), source, part: index + 1, parts: parts.length }),
        );
        break;
      }
      case 'Fakt': {
        const title = block.attributes.titel ?? 'Fakt';
        // Room for a two-line source under every part: each figure keeps its source on screen.
        const room = SLIDE_FIT.lines - KICKER - titleLines(title) - smallLines('x'.repeat(SLIDE_FIT.smallCharsPerLine * 2));
        const parts = fitToSlides(block.units, room);
        parts.forEach(({ source }, index) =>
          slides.push({ kind: 'fact', title, sourceId: block.attributes.quelle ?? '', source, part: index + 1, parts: parts.length }),
        );
        break;
      }
      case 'ImGespraech': {
        const parts = fitToSlides(block.units, SLIDE_FIT.lines - titleLines('Im Gespräch'));
        parts.forEach(({ source, listItems }, index) =>
          slides.push({ kind: 'discussion', source, steps: listItems, part: index + 1, parts: parts.length }),
        );
        break;
      }
      case 'Nachgedacht': {
        const parts = fitToSlides(block.units, SLIDE_FIT.lines - titleLines('Nachgedacht – jede und jeder für sich'));
        parts.forEach(({ source }, index) => slides.push({ kind: 'reflection', source, part: index + 1, parts: parts.length }));
        break;
      }
      case 'Grafik': {
        // One slide per graphic: the graphic is drawn for the projector, its intro stays on the lesson page.
        slides.push({ kind: 'graphic', art: block.attributes.art as GraphicKind, title: block.attributes.titel ?? 'Grafik' });
        break;
      }
      case 'Rueckblick': {
        const parts = fitToSlides(block.units, SLIDE_FIT.lines - titleLines('Rückblick'));
        parts.forEach(({ source }, index) => slides.push({ kind: 'recap', source, part: index + 1, parts: parts.length }));
        break;
      }
    }
  }
  slides.push({ kind: 'help' });
  return slides;
}

/** A short name for a slide in the presenter's overview and notes, e.g. "Szene 2: Im Auto (1/2)". */
export function slideLabel(spec: SlideSpec, lessonTitle: string): string {
  const part = 'parts' in spec && spec.parts > 1 ? ` (${spec.part}/${spec.parts})` : '';
  switch (spec.kind) {
    case 'title':
      return lessonTitle;
    case 'goals':
      return `Das lernst du heute${part}`;
    case 'scene':
      return `Szene ${spec.scene}: ${spec.title}${part}`;
    case 'fact':
      return `Fakt: ${spec.title}${part}`;
    case 'discussion':
      return `Im Gespräch${part}`;
    case 'reflection':
      return `Nachgedacht${part}`;
    case 'recap':
      return `Rückblick${part}`;
    case 'graphic':
      return `Grafik: ${spec.title}`;
    case 'help':
      return 'Hilfe und Beratung';
  }
}

/** The index of the first slide of the next scene after `index`, or null when no scene follows. */
export function nextSceneIndex(slides: readonly SlideSpec[], index: number): number | null {
  const next = slides.findIndex((spec, i) => i > index && spec.kind === 'scene' && spec.part === 1);
  return next === -1 ? null : next;
}
