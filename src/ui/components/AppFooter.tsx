import { ARTICLE_CREDIT } from '../../scoring/tips';

/** Credit for the tips and the politeness data, the privacy promise, and the facilitator's way in. */
export function AppFooter({ onOpenDashboard }: { onOpenDashboard?: () => void }) {
  return (
    <footer className="app-footer">
      <p>{ARTICLE_CREDIT}</p>
      <p>
        Politeness scoring fitted on the Stanford Politeness Corpus (Danescu-Niculescu-Mizil et al.,
        ACL 2013), used under{' '}
        <a href="https://creativecommons.org/licenses/by/4.0/" rel="license">
          CC BY 4.0
        </a>
        .
      </p>
      <p>
        Running a workshop? <a href="#/workshop">Make a workshop pack</a>.
      </p>
      <p>
        Everything you do here stays on this device. Answering out loud uses your browser’s speech
        recognition, which may send your audio to a server: you are asked before the microphone is
        first used.
      </p>
      {onOpenDashboard && (
        <p>
          Running a workshop?{' '}
          <button type="button" className="link-button" onClick={onOpenDashboard}>
            Open the class dashboard
          </button>{' '}
          to read the results files participants hand in.
        </p>
      )}
    </footer>
  );
}
