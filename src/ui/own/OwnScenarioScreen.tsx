import { useId, useMemo, useRef, useState } from 'react';
import { stringify } from 'yaml';
import { checkOwnScenario, type OwnCheck } from '../../scenario/checkOwn';
import type { Scenario } from '../../scenario/schema';
import { ScreenHeading } from '../components/ScreenHeading';
import { downloadText } from '../download';
import { useServices } from '../services';
import { CoverageCheck } from './CoverageCheck';
import { LiveMap } from './LiveMap';
import { LiveSummary } from './LiveSummary';
import { type KeptScenario, keep, loadKept, removeKept } from './ownStore';
import { ScenarioTextBox } from './ScenarioTextBox';
import { useLiveCheck } from './useLiveCheck';
import { WalkthroughCheck } from './WalkthroughCheck';

export interface OwnScenarioScreenProps {
  /** The built-in scenarios: their ids are taken, and any can be copied to start from. */
  builtIn: readonly Scenario[];
  /** Plays a checked scenario; `file` is what it was checked from (for a reload mid-campaign). */
  onPlay: (scenario: Scenario, file: { name: string; text: string }) => void;
}

// Far above any real scenario; stops a wrong pick (a video, a disk image) from being read.
const MAX_BYTES = 2 * 1024 * 1024;

/**
 * A coach brings a scenario: pasted, opened from a file, or begun from a copy of a built-in
 * one. It is checked by the same loader and checks as `scenarios:check`, and played at once
 * when it is valid. Nothing leaves the device.
 */
