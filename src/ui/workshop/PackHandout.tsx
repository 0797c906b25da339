import type { ScenarioCard } from '../../scenario/card';
import type { Pack } from '../../workshop/packTypes';
import { QrCode } from './QrCode';
import { AT_THE_END } from './settingsWords';

export interface PackHandoutProps {
  pack: Pack;
  link: string;
  /** The pack's scenarios, in its order. */
  scenarios: readonly ScenarioCard[];
  /** When the pack comes as a file (too big for a link): the file's name. */
  fileName?: string;
}

/** The one-page handout: the title, the QR code, the link and the steps (printed alone). */
export function PackHandout({ pack, link, scenarios, fileName }: PackHandoutProps) {
  const { settings } = pack;
  return (
    <section className="handout" aria-labelledby="handout-title">
      <h2 id="handout-title">{pack.title}</h2>
      <p className="handout-lead">Practise the follow-up call after a job interview.</p>
      <QrCode text={link} label={`QR code that opens the workshop “${pack.title}”`} />
      <p className="handout-link">
        Or type this link: <span className="link-text">{link}</span>
      </p>
      <h3>How to take part</h3>
      <ol className="handout-steps">
        <li>Scan the QR code with your phone’s camera, or type the link into a browser.</li>
        {fileName && (
          <li>
            This workshop comes as a file, <strong>{fileName}</strong>, which the facilitator
            shares. Save it, then open it on the page the link shows.
          </li>
        )}
        {settings.askName && <li>Enter a name for the workshop: your first name or a nickname.</li>}
        <li>
          Play the scenarios in this order:{' '}
          {scenarios.map((s, i) => `${i + 1}. ${s.title}`).join('; ')}.
        </li>
        <li>
          In each one, choose when to call, then handle whoever picks up.{' '}
          {settings.voices ? 'Their lines are spoken aloud: bring headphones.' : ''}
        </li>
        <li>
          {settings.scores === 'each'
            ? 'Read your debrief after each scenario: what went well, what to change, and your scores.'
            : `Read your debrief after each scenario: what went well and what to change. Your scores show ${AT_THE_END}.`}
        </li>
        <li>Everything stays on your phone: no account, nothing is sent anywhere.</li>
      </ol>
    </section>
  );
}
