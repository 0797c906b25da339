import { ARTICLE_CREDIT } from '../../scoring/tips';

/** Credit for the tips, and the privacy promise. */
export function AppFooter() {
  return (
    <footer className="app-footer">
      <p>{ARTICLE_CREDIT}</p>
      <p>
        Everything you do here stays on this device. Answering out loud uses your browser’s speech
        recognition, which may send your audio to a server: you are asked before the microphone is
        first used.
      </p>
    </footer>
  );
}
