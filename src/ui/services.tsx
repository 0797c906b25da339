import { createContext, type ReactNode, useContext } from 'react';
import type { Later } from '../storage/laterSaves';
import type { HistoryStore, SessionStore } from '../storage/types';
import type { ClassifierLoader } from './campaign/classifier';
import type { Clock } from './clock';
import type { LmsResults } from './lms/launchedByLms';
import type { VoiceLoader } from './voice/runtime';

/** What the screens need from the outside world; tests pass fakes. */
export interface Services {
  clock: Clock;
  history: HistoryStore;
  session: SessionStore;
  newId: () => string;
  /** The speech layer, loaded on demand; without it the app works by captions and typing. */
  voice?: VoiceLoader;
  /** Fetches the classifier for typed and spoken lines; `loadClassifier` unless a test swaps it. */
  classifier?: ClassifierLoader;
  /**
   * Runs work the learner need not wait for once the browser is idle (`afterFrame` in the app);
   * without it, that work is done when it is needed.
   */
  later?: Later;
  /** Launched by an LMS (the SCORM package): where the debrief sends the result. */
  lms?: LmsResults;
}

const ServicesContext = createContext<Services | undefined>(undefined);

export function ServicesProvider({
  services,
  children,
}: {
  services: Services;
  children: ReactNode;
}) {
  return <ServicesContext.Provider value={services}>{children}</ServicesContext.Provider>;
}

/** The injected clock, stores and id maker. */
export function useServices(): Services {
  const services = useContext(ServicesContext);
  if (!services) throw new Error('useServices needs a <ServicesProvider> above it');
  return services;
}
