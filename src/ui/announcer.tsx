import { createContext, type ReactNode, useCallback, useContext, useRef } from 'react';

type Announce = (message: string) => void;

const AnnouncerContext = createContext<Announce>(() => undefined);

/**
 * One polite live region for the whole app. It is in the page from the start, so screen
 * readers announce the other side's lines even on the screen that first shows them.
 *
 * A message is written into the region directly, not through React state: on a call every
 * turn announces, and a state change here would render and commit again in a task of its own
 * between the learner's click and the frame that shows the new line.
 */
export function AnnouncerProvider({ children }: { children: ReactNode }) {
  const region = useRef<HTMLDivElement | null>(null);
  // A message asked for before the region is in the page is written once it is.
  const waiting = useRef<string | undefined>(undefined);
  const announce = useCallback<Announce>((text) => {
    if (region.current) say(region.current, text);
    else waiting.current = text;
  }, []);
  const attach = useCallback((node: HTMLDivElement | null) => {
    region.current = node;
    if (node && waiting.current !== undefined) {
      say(node, waiting.current);
      waiting.current = undefined;
    }
  }, []);
  return (
    <AnnouncerContext.Provider value={announce}>
      {children}
      <div className="visually-hidden" aria-live="polite" data-announcer="" ref={attach} />
    </AnnouncerContext.Provider>
  );
}

/** A new paragraph per message, so repeated text counts as new. */
function say(region: HTMLElement, text: string): void {
  const line = region.ownerDocument.createElement('p');
  line.textContent = text;
  region.replaceChildren(line);
}

/** Says something to screen-reader users without moving focus. */
export function useAnnounce(): Announce {
  return useContext(AnnouncerContext);
}
