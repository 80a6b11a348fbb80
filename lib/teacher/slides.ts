import { lessonBlocks, splitParagraphs } from '../content/blocks';

/**
 * The slides of a lesson for the projector, derived from the lesson's own blocks: a title slide, the
 * goals, each scene in parts that fit on a slide, each fact box, the prompts and the recap. Pure.
 */
export type SlideSpec =
  | { kind: 'title' }
  | { kind: 'goals' }
  | { kind: 'scene'; title: string; note?: string; source: string; part: number; parts: number }
  | { kind: 'fact'; title: string; sourceId: string; source: string }
  | { kind: 'discussion'; source: string; steps: number }
  | { kind: 'reflection'; source: string }
  | { kind: 'recap'; source: string };

/** Discussion questions are revealed one list item at a time. */
function listItems(mdx: string): number {
  return mdx.split('\n').filter((line) => /^\s*[-*]\s+/.test(line)).length;
}

export function lessonSlides(body: string): SlideSpec[] {
  const slides: SlideSpec[] = [{ kind: 'title' }, { kind: 'goals' }];
  for (const block of lessonBlocks(body)) {
    switch (block.component) {
      case 'Szene': {
        // About 50 words fit a projector slide at the deck's type size, even on a 16:9 screen of 768 px height.
        const parts = splitParagraphs(block.content, 50);
        parts.forEach((source, index) =>
          slides.push({
            kind: 'scene',
            title: block.attributes.titel ?? 'Szene',
            ...(index === 0 && block.attributes.hinweis ? { note: block.attributes.hinweis } : {}),
            source,
            part: index + 1,
            parts: parts.length,
          }),
        );
        break;
      }
      case 'Fakt':
        slides.push({ kind: 'fact', title: block.attributes.titel ?? 'Fakt', sourceId: block.attributes.quelle ?? '', source: block.content });
        break;
      case 'ImGespraech':
        slides.push({ kind: 'discussion', source: block.content, steps: listItems(block.content) });
        break;
      case 'Nachgedacht':
        slides.push({ kind: 'reflection', source: block.content });
        break;
      case 'Rueckblick':
        slides.push({ kind: 'recap', source: block.content });
        break;
    }
  }
  return slides;
}
