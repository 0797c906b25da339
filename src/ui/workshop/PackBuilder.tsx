/** The facilitator's pack builder: title, scenarios in order, settings, then link, QR and handout. */
import { useId, useMemo, useState } from 'react';
import { cardOf, type ScenarioCard } from '../../scenario/card';
import type { OwnScenarioFile } from '../../scenario/ownFile';
import { checkPack, packTravel } from '../../workshop/pack';
import { packFileName, packFileText } from '../../workshop/packFile';
import { packFileLink, packLink } from '../../workshop/packLink';
import { checkOwnFiles } from '../../workshop/packScenarios';
import {
  DEFAULT_PACK_SETTINGS,
  newPack,
  type PackSettings,
  TITLE_MAX_CHARS,
} from '../../workshop/packTypes';
import { scenariosIn } from '../../workshop/rules';
import { ScreenHeading } from '../components/ScreenHeading';
import { downloadText } from '../download';
import { loadKept } from '../own/ownStore';
import { useServices } from '../services';
import { PackHandout } from './PackHandout';
import { PackLinkPanel } from './PackLinkPanel';
import { PackSettingsFields } from './PackSettingsFields';
import { ScenarioOrder } from './ScenarioOrder';
import './workshop.css';

export interface PackBuilderProps {
  /** The built-in scenarios a pack can hold. */
  scenarios: readonly ScenarioCard[];
  /** The facilitator's own scenarios (by default those kept on this device). */
  kept?: readonly OwnScenarioFile[];
}

export default function PackBuilder({ scenarios, kept: given }: PackBuilderProps) {
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
  const ids = useMemo(() => scenarios.map((s) => s.id), [scenarios]);
  const [kept] = useState(() => given ?? loadKept());
  // The kept ones checked as a participant's device will check them: only those that pass go in.
  const own = useMemo(() => checkOwnFiles(kept, ids), [kept, ids]);
  const ownCards = useMemo(
    () => own.playable.map((p) => ({ ...cardOf(p.scenario), fileName: p.file.name })),
    [own],
  );
  const pack = useMemo(
    () =>
      newPack({
        id: packId,
        title: title.trim(),
        scenarios: chosen,
        settings,
        own: chosen.flatMap((sid) =>
          own.playable.filter((p) => p.file.id === sid).map((p) => p.file),
        ),
      }),
    [packId, title, chosen, settings, own],
  );
  const missing = [
    ...(pack.title === '' ? ['a title'] : []),
    ...(chosen.length === 0 ? ['at least one scenario'] : []),
    ...(settings.modes.length === 0 ? ['at least one way to answer'] : []),
  ];
  const ready = missing.length === 0;
  // Checked and compressed once per change of the pack (own scenarios make it a few KB).
  const checked = useMemo(() => (ready ? checkPack(pack, ids) : undefined), [ready, pack, ids]);
  const travel = useMemo(() => (checked?.ok ? packTravel(checked.pack) : undefined), [checked]);
  const link =
    travel?.by === 'link'
      ? packLink(window.location.href, travel.encoded)
      : travel?.by === 'file'
        ? packFileLink(window.location.href, pack.title)
        : undefined;
  const fileName = packFileName(pack.title);
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
      <ScenarioOrder
        scenarios={scenarios}
        own={ownCards}
        ownRefused={own.refused}
        chosen={chosen}
        onChange={setChosen}
      />
      <h2>3. Settings</h2>
      <PackSettingsFields settings={settings} onChange={setSettings} />
      <h2>4. Share it</h2>
      {travel?.by === 'file' && (
        <section className="notice-warning pack-file-offer" aria-labelledby={`${id}-file`}>
          <h3 id={`${id}-file`}>Too big for a link: share a pack file</h3>
          <p>{travel.reason}</p>
          <p>
            Share the pack as a file instead (a shared folder, the chat or e-mail). The link and QR
            code below open a page that names this workshop and asks for the file; participants open
            the file there, and the workshop starts with all its scenarios.
          </p>
          <p>
            <button
              type="button"
              onClick={() =>
                downloadText(fileName, packFileText(pack.title, travel.encoded), 'application/json')
              }
            >
              Download the pack file ({fileName})
            </button>
          </p>
        </section>
      )}
      {link ? (
        <PackLinkPanel link={link} title={pack.title} />
      ) : (
        <p className="notice-warning">
          {missing.length > 0
            ? `The link appears once the pack has ${missing.join(', ')}.`
            : checked && !checked.ok
              ? checked.reason
              : travel?.by === 'none'
                ? travel.reason
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
          <PackHandout
            pack={pack}
            link={link}
            scenarios={scenariosIn(pack, [...scenarios, ...ownCards])}
            {...(travel?.by === 'file' ? { fileName } : {})}
          />
        </>
      )}
    </section>
  );
}
