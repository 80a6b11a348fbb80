/**
 * Paint first, then hydrate (scripts/export-site.ts applies this to every exported page).
 *
 * Next.js puts its chunks into the page's <head> as `<script src async>` (and one more at the end of the body).
 * They start downloading with the HTML and run as soon as they arrive, often before the browser has shown
 * anything: the text of a lesson, which is in the HTML, then waits for the framework to download and evaluate
 * (Lighthouse reports this as "render delay" of the largest paint, about 1.9 s on a lesson against 1.0 s for the
 * same HTML without scripts).
 *
 * Here the chunks leave the HTML, and a small inline loader at the end of the body adds them, in the same order,
 * as async scripts with their `src` exactly as written (Turbopack matches a chunk by its `src` attribute), once
 * the page's content has been painted: at its first-contentful-paint or first largest-contentful-paint entry,
 * which the browser reports when the frame is on screen (on these pages both are the same frame: the text is in
 * the HTML and the styles block rendering; Chromium leaves out the largest-contentful-paint entry after a reload
 * that restores form fields, so either counts). Browsers without paint timing use the next frame. A page in a background tab, which paints nothing, starts at once; so does a page that is hidden
 * before it paints, and a page the learner touches, types in or scrolls first (browsers stop reporting paints
 * after the first input). If no paint is reported at all, the page starts after FALLBACK_MS. The server-rendered
 * page is complete and readable meanwhile; it becomes interactive right after.
 */

/** However the paint goes unreported, the page starts after this long. */
export const FALLBACK_MS = 3000;

/** Marks the loader, so that a page is converted only once. */
const LOADER_NAME = 'rzPaintFirst';

/** The loader for these chunks, inline so that it costs no request; the page's CSP lists it by its hash. */
export function paintFirstLoader(chunks: readonly string[]): string {
  return (
    `(function ${LOADER_NAME}(chunks){var started=false;` +
    'function start(){if(started)return;started=true;var i=0;' +
    // One chunk per task: adding a script costs a slow tablet a few milliseconds, and seven in a row block the page.
    // A message channel, not a timer: a background tab slows timers to one a second.
    "var channel=typeof MessageChannel==='function'?new MessageChannel():null;" +
    "function add(){var s=document.createElement('script');s.setAttribute('src',chunks[i]);s.async=true;document.head.appendChild(s);" +
    'if(++i<chunks.length){if(channel)channel.port2.postMessage(0);else setTimeout(add,0);}}' +
    'if(channel)channel.port1.onmessage=add;add();}' +
    "if(document.visibilityState==='hidden'){start();return;}" +
    "document.addEventListener('visibilitychange',function(){if(document.visibilityState==='hidden')start();});" +
    // Browsers stop reporting paints after the first input: a key, tap, click or scroll starts the page at once.
    "var inputs=['keydown','pointerdown','touchstart','scroll'];" +
    'for(var j=0;j<inputs.length;j++)window.addEventListener(inputs[j],start,{capture:true,passive:true,once:true});' +
    `setTimeout(start,${FALLBACK_MS});` +
    "var types=typeof PerformanceObserver==='function'&&PerformanceObserver.supportedEntryTypes||[];" +
    "var watched=['paint','largest-contentful-paint'].filter(function(t){return types.indexOf(t)>=0;});" +
    "if(!watched.length){requestAnimationFrame(function(){setTimeout(start,0);});return;}" +
    "var observer=new PerformanceObserver(function(list){var entries=list.getEntries();" +
    "for(var i=0;i<entries.length;i++){if(entries[i].entryType==='largest-contentful-paint'||entries[i].name==='first-contentful-paint'){observer.disconnect();start();return;}}});" +
    'for(var k=0;k<watched.length;k++)observer.observe({type:watched[k],buffered:true});' +
    `})(${JSON.stringify(chunks)});`
  );
}

/** The chunks a converted page's loader adds (for the benchmark, which counts what a page loads); [] for any other page. */
export function paintFirstChunks(html: string): string[] {
  const call = new RegExp(`\\(function ${LOADER_NAME}\\(chunks\\)\\{[\\s\\S]*?\\}\\)\\((\\[[^\\]]*\\])\\);`).exec(html);
  return call ? (JSON.parse(call[1]!) as string[]) : [];
}

const ASYNC_SCRIPT = /<script src="([^"]+)" async=""><\/script>/g;
const SCRIPT_PRELOAD = /<link rel="preload" as="script" fetchPriority="low" href="([^"]+)"\/>/g;

/** The page with its async chunk scripts loaded after its content has been painted; a page without them is returned unchanged. */
export function paintFirst(html: string): string {
  if (html.includes(LOADER_NAME)) throw new Error('Die Seite lädt ihre Skripte schon nach dem ersten Bild.');
  const chunks: string[] = [];
  const withoutChunks = html.replace(ASYNC_SCRIPT, (_, src: string) => {
    if (!chunks.includes(src)) chunks.push(src);
    return '';
  });
  if (chunks.length === 0) return html;
  // Next's own preload of a chunk would fetch it before the paint after all.
  const withoutPreloads = withoutChunks.replace(SCRIPT_PRELOAD, (tag, href: string) => (chunks.includes(href) ? '' : tag));
  const end = withoutPreloads.lastIndexOf('</body>');
  if (end === -1) throw new Error('Die Seite hat kein </body>.');
  return `${withoutPreloads.slice(0, end)}<script>${paintFirstLoader(chunks)}</script>${withoutPreloads.slice(end)}`;
}
