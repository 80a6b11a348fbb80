import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdx from 'remark-mdx';
import { visitParents } from 'unist-util-visit-parents';
import type { Nodes, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { lessonMetaSchema } from './schema';
import { parseYaml, validate } from './problems';
import {
  BLOCK_COMPONENTS,
  type BlockComponent,
  type ContentPiece,
  type ContentProblem,
  type ContentUnit,
  type LessonBlock,
  type LessonLink,
  type LessonModel,
  type SourceCitation,
  type SourcePosition,
  type TermUse,
} from './types';

/**
 * A lesson read once: its MDX parsed to a syntax tree (remark with remark-frontmatter and remark-mdx,
 * as the MDX compiler reads it), walked with a unist visitor, and turned into a `LessonModel` that
 * slides, guides, usage and the build checks all read. Nothing else reads a lesson's MDX.
 */

/** A glossary term in the text: `<Begriff id="…">Wort</Begriff>`. */
export const TERM_COMPONENT = 'Begriff';

/** Every component a lesson may use; components/lesson/teaching.tsx maps each of them. */
export const LESSON_COMPONENTS: readonly string[] = [...BLOCK_COMPONENTS, TERM_COMPONENT];

/** Lesson pages live under this path; a link there must name a lesson that exists. */
export const LESSON_PATH = '/lektionen/';

type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

export type LessonParse = { ok: true; model: LessonModel } | { ok: false; problems: ContentProblem[] };

const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkMdx);

const isJsx = (node: { type: string }): node is JsxElement => node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
const isBlock = (node: { type: string }): node is JsxElement & { name: BlockComponent } =>
  isJsx(node) && (BLOCK_COMPONENTS as readonly string[]).includes(node.name ?? '');

// Containers of inline content: their children run on in one line of text.
const PHRASING_PARENTS = new Set(['paragraph', 'heading', 'emphasis', 'strong', 'delete', 'link', 'linkReference', 'mdxJsxTextElement']);

/** The text a reader sees of a node: no tags, attributes, expressions or Markdown markers; a line per flow element. */
function textOf(node: Nodes): string {
  switch (node.type) {
    case 'text':
    case 'inlineCode':
    case 'code':
      return node.value;
    case 'break':
      return '\n';
    case 'image':
      return node.alt ?? '';
  }
  if (!('children' in node)) return '';
  return (node.children as Nodes[]).map(textOf).join(PHRASING_PARENTS.has(node.type) ? '' : '\n');
}

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

const positionOf = (node: { position?: { start: { line: number; column: number } } }): SourcePosition => ({
  line: node.position?.start.line ?? 1,
  column: node.position?.start.column ?? 1,
});

/**
 * Where a parse error is. A tag left open until the end of the file has no place of its own; its message names
 * the opening tag's place instead ("Expected a closing tag for `<Szene>` (3:1-3:18)"), so that is taken.
 */
function errorPosition(error: { line?: number | null; column?: number | null; reason?: string }): SourcePosition | undefined {
  if (error.line && error.column) return { line: error.line, column: error.column };
  const opening = /\((\d+):(\d+)-\d+:\d+\)/.exec(error.reason ?? '');
  return opening ? { line: Number(opening[1]), column: Number(opening[2]) } : undefined;
}

