import { z } from 'zod';
import { parseYaml, validate } from './problems';
import type { ContentFile, ContentProblem } from './types';

/**
 * The parents' letter: the German original (content/elternbrief.mdx) and its translations
 * (content/elternbrief/<language code>.mdx). The German letter is the source: every translation must
 * keep its sections, its list of help services with their German names, and the same phone numbers.
 */

export const GERMAN_LETTER_FILE = 'content/elternbrief.mdx';
export const LETTER_TRANSLATIONS_DIR = 'content/elternbrief';

/** The components a letter may use; mapped in components/teacher/ParentLetter.tsx. */
export const LETTER_COMPONENTS = ['Felder', 'Nummer', 'Deutsch', 'Unterschrift', 'Rueckmeldung'] as const;

// Scripts written right to left: a letter in one of these languages must say dir: rtl.
const RTL_LANGUAGES = new Set(['ar', 'fa', 'he', 'ps', 'ur', 'ckb', 'yi']);

const text = z.string().trim().min(1, 'Darf nicht leer sein.');

export const letterMetaSchema = z.strictObject({
  /** The language's name in the language itself, e.g. "Türkçe". */
  language: text,
  /** The language's name in German, e.g. "Türkisch". */
  languageDe: text,
  dir: z.enum(['ltr', 'rtl']).default('ltr'),
});

/** The teacher's fields at the top of the letter: what is printed before each blank, in the letter's language. */
export const letterFieldsSchema = z.strictObject({
  schule: text,
  klasse: text,
  datum: text,
});

/**
 * The reply slip the teacher may attach (<Rueckmeldung … />), in the letter's language: the line to cut along,
 * the slip's title, "I have read the letter", and what goes on the two lines (the child's name, a signature).
 */
export const replySlipSchema = z.strictObject({
  titel: text,
  abtrennen: text,
  gelesen: text,
  kind: text,
  unterschrift: text,
});

/** A BCP 47 primary language subtag: it becomes the page's `lang` and the URL. */
const languageCodeSchema = z.string().regex(/^[a-z]{2,3}$/, 'Der Dateiname muss ein Sprachcode sein, z. B. "tr" oder "ar".');

export type LetterMeta = z.output<typeof letterMetaSchema>;
export type LetterFields = z.output<typeof letterFieldsSchema>;
export type ReplySlip = z.output<typeof replySlipSchema>;

export interface ParentLetter extends LetterMeta {
  /** BCP 47 language code: "de" for the original. */
  code: string;
  file: string;
}

export interface ParentLetters {
  german: ParentLetter;
  /** Sorted in the order of the files (by code). */
  translations: ParentLetter[];
}

export type LettersResult = { ok: true; letters: ParentLetters } | { ok: false; problems: ContentProblem[] };

/** Just enough of an mdast/MDX node for the checks below. */
interface MdNode {
  type: string;
  value?: string;
  depth?: number;
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: MdNode[];
}

type Parse = (text: string) => MdNode;

// The MDX parser is ESM-only (its dependencies have no CommonJS entry), so it is loaded with import().
async function mdxParser(): Promise<Parse> {
  const [{ createProcessor }, { default: remarkFrontmatter }] = await Promise.all([import('@mdx-js/mdx'), import('remark-frontmatter')]);
  const processor = createProcessor({ remarkPlugins: [remarkFrontmatter] });
  return (text) => processor.parse(text) as MdNode;
}

function walk(node: MdNode, visit: (node: MdNode) => void) {
  visit(node);
  node.children?.forEach((child) => walk(child, visit));
}

function collect(root: MdNode, test: (node: MdNode) => boolean): MdNode[] {
  const found: MdNode[] = [];
  walk(root, (node) => {
    if (test(node)) found.push(node);
  });
  return found;
}

function plain(node: MdNode): string {
  if (typeof node.value === 'string' && node.type !== 'yaml') return node.value;
  return (node.children ?? []).map(plain).join('');
}

const isComponent = (node: MdNode) => node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';

