// CodeMirror styles itself through style-mod, which puts a <style> element in a document's
// head; the app's CSP (`style-src 'self'`, no inline styles) blocks that. A root without a
// `head` gets a constructed stylesheet instead (adoptedStyleSheets, which CSP does not govern),
// and style-mod keeps one set per document: so the set is made once while `head` is hidden.
import { StyleModule } from 'style-mod';

let done = false;

/** Makes CodeMirror's styles go into an adopted stylesheet of `doc` (call before the first view). */
export function adoptCodeMirrorStyles(doc: Document = document): void {
  if (done || !('adoptedStyleSheets' in doc)) return;
  done = true;
  Object.defineProperty(doc, 'head', { value: undefined, configurable: true });
  try {
    StyleModule.mount(doc, []);
  } finally {
    Reflect.deleteProperty(doc, 'head');
  }
}
