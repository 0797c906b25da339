import { useId, useState } from 'react';
import { classCampaignStatements, classStatements, isHomePage } from '../../lms/classStatements';
import type { Scenario } from '../../scenario/schema';
import type { GradedFile } from '../../workshop/classResults';
import { downloadText } from '../download';
import { useServices } from '../services';
import { loadHomePage, saveHomePage } from '../xapi/homePage';
import { useLrsHost } from '../xapi/lrsOn';
import { lrsSender } from '../xapi/lrsSender';

export interface ClassStatementsProps {
  files: readonly GradedFile[];
  scenarios: readonly Scenario[];
  /** The day for the file's name (YYYY-MM-DD…). */
  today: () => string;
}

/** Every loaded campaign's xAPI statements as one JSON file, for the facilitator's LRS or LMS. */
export function ClassStatements({ files, scenarios, today }: ClassStatementsProps) {
  const id = useId();
  const [homePage, setHomePage] = useState(loadHomePage);
  const [said, setSaid] = useState<string>();
  const valid = isHomePage(homePage.trim());
  const lrsHost = useLrsHost();
  const { clock } = useServices();
  return (
    <section className="class-statements print-hidden" aria-labelledby={id}>
      <h2 id={id}>xAPI statements</h2>
      <p>
        Every loaded campaign’s statements (each caller line, the scores), one file for your LRS or
        LMS. Each participant is an account named by their display name on the home page below.
      </p>
      <div className="field">
        <label htmlFor={`${id}-home`}>Home page of the participants’ accounts</label>
        <input
          id={`${id}-home`}
          type="url"
          value={homePage}
          aria-invalid={!valid}
          aria-describedby={valid ? undefined : `${id}-home-error`}
          onChange={(e) => {
            const next = e.currentTarget.value;
            setHomePage(next);
            saveHomePage(next.trim());
          }}
        />
        {!valid && (
          <p id={`${id}-home-error`} className="message-error">
            Give a web address beginning with https:// (for example your LMS’s).
          </p>
        )}
      </div>
      <div className="actions">
        <button
          type="button"
          className="secondary"
          disabled={!valid}
          onClick={() => {
            const statements = classStatements(files, { homePage: homePage.trim(), scenarios });
            downloadText(
              `class-xapi-statements-${today().slice(0, 10)}.json`,
              JSON.stringify(statements, null, 2),
            );
            setSaid(`Saved ${statements.length} statements.`);
          }}
        >
          Download xAPI statements
        </button>
        {lrsHost && (
          <button
            type="button"
            className="secondary"
            disabled={!valid}
            onClick={async () => {
              const sender = lrsSender(clock);
              let added = 0;
              let again = 0;
              let refused = 0;
              for (const c of classCampaignStatements(files, {
                homePage: homePage.trim(),
                scenarios,
              })) {
                const r = await sender.add(c.registration, c.statements);
                added += r.added;
                again += r.duplicates;
                refused += r.refused;
              }
              setSaid(
                [
                  `Queued ${added} statements for ${lrsHost}`,
                  again > 0 ? `${again} were queued before and are not sent again` : '',
                  refused > 0 ? `${refused} did not fit in the queue: download them instead` : '',
                ]
                  .filter(Boolean)
                  .join('; ')
                  .concat('.'),
              );
            }}
          >
            Send them to the LRS
          </button>
        )}
      </div>
      <div role="status" className="message">
        {said && <p>{said}</p>}
      </div>
    </section>
  );
}