// Where a sentence ends: after . ! ? or a closing quotation mark, before white space.
const SENTENCE_END = /[.!?“"]\s+/g;

/** Reads the pieces of a lesson's source the tree points to. */
function sourceReader(source: string) {
  const offsets = (node: Nodes) => [node.position?.start.offset ?? 0, node.position?.end.offset ?? 0] as const;
  const slice = (nodes: readonly Nodes[]) => (nodes.length === 0 ? '' : source.slice(offsets(nodes[0]!)[0], offsets(nodes.at(-1)!)[1]));
  const piece = (node: Nodes): ContentPiece => ({ source: slice([node]), text: collapse(textOf(node)) });

  /**
   * A paragraph's sentences. It is cut only inside text written as it reads (no escapes), so a cut never
   * falls inside a tag, a link or an emphasis.
   */
  function sentences(nodes: readonly PhrasingContent[]): ContentPiece[] {
    const end = offsets(nodes.at(-1)!)[1];
    const pieces: ContentPiece[] = [];
    let start = offsets(nodes[0]!)[0];
    let text = '';
    for (const node of nodes) {
      const [from, to] = offsets(node);
      if (node.type !== 'text' || source.slice(from, to) !== node.value) {
        text += textOf(node);
        continue;
      }
      let last = 0;
      for (const match of node.value.matchAll(SENTENCE_END)) {
        const next = match.index + match[0].length;
        if (from + next >= end) break;
        text += node.value.slice(last, match.index + 1);
        pieces.push({ source: source.slice(start, from + match.index + 1), text: collapse(text) });
        text = '';
        start = from + next;
        last = next;
      }
      text += node.value.slice(last);
    }
    pieces.push({ source: source.slice(start, end), text: collapse(text) });
    return pieces;
  }

  const paragraphUnit = (nodes: readonly PhrasingContent[]): ContentUnit => ({
    source: slice(nodes),
    text: collapse(nodes.map(textOf).join('')),
    list: false,
    sentences: sentences(nodes),
  });

  /** A block's content in units: paragraphs, list items, and any other flow element (a nested block) whole. */
  function units(element: JsxElement): ContentUnit[] {
    if (element.children.length === 0) return [];
    if (element.type === 'mdxJsxTextElement') return [paragraphUnit(element.children)];
    return element.children.flatMap((child: RootContent): ContentUnit[] => {
      if (child.type === 'paragraph') return [paragraphUnit((child as Paragraph).children)];
      if (child.type === 'list') return child.children.map((item) => ({ ...piece(item), list: true, sentences: [piece(item)] }));
      return [{ ...piece(child), list: false, sentences: [piece(child)] }];
    });
  }

  return { slice, units };
}

/** The attributes of an element: text as is, an expression as its source, a bare name as "true". */
function attributesOf(element: JsxElement): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const attribute of element.attributes) {
    if (attribute.type !== 'mdxJsxAttribute') continue;
    const { value } = attribute;
    attributes[attribute.name] = value === null || value === undefined ? 'true' : typeof value === 'string' ? value : value.value.trim();
  }
  return attributes;
}

const hasContent = (element: JsxElement) => element.children.some((child) => child.type !== 'text' || child.value.trim() !== '');

/**
 * Whether an element stands on lines of its own, as a block must: a flow element, or the only thing in its
 * paragraph besides other elements (which MDX unwraps, as `<Fakt quelle="…">Ein Satz.</Fakt>` on one line).
 */
function standsAlone(element: JsxElement, parent: Nodes | undefined): boolean {
  if (element.type === 'mdxJsxFlowElement' || parent?.type !== 'paragraph') return true;
  return parent.children.every((child) => isJsx(child) || (child.type === 'text' && child.value.trim() === ''));
}

/** Why an element may not stand where it does, or undefined where it may. */
function misplaced(element: JsxElement, ancestors: readonly Nodes[]): string | undefined {
  const name = element.name!;
  const outer = ancestors.filter(isJsx).at(-1)?.name;
  if (name === TERM_COMPONENT) {
    return outer === TERM_COMPONENT ? `Ein <${TERM_COMPONENT}> kann nicht in einem anderen <${TERM_COMPONENT}> stehen.` : undefined;
  }
  if (outer && !(name === 'Fakt' && outer === 'Szene')) {
    return name === 'Fakt'
      ? `Eine Faktbox <Fakt> kann in einer <Szene> stehen, aber nicht in <${outer}>.`
      : `<${name}> kann nicht in <${outer}> stehen. Schließe <${outer}> vorher mit </${outer}>; nur eine Faktbox <Fakt> darf in einer Szene stehen.`;
  }
  if (!standsAlone(element, ancestors.at(-1))) {
    return `<${name}> steht mitten in einem Absatz. Ein Block beginnt in einer eigenen Zeile: <${name} …>, dann der Inhalt, dann </${name}>.`;
  }
  return undefined;
}

