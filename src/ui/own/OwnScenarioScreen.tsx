import { useId, useRef, useState } from 'react';
import { stringify } from 'yaml';
import { checkOwnScenario, type OwnCheck } from '../../scenario/checkOwn';
import type { Scenario } from '../../scenario/schema';
import { ScreenHeading } from '../components/ScreenHeading';

export interface OwnScenarioScreenProps {
  /** The built-in scenarios: their ids are taken, and any can be copied to start from. */
  builtIn: readonly Scenario[];
  onPlay: (scenario: Scenario) => void;
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
  const check = (source = text, file = name) => {
    setChecked(
      checkOwnScenario(
        source,
        file,
        builtIn.map((s) => s.id),
      ),
    );
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
      <label htmlFor={`${id}-text`}>Scenario file (YAML)</label>
      <textarea
        id={`${id}-text`}
        className="own-text"
        rows={18}
        spellCheck={false}
        value={text}
        onChange={(e) => setText(e.target.value)}
      />
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
            <button type="button" className="primary" onClick={() => onPlay(checked.scenario)}>
              Play “{checked.scenario.title}”
            </button>
          </div>
        )}
      </div>
    </section>
  );
}