/** What a translation must keep from the German letter. */
interface LetterShape {
  sections: number;
  /**
   * Per help-service list item: the service names in bold, the German words marked <Deutsch> inside them
   * (a translation keeps the German names, marked so), and the phone numbers it gives.
   */
  services: { names: string[]; germanNames: string[]; numbers: string[] }[];
}

interface ParsedLetter {
  meta: LetterMeta;
  shape: LetterShape;
}

function parseLetter(parse: Parse, file: ContentFile, problems: ContentProblem[]): ParsedLetter | undefined {
  let root: MdNode;
  try {
    root = parse(file.text);
  } catch (error) {
    problems.push({ file: file.path, path: '', message: `MDX kann nicht gelesen werden: ${(error as Error).message}` });
    return undefined;
  }
  const count = problems.length;
  const frontmatter = root.children?.find((node) => node.type === 'yaml');
  let meta: LetterMeta | undefined;
  if (!frontmatter) {
    problems.push({ file: file.path, path: 'frontmatter', message: 'Die Datei beginnt nicht mit einem Frontmatter-Block zwischen "---"-Zeilen.' });
  } else {
    const yaml = parseYaml(file.path, frontmatter.value ?? '', problems, 'frontmatter', 2);
    const checked = yaml.ok ? validate(file.path, letterMetaSchema, yaml.value, problems, ['frontmatter']) : undefined;
    if (checked?.ok) meta = checked.value;
  }

  const components = collect(root, isComponent);
  for (const node of components) {
    if (!(LETTER_COMPONENTS as readonly string[]).includes(node.name ?? '')) {
      problems.push({ file: file.path, path: `<${node.name ?? ''}>`, message: `Im Elternbrief sind nur diese Komponenten erlaubt: ${LETTER_COMPONENTS.map((c) => `<${c}>`).join(', ')}.` });
    }
  }
  const fields = components.filter((node) => node.name === 'Felder');
  if (fields.length !== 1) {
    problems.push({ file: file.path, path: '<Felder>', message: `Der Brief braucht genau ein <Felder schule="…" klasse="…" datum="…" /> (gefunden: ${fields.length}).` });
  } else {
    const attributes = Object.fromEntries((fields[0]!.attributes ?? []).map((a) => [a.name, a.value]));
    validate(file.path, letterFieldsSchema, attributes, problems, ['<Felder>']);
  }
  const slips = components.filter((node) => node.name === 'Rueckmeldung');
  if (slips.length !== 1) {
    problems.push({ file: file.path, path: '<Rueckmeldung>', message: `Der Brief braucht genau einen <Rueckmeldung titel="…" abtrennen="…" gelesen="…" kind="…" unterschrift="…" /> am Ende (gefunden: ${slips.length}).` });
  } else {
    const attributes = Object.fromEntries((slips[0]!.attributes ?? []).map((a) => [a.name, a.value]));
    validate(file.path, replySlipSchema, attributes, problems, ['<Rueckmeldung>']);
  }
  const signatures = components.filter((node) => node.name === 'Unterschrift');
  if (signatures.length !== 1 || !plain(signatures[0]!).trim()) {
    problems.push({ file: file.path, path: '<Unterschrift>', message: 'Der Brief braucht genau eine <Unterschrift> mit Text (z. B. „Name und Unterschrift der Lehrkraft“).' });
  }

  const titles = collect(root, (node) => node.type === 'heading' && node.depth === 1);
  if (titles.length !== 1) {
    problems.push({ file: file.path, path: '#', message: `Der Brief braucht genau eine Überschrift „# …“ (gefunden: ${titles.length}).` });
  }

  const lists = collect(root, (node) => node.type === 'list');
  const items = lists.flatMap((list) => list.children ?? []);
  const shape: LetterShape = {
    sections: collect(root, (node) => node.type === 'heading' && node.depth === 2).length,
    services: items.map((item) => ({
      names: collect(item, (node) => node.type === 'strong').map((node) => plain(node).replace(/[:\s]+$/, '').trim()),
      germanNames: collect(item, (node) => node.type === 'strong')
        .flatMap((strong) => collect(strong, (node) => isComponent(node) && node.name === 'Deutsch'))
        .map((node) => plain(node).trim()),
      numbers: collect(item, (node) => isComponent(node) && node.name === 'Nummer').map((node) => plain(node).trim()),
    })),
  };
  if (problems.length > count || !meta) return undefined;
  return { meta, shape };
}