function linkSlug(url: string): string | undefined {
  if (!url.startsWith(LESSON_PATH)) return undefined;
  return url.slice(LESSON_PATH.length).split(/[/#?]/)[0];
}

/**
 * Parses a lesson file (frontmatter and MDX body) once. Returns the model, or every problem found: an MDX
 * syntax error, a frontmatter that breaks the schema, an unknown or misplaced component, a block without
 * content, a fact box without source, each with the line and column where it is.
 */
export function parseLesson(file: string, text: string): LessonParse {
  const problems: ContentProblem[] = [];
  let root: Root;
  try {
    root = processor.parse(text);
  } catch (error) {
    const { reason, message } = error as { reason?: string; message: string };
    const position = errorPosition(error as { reason?: string });
    problems.push({
      file,
      path: '',
      message: `Der Text ist kein gültiges MDX. Oft fehlt ein schließendes Tag oder ein Anführungszeichen. (${reason ?? message})`,
      ...(position ? { position } : {}),
    });
    return { ok: false, problems };
  }

  const frontmatter = root.children[0]?.type === 'yaml' ? root.children[0] : undefined;
  let meta: LessonModel['meta'] | undefined;
  if (!frontmatter) {
    problems.push({ file, path: 'frontmatter', message: 'Die Datei beginnt nicht mit einem Frontmatter-Block zwischen "---"-Zeilen.' });
  } else {
    const yaml = parseYaml(file, frontmatter.value, problems, 'frontmatter', positionOf(frontmatter).line + 1);
    const checked = yaml.ok ? validate(file, lessonMetaSchema, yaml.value, problems, ['frontmatter']) : undefined;
    if (checked?.ok) meta = checked.value;
  }

  const { slice, units } = sourceReader(text);
  const blocks: LessonBlock[] = [];
  const blockIndex = new Map<JsxElement, number>();
  const terms: TermUse[] = [];
  const citations: SourceCitation[] = [];
  const links: LessonLink[] = [];
  const problemAt = (node: Nodes, path: string, message: string) => problems.push({ file, path, message, position: positionOf(node) });

  visitParents(root, (node, ancestors) => {
    if ((node.type === 'link' || node.type === 'definition') && linkSlug(node.url) !== undefined) {
      links.push({ href: node.url, slug: linkSlug(node.url)!, position: positionOf(node) });
      return;
    }
    if (!isJsx(node)) return;
    const name = node.name;
    if (!name || !LESSON_COMPONENTS.includes(name)) {
      problemAt(node, `<${name ?? ''}>`, `Unbekannte Komponente <${name ?? ''}>. Eine Lektion kennt nur ${LESSON_COMPONENTS.map((c) => `<${c}>`).join(', ')}.`);
      return;
    }
    const why = misplaced(node, ancestors);
    if (why) problemAt(node, `<${name}>`, why);
    const attributes = attributesOf(node);
    if (!hasContent(node)) {
      problemAt(
        node,
        `<${name}>`,
        name === TERM_COMPONENT
          ? `Ein <${TERM_COMPONENT}> braucht das Wort, das er erklärt: <${TERM_COMPONENT} id="…">Wort</${TERM_COMPONENT}>, nicht <${TERM_COMPONENT} id="…" />.`
          : `Ein <${name}> braucht Inhalt: <${name} …>, dann der Text, dann </${name}>. Ein leeres oder selbstschließendes <${name} … /> zeigt nichts.`,
      );
    }
    if (name === TERM_COMPONENT) {
      if (attributes.id === undefined) problemAt(node, `<${TERM_COMPONENT}>`, `Ein <${TERM_COMPONENT}> braucht die id seines Glossar-Eintrags: <${TERM_COMPONENT} id="…">.`);
      else terms.push({ id: attributes.id, position: positionOf(node) });
      return;
    }
    if (!isBlock(node)) return;
    if (name === 'Fakt') {
      const quelle = node.attributes.find((attribute) => attribute.type === 'mdxJsxAttribute' && attribute.name === 'quelle');
      if (attributes.quelle === undefined) problemAt(node, '<Fakt>', 'Jede Faktbox braucht eine Quelle: <Fakt quelle="…">.');
      else citations.push({ sourceId: attributes.quelle, position: positionOf(quelle ?? node) });
    }
    const parent = ancestors.filter(isBlock).at(-1);
    blockIndex.set(node, blocks.length);
    blocks.push({
      component: node.name,
      attributes,
      content: slice(node.children),
      text: collapse(node.children.map(textOf).join(node.type === 'mdxJsxTextElement' ? '' : '\n')),
      units: units(node),
      position: positionOf(node),
      ...(parent ? { parent: blockIndex.get(parent)! } : {}),
    });
  });

  if (problems.length > 0 || !meta) return { ok: false, problems };
  return { ok: true, model: { meta, blocks, terms, citations, links, text: textOf(root) } };
}

/** The blocks of one kind, in reading order (nested ones included). */
export function blocksOf(model: LessonModel, component: BlockComponent): LessonBlock[] {
  return model.blocks.filter((block) => block.component === component);
}

/** A scene marked `sensibel` (distressing for pupils who live this story); it must carry a content note. */
export function isSensitiveScene(block: LessonBlock): boolean {
  return block.component === 'Szene' && block.attributes.sensibel === 'true';
}
