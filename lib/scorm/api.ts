/**
 * The SCORM 1.2 API an LMS offers its content (SCORM 1.2 Run-Time Environment, 3.2): an object named `API`
 * on the window that opened or frames the content. All values cross it as strings.
 */
export interface Scorm12Api {
  LMSInitialize(parameter: ''): string;
  LMSFinish(parameter: ''): string;
  LMSGetValue(element: string): string;
  LMSSetValue(element: string, value: string): string;
  LMSCommit(parameter: ''): string;
  LMSGetLastError(): string;
  LMSGetErrorString(code: string): string;
}

/** The part of a window the search looks at; a real `Window` fits. */
export interface WindowLike {
  parent: WindowLike | null;
  opener?: WindowLike | null;
  API?: unknown;
}

/** How many frames up the search climbs, as in ADL's sample API finder. */
const MAX_FRAME_DEPTH = 7;

function isScorm12Api(value: unknown): value is Scorm12Api {
  if (typeof value !== 'object' || value === null) return false;
  const api = value as Record<string, unknown>;
  return ['LMSInitialize', 'LMSFinish', 'LMSGetValue', 'LMSSetValue', 'LMSCommit', 'LMSGetLastError'].every(
    (name) => typeof api[name] === 'function',
  );
}

/** `win.API`, or undefined where the window is another origin's (reading it throws) or has none. */
function apiOn(win: WindowLike): Scorm12Api | undefined {
  try {
    return isScorm12Api(win.API) ? win.API : undefined;
  } catch {
    return undefined;
  }
}

function parentOf(win: WindowLike): WindowLike | null {
  try {
    return win.parent && win.parent !== win ? win.parent : null;
  } catch {
    return null;
  }
}

/** The window itself and the frames above it, nearest first, at most MAX_FRAME_DEPTH up. */
function searchUp(start: WindowLike): Scorm12Api | undefined {
  let win: WindowLike | null = start;
  for (let depth = 0; win && depth <= MAX_FRAME_DEPTH; depth++) {
    const api = apiOn(win);
    if (api) return api;
    win = parentOf(win);
  }
  return undefined;
}

/**
 * Finds the LMS's API the usual way: this window and its parents, then the window that opened it (or the
 * opener of its top frame) and that window's parents. Undefined outside an LMS: the package then works as a
 * plain offline lesson.
 */
export function findScorm12Api(win: WindowLike): Scorm12Api | undefined {
  const found = searchUp(win);
  if (found) return found;
  let top = win;
  for (let parent = parentOf(top); parent; parent = parentOf(top)) top = parent;
  for (const candidate of [win, top]) {
    let opener: WindowLike | null | undefined;
    try {
      opener = candidate.opener;
    } catch {
      opener = undefined;
    }
    if (opener) {
      const api = searchUp(opener);
      if (api) return api;
    }
  }
  return undefined;
}
