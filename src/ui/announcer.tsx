import { createContext, type ReactNode, useCallback, useContext, useMemo, useState } from 'react';

type Announce = (message: string) => void;

const AnnouncerContext = createContext<Announce>(() => undefined);

/**
 * One polite live region for the whole app. It is in the page from the start, so screen
 * readers announce the other side's lines even on the screen that first shows them.
 */
export function AnnouncerProvider({ children }: { children: ReactNode }) {
  const [message, setMessage] = useState({ text: '', n: 0 });
  const announce = useCallback<Announce>((text) => setMessage((m) => ({ text, n: m.n + 1 })), []);
  const value = useMemo(() => announce, [announce]);
  return (
    <AnnouncerContext.Provider value={value}>
      {children}
      <div className="visually-hidden" aria-live="polite" data-announcer="">
        {/* A new key per message makes repeated text count as new. */}
        <p key={message.n}>{message.text}</p>
      </div>
    </AnnouncerContext.Provider>
  );
}

/** Says something to screen-reader users without moving focus. */
export function useAnnounce(): Announce {
  return useContext(AnnouncerContext);
}