/** A translation keeps the German letter's sections, services, German service names and phone numbers. */
function compareWithGerman(file: string, shape: LetterShape, german: LetterShape, problems: ContentProblem[]) {
  if (shape.sections !== german.sections) {
    problems.push({ file, path: '##', message: `Der deutsche Brief hat ${german.sections} Abschnitte (##), die Übersetzung ${shape.sections}.` });
  }
  if (shape.services.length !== german.services.length) {
    problems.push({ file, path: 'Hilfsangebote', message: `Der deutsche Brief nennt ${german.services.length} Hilfsangebote (Listenpunkte), die Übersetzung ${shape.services.length}.` });
    return;
  }
  german.services.forEach((service, index) => {
    const translated = shape.services[index]!;
    for (const name of service.names) {
      if (!translated.germanNames.includes(name)) {
        problems.push({ file, path: `Hilfsangebote[${index}]`, message: `Der deutsche Name bleibt stehen, fett und als Deutsch markiert: **<Deutsch>${name}</Deutsch>**.` });
      }
    }
    if (translated.numbers.join(' | ') !== service.numbers.join(' | ')) {
      const expected = service.numbers.map((n) => `<Nummer>${n}</Nummer>`).join(', ') || 'keine Nummer';
      problems.push({ file, path: `Hilfsangebote[${index}]`, message: `Die Telefonnummern müssen wie im deutschen Brief lauten: ${expected}.` });
    }
  });
}

/** Parses and checks the German letter and every translation. Pure: the caller reads the files. */
export async function validateLetters(files: readonly ContentFile[]): Promise<LettersResult> {
  const problems: ContentProblem[] = [];
  const germanFile = files.find((f) => f.path === GERMAN_LETTER_FILE);
  if (!germanFile) return { ok: false, problems: [{ file: GERMAN_LETTER_FILE, path: '', message: 'Die Datei fehlt.' }] };
  const parse = await mdxParser();
  const german = parseLetter(parse, germanFile, problems);
  const translations: ParentLetter[] = [];
  for (const file of files.filter((f) => f.path.startsWith(`${LETTER_TRANSLATIONS_DIR}/`))) {
    const code = file.path.slice(LETTER_TRANSLATIONS_DIR.length + 1).replace(/\.mdx$/, '');
    const codeCheck = languageCodeSchema.safeParse(code);
    if (!file.path.endsWith('.mdx') || !codeCheck.success || code === 'de') {
      const reason = code === 'de' ? 'Der deutsche Brief ist content/elternbrief.mdx.' : codeCheck.error?.issues[0]?.message ?? 'Nur .mdx-Dateien.';
      problems.push({ file: file.path, path: '', message: `Ungültiger Dateiname: ${reason}` });
      continue;
    }
    const letter = parseLetter(parse, file, problems);
    if (!letter) continue;
    const wantsRtl = RTL_LANGUAGES.has(code);
    if (wantsRtl !== (letter.meta.dir === 'rtl')) {
      problems.push({ file: file.path, path: 'frontmatter.dir', message: `Die Sprache "${code}" wird ${wantsRtl ? 'von rechts nach links' : 'von links nach rechts'} geschrieben: dir: ${wantsRtl ? 'rtl' : 'ltr'}.` });
    }
    if (german) compareWithGerman(file.path, letter.shape, german.shape, problems);
    translations.push({ ...letter.meta, code, file: file.path });
  }
  if (problems.length > 0 || !german) return { ok: false, problems };
  return { ok: true, letters: { german: { ...german.meta, code: 'de', file: GERMAN_LETTER_FILE }, translations } };
}
