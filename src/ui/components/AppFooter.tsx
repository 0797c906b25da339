import { ARTICLE_CREDIT } from '../../scoring/tips';
import { useLrsHost } from '../xapi/lrsOn';

/** Credit for the tips and the politeness data, the privacy promise, and the facilitator's way in. */
export function AppFooter({ onOpenDashboard }: { onOpenDashboard?: () => void }) {
  const lrs = useLrsHost();
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
      {lrs && (
        <p className="lrs-on-note">
          <strong>Sending to an LRS is on:</strong> the results of campaigns finished here (names,
          lines and scores) go to {lrs}. The class dashboard turns it off.
        </p>
      )}
      <p>
        {lrs ? 'Apart from that, everything' : 'Everything'} you do here stays on this device.
        Answering out loud uses your browser’s speech recognition, which may send your audio to a
        server: you are asked before the microphone is first used.
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
