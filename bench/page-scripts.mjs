// The scripts of an exported page, for the benchmark: which external scripts a browser loads for it, and the
// page without any script (the "no-script copy" whose LCP each route's LCP is compared with).
import { paintFirstChunks } from '../lib/site/paint-first.ts';

const attribute = (tag, name) => new RegExp(`\\s${name}=(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag)?.slice(1).find((v) => v !== undefined);
const hasAttribute = (tag, name) => new RegExp(`\\s${name}(?:[\\s=>/]|$)`, 'i').test(tag);
const isScriptPreload = (tag) => {
  const rel = (attribute(tag, 'rel') ?? '').toLowerCase().split(/\s+/);
  return rel.includes('modulepreload') || (rel.includes('preload') && (attribute(tag, 'as') ?? '').toLowerCase() === 'script');
};

/**
 * The external scripts a browser with ES modules loads for the page: <script src> (not nomodule), script preloads,
 * and the chunks the paint-first loader adds after the first paint (lib/site/paint-first.ts).
 */
export function scriptUrls(html) {
  const urls = new Set(paintFirstChunks(html));
  for (const [tag] of html.matchAll(/<script\b[^>]*>/gi)) {
    const src = attribute(tag, 'src');
    if (src && !hasAttribute(tag, 'nomodule')) urls.add(src);
  }
  for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) if (isScriptPreload(tag)) urls.add(attribute(tag, 'href'));
  return [...urls];
}

/** The page without any <script> element and without script preloads: what the HTML alone costs. */
export function withoutScripts(html) {
  return html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, '').replace(/<link\b[^>]*>/gi, (tag) => (isScriptPreload(tag) ? '' : tag));
}
