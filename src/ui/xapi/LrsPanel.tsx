import { useEffect, useId, useState } from 'react';
import { isLrsEndpoint } from '../../lms/lrsQueue';
import { downloadText } from '../download';
import { useServices } from '../services';
import { useLrsHost } from './lrsOn';
import { type LrsStatus, lrsSender } from './lrsSender';
import { type LrsSettings, loadLrsSettings, saveLrsSettings } from './lrsSettings';

/** What the last try came to, in words. */
export function statusWords(status: LrsStatus): string {
  const waiting =
    status.pending === 0
      ? 'Nothing is waiting to be sent.'
      : `${status.pending} statement${status.pending === 1 ? ' is' : 's are'} kept on this device until the LRS takes ${status.pending === 1 ? 'it' : 'them'}.`;
  const why =
    status.failed === undefined
      ? ''
      : status.failed === 'network'
        ? ' The LRS could not be reached (offline, a wrong address, or this page’s security policy does not allow it): the app tries again, waiting longer each time.'
        : status.failed === 'storage'
          ? ' This device would not keep the queue: statements may be lost if the page closes.'
          : ` The LRS answered ${status.failed}${status.failed === 401 || status.failed === 403 ? ' (check the key and secret)' : ''}: the app tries again, waiting longer each time.`;
  const aside =
    status.refused === 0
      ? ''
      : ` The LRS refused ${status.refused} statement${status.refused === 1 ? '' : 's'} as invalid or too big: ${status.refused === 1 ? 'it is' : 'they are'} kept on this device and not sent again, so the others go on. Download them to show the LRS's administrator, or, if the LRS's address or key was wrong, mend it and send them again.`;
  return `${status.sent > 0 ? `Sent ${status.sent} so far. ` : ''}${waiting}${why}${aside}`;
}

/**
 * The facilitator's LRS: off by default; when on, the statements of campaigns finished on this
 * device (and of the class dashboard, when asked) are queued here and sent there.
 */
export function LrsPanel() {
  const id = useId();
  const { clock } = useServices();
  const [saved, setSaved] = useState<LrsSettings>(loadLrsSettings);
  const [draft, setDraft] = useState<LrsSettings>(saved);
  const [said, setSaid] = useState<string>();
  // "Forget" asks first: the refused statements may be the only copy.
  const [forgetting, setForgetting] = useState(false);
  const [status, setStatus] = useState<LrsStatus>(() => lrsSender(clock).status());
  useEffect(() => lrsSender(clock).subscribe(setStatus), [clock]);
  const badEndpoint = draft.endpoint.trim() !== '' && !isLrsEndpoint(draft.endpoint.trim());
  const missing = draft.enabled && draft.endpoint.trim() === '';
  const change = (patch: Partial<LrsSettings>) => setDraft((d) => ({ ...d, ...patch }));
  const host = useLrsHost();
  return (
    <section className="lrs-panel print-hidden" aria-labelledby={id}>
      <h2 id={id}>Send to an LRS{host ? ': on' : ': off'}</h2>
      {host ? (
        <p className="lrs-on" role="note">
          <strong>On: results leave this device.</strong> The xAPI statements of every campaign
          finished here (and of the dashboard, when you send them) go to <strong>{host}</strong>.
        </p>
      ) : (
        <p>Off: nothing is sent anywhere.</p>
      )}
      <p className="lrs-warning">
        <span aria-hidden="true">⚠ </span>
        Turned on, the participants’ names, everything they chose, typed or said, and their scores
        are sent to the LRS below, over the internet. Turn it on only with an LRS your organisation
        runs or has agreed to, and tell the participants. The key and secret are kept in this
        browser, unencrypted: use a key for this workshop only.
      </p>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (badEndpoint || missing) return;
          const next = { ...draft, endpoint: draft.endpoint.trim() };
          const kept = saveLrsSettings(next);
          setSaved(next);
          setSaid(
            kept
              ? next.enabled
                ? 'Saved. Sending is on.'
                : 'Saved. Sending is off.'
              : 'This browser would not keep the settings.',
          );
          if (next.enabled) void lrsSender(clock).send(true);
        }}
      >
        <div className="check-field">
          <input
            id={`${id}-on`}
            type="checkbox"
            checked={draft.enabled}
            onChange={(e) => change({ enabled: e.currentTarget.checked })}
          />
          <label htmlFor={`${id}-on`}>Send xAPI statements to this LRS</label>
        </div>
        <div className="field">
          <label htmlFor={`${id}-endpoint`}>LRS endpoint</label>
          <input
            id={`${id}-endpoint`}
            type="url"
            placeholder="https://lrs.example.edu/xapi/"
            value={draft.endpoint}
            aria-invalid={badEndpoint || missing}
            aria-describedby={badEndpoint || missing ? `${id}-endpoint-error` : undefined}
            onChange={(e) => change({ endpoint: e.currentTarget.value })}
          />
          {(badEndpoint || missing) && (
            <p id={`${id}-endpoint-error`} className="message-error">
              {missing
                ? 'Give the LRS endpoint to turn sending on.'
                : 'Give an https:// address (http:// only for this computer, localhost).'}
            </p>
          )}
        </div>
        <div className="field">
          <label htmlFor={`${id}-user`}>Key (user name)</label>
          <input
            id={`${id}-user`}
            type="text"
            autoComplete="off"
            value={draft.username}
            onChange={(e) => change({ username: e.currentTarget.value })}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-secret`}>Secret (password)</label>
          <input
            id={`${id}-secret`}
            type="password"
            autoComplete="new-password"
            value={draft.password}
            onChange={(e) => change({ password: e.currentTarget.value })}
          />
        </div>
        <div className="actions">
          <button type="submit">Save the LRS settings</button>
          {saved.enabled && status.pending > 0 && (
            <button
              type="button"
              className="secondary"
              onClick={() => void lrsSender(clock).send(true)}
            >
              Send now
            </button>
          )}
        </div>
      </form>
      <div role="status" className="message">
        {said && <p>{said}</p>}
        {(saved.enabled || status.pending > 0 || status.refused > 0) && (
          <p>{statusWords(status)}</p>
        )}
      </div>
      {status.refused > 0 && (
        <div className="actions">
          <button
            type="button"
            className="secondary"
            onClick={() =>
              downloadText(
                'refused-xapi-statements.json',
                `${JSON.stringify(lrsSender(clock).refusedStatements(), null, 2)}\n`,
              )
            }
          >
            Download the refused statements
          </button>
          {saved.enabled && (
            <button
              type="button"
              className="secondary"
              onClick={() => void lrsSender(clock).retryRefused()}
            >
              Send the refused statements again
            </button>
          )}
          {!forgetting && (
            <button type="button" className="secondary" onClick={() => setForgetting(true)}>
              Forget the refused statements
            </button>
          )}
        </div>
      )}
      {status.refused > 0 && forgetting && (
        <div className="notice-warning">
          <p id={`${id}-forget`}>
            Forget the {status.refused} refused statement{status.refused === 1 ? '' : 's'} for good?{' '}
            {status.refused === 1 ? 'It is' : 'They are'} on this device only: download{' '}
            {status.refused === 1 ? 'it' : 'them'} first to keep a copy.
          </p>
          <div className="actions">
            <button
              type="button"
              onClick={() => {
                setForgetting(false);
                void lrsSender(clock).forgetRefused();
              }}
            >
              Yes, forget them
            </button>
            <button type="button" className="secondary" onClick={() => setForgetting(false)}>
              Keep them
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
