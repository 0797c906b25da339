import type { Scorm12Api } from '../../lms/scorm';

/** Frames above us to look through; LMS players nest a few, never dozens. */
const MAX_DEPTH = 10;

/** The window's `API`, when it is a SCORM 1.2 runtime; undefined when absent or not ours to read. */
function apiOf(win: Window): Scorm12Api | undefined {
  try {
    const api = (win as Window & { API?: Partial<Scorm12Api> }).API;
    return api && typeof api.LMSInitialize === 'function' && typeof api.LMSSetValue === 'function'
      ? (api as Scorm12Api)
      : undefined;
  } catch {
    // A window of another origin: reading it throws.
    return undefined;
  }
}

function parentOf(win: Window): Window | undefined {
  try {
    const parent = win.parent;
    return parent && parent !== win ? parent : undefined;
  } catch {
    return undefined;
  }
}

function openerOf(win: Window): Window | undefined {
  try {
    return win.opener ?? undefined;
  } catch {
    return undefined;
  }
}

/** The API in `win` or one of the windows above it. */
function searchUp(start: Window | undefined): Scorm12Api | undefined {
  let win = start;
  for (let depth = 0; win && depth <= MAX_DEPTH; depth++) {
    const api = apiOf(win);
    if (api) return api;
    win = parentOf(win);
  }
  return undefined;
}

/** The topmost window above `win` that can be reached. */
function topOf(win: Window): Window {
  let top = win;
  for (let depth = 0; depth < MAX_DEPTH; depth++) {
    const parent = parentOf(top);
    if (!parent) break;
    top = parent;
  }
  return top;
}

/**
 * The SCORM 1.2 API an LMS offers, found the usual way: in this window and its parents, then
 * in the window that opened this one (or opened its top window) and that window's parents.
 */
export function findScormApi(win: Window): Scorm12Api | undefined {
  return searchUp(win) ?? searchUp(openerOf(win)) ?? searchUp(openerOf(topOf(win)));
}
