/**
 * The teaching blocks of a lesson body, in order: scenes, fact boxes, prompts, recap. Pure text
 * parsing of the MDX source, used for build checks, the teacher's guide, slides and worksheets.
 */

export const BLOCK_COMPONENTS = ['Szene', 'Fakt', 'Nachgedacht', 'ImGespraech', 'Rueckblick'] as const;
export type BlockComponent = (typeof BLOCK_COMPONENTS)[number];

export interface LessonBlock {
  component: BlockComponent;
  attributes: Record<string, string>;
  /** The MDX between the opening and closing tag, trimmed. */
  content: string;
}

const BLOCK = new RegExp(`<(${BLOCK_COMPONENTS.join('|')})\\b([^>]*)>([\\s\\S]*?)</\\1>`, 'g');

/**
 * The attributes of an opening tag: titel="…" and titel='…' as text, quelle={…} as the expression's source,
 * and a bare boolean attribute such as `sensibel` as "true".
 */
function parseAttributes(source: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  const rest = source.replace(/(\w+)=(?:"([^"]*)"|'([^']*)'|\{([^}]*)\})/g, (_, name: string, double?: string, single?: string, expression?: string) => {
    attributes[name] = double ?? single ?? expression!.trim();
    return ' ';
  });
  for (const bare of rest.matchAll(/\b(\w+)\b/g)) attributes[bare[1]!] = 'true';
  return attributes;
}

export function lessonBlocks(body: string): LessonBlock[] {
  return [...body.matchAll(BLOCK)].map((match) => ({
    component: match[1] as BlockComponent,
    attributes: parseAttributes(match[2]!),
    content: match[3]!.trim(),
  }));
}

/** A scene marked `sensibel` (distressing for pupils who live this story); it must carry a content note. */
export function isSensitiveScene(block: LessonBlock): boolean {
  return block.component === 'Szene' && block.attributes.sensibel === 'true';
}

/** MDX as plain text: tags and Markdown markers removed, for short summaries. */
export function plainText(mdx: string): string {
  return mdx
    .replace(/<[^>]+>/g, '')
    .replace(/\*\*|__|\*|_/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^\s*[-#>]+\s*/gm, '')
    .replace(/\s+/g, ' ')
    .trim();
}