export default function OwnScenarioScreen({ builtIn, onPlay }: OwnScenarioScreenProps) {
  const id = useId();
  const [text, setText] = useState('');
  const [name, setName] = useState('my-scenario.yaml');
  const [checked, setChecked] = useState<OwnCheck | undefined>();
  const [note, setNote] = useState('');
  const result = useRef<HTMLDivElement>(null);
  const [kept, setKept] = useState<KeptScenario[]>(() => loadKept());
  const taken = useMemo(() => builtIn.map((s) => s.id), [builtIn]);
  const live = useLiveCheck(text, name, taken, useServices().clock);
  const check = (source = text, file = name) => {
    setChecked(checkOwnScenario(source, file, taken));
    requestAnimationFrame(() => result.current?.focus());
  };
  return (
    <section className="screen own-scenario" aria-labelledby={id}>
      <ScreenHeading id={id}>Open your own scenario</ScreenHeading>
      <p className="lead">
        Paste a scenario file, open one, or start from a copy of a built-in scenario. It is checked
        here exactly as <code>npm run scenarios:check</code> checks it, and stays on this device.
      </p>
      <div className="own-sources">
        <label>
          Open a file{' '}
          <input
            type="file"
            accept=".yaml,.yml,text/yaml,text/plain"
            onChange={async (e) => {
              const file = e.target.files?.[0];
              e.target.value = '';
              if (!file) return;
              if (file.size > MAX_BYTES) {
                setNote(
                  `“${file.name}” is ${Math.round(file.size / 1024)} KB: too big to be a scenario file.`,
                );
                return;
              }
              const content = await file.text();
              setText(content);
              setName(file.name);
              setNote(`Opened “${file.name}”.`);
              check(content, file.name);
            }}
          />
        </label>
        <label>
          Start from a copy of{' '}
          <select
            defaultValue=""
            onChange={(e) => {
              const source = builtIn.find((s) => s.id === e.target.value);
              if (!source) return;
              const copy = { ...source, id: `my-${source.id}`, title: `${source.title} (my copy)` };
              setText(stringify(copy));
              setName(`my-${source.id}.yaml`);
              setChecked(undefined);
              setNote(
                `Copied “${source.title}” as my-${source.id}: change what you like, then check it.`,
              );
            }}
          >
            <option value="">choose a scenario…</option>
            {builtIn.map((s) => (
              <option key={s.id} value={s.id}>
                {s.title}
              </option>
            ))}
          </select>
        </label>
      </div>
      <p className="hint" aria-live="polite">
        {note}
      </p>
      <div className="own-workspace">
        <div>
          <ScenarioTextBox
            id={`${id}-text`}
            value={text}
            onChange={setText}
            checked={live.latest && { text: live.latest.text, marks: live.latest.check.marks }}
          />
          <LiveSummary latest={live.latest} />
        </div>
        <LiveMap
          headingId={`${id}-map`}
          scenario={live.lastGood}
          outOfDate={live.latest !== undefined && !live.latest.check.ok}
        />
      </div>
      <div className="actions">
        <button
          type="button"
          className="primary"
          disabled={text.trim() === ''}
          onClick={() => check()}
        >
          Check it
        </button>
      </div>
      <div ref={result} tabIndex={-1} className="own-result">
        {checked && !checked.ok && (
          <div className="notice-error" role="alert">
            <h2>
              Not yet: {checked.problems.length} problem{checked.problems.length === 1 ? '' : 's'}
            </h2>
            <ul className="problems">
              {checked.problems.map((p) => (
                <li key={p}>
                  <code>{p}</code>
                </li>
              ))}
            </ul>
          </div>
        )}
        {checked?.ok && (
          <div role="status">
            <h2>“{checked.scenario.title}” is valid</h2>
            {checked.warnings.length > 0 && (
              <ul className="problems">
                {checked.warnings.map((w) => (
                  <li key={w}>
                    <code>{w}</code>
                  </li>
                ))}
              </ul>
            )}
            <div className="actions">
              <button
                type="button"
                className="primary"
                onClick={() => onPlay(checked.scenario, { name, text })}
              >
                Play “{checked.scenario.title}”
              </button>
              <button
                type="button"
                className="secondary"
                onClick={() => {
                  const outcome = keep({
                    id: checked.scenario.id,
                    title: checked.scenario.title,
                    name,
                    text,
                  });
                  setKept(loadKept());
                  setNote(
                    outcome.ok
                      ? `“${checked.scenario.title}” is kept on this device, under My scenarios.`
                      : `“${checked.scenario.title}” was not kept: ${outcome.reason}.`,
                  );
                }}
              >
                Keep on this device
              </button>
            </div>
          </div>
        )}
        {checked?.ok && (
          <>
            <CoverageCheck scenario={checked.scenario} name={name} locate={checked.locate} />
            <WalkthroughCheck scenario={checked.scenario} name={name} />
          </>
        )}
      </div>
      <section aria-labelledby={`${id}-kept`}>
        <h2 id={`${id}-kept`}>My scenarios</h2>
        {kept.length === 0 ? (
          <p>None kept on this device yet.</p>
        ) : (
          <ul className="kept">
            {kept.map((k) => (
              <li key={k.id}>
                <strong>{k.title}</strong> <span className="hint">({k.name})</span>{' '}
                <button
                  type="button"
                  className="small"
                  onClick={() => {
                    // Checked again: a kept file never skips the loader.
                    const outcome = checkOwnScenario(k.text, k.name, taken);
                    if (outcome.ok) onPlay(outcome.scenario, { name: k.name, text: k.text });
                    else {
                      setText(k.text);
                      setName(k.name);
                      setChecked(outcome);
                    }
                  }}
                >
                  Play “{k.title}”
                </button>{' '}
                <button
                  type="button"
                  className="secondary small"
                  onClick={() => {
                    setText(k.text);
                    setName(k.name);
                    setChecked(undefined);
                    setNote(`“${k.title}” is in the box to change; check it again when done.`);
                  }}
                >
                  Edit “{k.title}”
                </button>{' '}
                <button
                  type="button"
                  className="secondary small"
                  onClick={() => downloadText(k.name, k.text, 'text/yaml')}
                >
                  Export “{k.title}”
                </button>{' '}
                <button
                  type="button"
                  className="secondary small"
                  onClick={() => {
                    removeKept(k.id);
                    setKept(loadKept());
                    setNote(`“${k.title}” is no longer kept on this device.`);
                  }}
                >
                  Remove “{k.title}”
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
    </section>
  );
}
