/** What a participant sees of the workshop pack on the scenarios screen (its own chunk). */
import { type FormEvent, useId, useState } from 'react';
import { ScreenHeading } from '../components/ScreenHeading';
import { useActivePack } from './ActivePack';
import { DISPLAY_NAME_MAX_CHARS } from './displayName';
import { settingsInWords } from './settingsWords';

/** The refusal of a pack link, the display name asked first, or the workshop's banner. */
export function PackNotices() {
  const workshop = useActivePack();
  const { pack, refused, rules } = workshop;
  return (
    <>
      {refused && (
        <section className="notice-warning" role="alert" aria-labelledby="pack-refused">
          <h2 id="pack-refused">This workshop link cannot be opened</h2>
          <p>{refused}</p>
          <button type="button" onClick={workshop.dismissRefusal}>
            {pack ? `Carry on with “${pack.title}”` : 'Practise on your own instead'}
          </button>
        </section>
      )}
      {pack && workshop.ownRefused.length > 0 && (
        <section className="notice-warning" role="alert" aria-labelledby="pack-own-refused">
          <h2 id="pack-own-refused">
            {workshop.ownRefused.length === 1
              ? 'One scenario of this workshop cannot be played'
              : `${workshop.ownRefused.length} scenarios of this workshop cannot be played`}
          </h2>
          <p>
            The facilitator wrote {workshop.ownRefused.length === 1 ? 'it' : 'them'}, and this
            device checked {workshop.ownRefused.length === 1 ? 'it' : 'them'} as it checks every
            scenario. The rest of the workshop works. Show the facilitator this:
          </p>
          <ul className="problems">
            {workshop.ownRefused.map((r) => (
              <li key={r.id}>
                “{r.title}”: <code>{r.reason}</code>
              </li>
            ))}
          </ul>
        </section>
      )}
      {pack && rules.askName && !workshop.displayName && (
        <DisplayNameStep title={pack.title} onSave={workshop.setDisplayName} />
      )}
      {pack && (!rules.askName || workshop.displayName) && (
        <section className="workshop-banner" aria-label="This workshop">
          <ul className="workshop-settings">
            {settingsInWords(pack.settings).map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
          {rules.scoresHeld && (
            <p>
              Finished so far: {rules.scoresHeld.done} of {rules.scoresHeld.total} scenarios.
            </p>
          )}
          {workshop.displayName && <p>Your name in this workshop: {workshop.displayName}.</p>}
          <p>
            <button type="button" className="secondary" onClick={workshop.leave}>
              Leave this workshop
            </button>{' '}
            <span className="hint">
              Back to practising alone with every scenario. The workshop link brings it back.
            </span>
          </p>
        </section>
      )}
    </>
  );
}

interface DisplayNameStepProps {
  title: string;
  onSave: (name: string) => void;
}

/** Asked before the first scenario: the name the participant's results will carry. */
export function DisplayNameStep({ title, onSave }: DisplayNameStepProps) {
  const id = useId();
  const [name, setName] = useState('');
  const [problem, setProblem] = useState(false);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (name.trim() === '') setProblem(true);
    else onSave(name);
  };
  return (
    <section className="screen" aria-labelledby={id}>
      <ScreenHeading id={id}>Workshop: {title}</ScreenHeading>
      <form className="display-name" onSubmit={submit} noValidate>
        <label htmlFor={`${id}-name`}>Your name for this workshop</label>
        <p id={`${id}-hint`} className="hint">
          It goes on the results you hand in. A first name or a nickname is fine. It stays on this
          device.
        </p>
        <input
          id={`${id}-name`}
          type="text"
          autoComplete="nickname"
          maxLength={DISPLAY_NAME_MAX_CHARS}
          value={name}
          aria-invalid={problem}
          aria-describedby={problem ? `${id}-hint ${id}-problem` : `${id}-hint`}
          onChange={(e) => {
            setName(e.target.value);
            setProblem(false);
          }}
        />
        {problem && (
          <p id={`${id}-problem`} className="field-problem">
            Enter a name to carry on.
          </p>
        )}
        <button type="submit">Continue</button>
      </form>
    </section>
  );
}
