/** The facilitator's pack builder: title, scenarios in order, settings, then link, QR and handout. */
import { useId, useMemo, useState } from 'react';
import type { ScenarioCard } from '../../scenario/card';
import { checkPack, encodePack } from '../../workshop/pack';
import { packLink } from '../../workshop/packLink';
import {
  DEFAULT_PACK_SETTINGS,
  newPack,
  type PackSettings,
  TITLE_MAX_CHARS,
} from '../../workshop/packTypes';
import { scenariosIn } from '../../workshop/rules';
import { ScreenHeading } from '../components/ScreenHeading';
import { useServices } from '../services';
import { PackHandout } from './PackHandout';
import { PackLinkPanel } from './PackLinkPanel';
import { PackSettingsFields } from './PackSettingsFields';
import { ScenarioOrder } from './ScenarioOrder';
import './workshop.css';

export interface PackBuilderProps {
  /** The scenarios a pack can hold (the built-in library). */
  scenarios: readonly ScenarioCard[];
}

export default function PackBuilder({ scenarios }: PackBuilderProps) {
  const id = useId();
  const { newId } = useServices();
  const [packId] = useState(() =>
    newId()
      .replace(/[^A-Za-z0-9_-]/g, '')
      .slice(0, 64),
  );
  const [title, setTitle] = useState('Follow-up call workshop');
  const [chosen, setChosen] = useState<string[]>([]);
  const [settings, setSettings] = useState<PackSettings>(DEFAULT_PACK_SETTINGS);
  const pack = useMemo(
    () => newPack({ id: packId, title: title.trim(), scenarios: chosen, settings }),
    [packId, title, chosen, settings],
  );
  const missing = [
    ...(pack.title === '' ? ['a title'] : []),
    ...(chosen.length === 0 ? ['at least one scenario'] : []),
    ...(settings.modes.length === 0 ? ['at least one way to answer'] : []),
  ];
  const ids = useMemo(() => scenarios.map((s) => s.id), [scenarios]);
  const checked = missing.length === 0 ? checkPack(pack, ids) : undefined;
  const link = checked?.ok ? packLink(window.location.href, encodePack(checked.pack)) : undefined;
  return (
    <section className="screen pack-builder" aria-labelledby={id}>
      <ScreenHeading id={id}>Make a workshop pack</ScreenHeading>
      <p className="lead">
        Choose the scenarios and how they are played. You get a link and a QR code that open the app
        already set up on each participant’s phone. The pack lives in the link itself: nothing is
        uploaded, and there are no accounts.
      </p>
      <p>
        New to running one? Read <a href="#/workshop/guide">how to run a 45-minute workshop</a>.
      </p>
      <h2>1. Title</h2>
      <div className="field">
        <label htmlFor={`${id}-title`}>Workshop title</label>
        <input
          id={`${id}-title`}
          type="text"
          value={title}
          maxLength={TITLE_MAX_CHARS}
          aria-describedby={`${id}-title-hint`}
          onChange={(e) => setTitle(e.target.value)}
        />
        <p id={`${id}-title-hint`} className="hint">
          Participants see it on their first screen and on the handout.
        </p>
      </div>
      <h2>2. Scenarios</h2>
      <ScenarioOrder scenarios={scenarios} chosen={chosen} onChange={setChosen} />
      <h2>3. Settings</h2>
      <PackSettingsFields settings={settings} onChange={setSettings} />
      <h2>4. Share it</h2>
      {link ? (
        <PackLinkPanel link={link} title={pack.title} />
      ) : (
        <p className="notice-warning">
          {missing.length > 0
            ? `The link appears once the pack has ${missing.join(', ')}.`
            : checked && !checked.ok
              ? checked.reason
              : ''}
        </p>
      )}
      {link && (
        <>
          <h2>5. The handout</h2>
          <p>
            One page with the title, the QR code, the link and the steps.{' '}
            <button type="button" className="secondary" onClick={() => window.print()}>
              Print the handout
            </button>
          </p>
          <PackHandout pack={pack} link={link} scenarios={scenariosIn(pack, scenarios)} />
        </>
      )}
    </section>
  );
}
