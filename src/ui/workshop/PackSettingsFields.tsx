import { useId } from 'react';
import { INPUT_MODES, type InputMode, type PackSettings } from '../../workshop/packTypes';
import { AT_THE_END } from './settingsWords';

export interface PackSettingsFieldsProps {
  settings: PackSettings;
  onChange: (settings: PackSettings) => void;
}

const MODE_LABELS: Record<InputMode, { label: string; hint: string }> = {
  choose: { label: 'Choose one of the written lines', hint: 'The quickest way through a call.' },
  type: { label: 'Type their own line', hint: 'The app reads what they mean.' },
  speak: {
    label: 'Say it out loud',
    hint: 'Needs a microphone and a browser that listens; some browsers send the audio to a server, and participants are asked first.',
  },
};

/** The pack's settings, each with what it does for the participant. */
export function PackSettingsFields({ settings, onChange }: PackSettingsFieldsProps) {
  const id = useId();
  const set = (change: Partial<PackSettings>) => onChange({ ...settings, ...change });
  const noMode = settings.modes.length === 0;
  const toggleMode = (mode: InputMode, on: boolean) =>
    set({ modes: INPUT_MODES.filter((m) => (m === mode ? on : settings.modes.includes(m))) });
  const check = (key: 'voices' | 'modelAnswers' | 'askName', label: string, hint: string) => (
    <div className="check-field">
      <input
        id={`${id}-${key}`}
        type="checkbox"
        checked={settings[key]}
        aria-describedby={`${id}-${key}-hint`}
        onChange={(e) => set({ [key]: e.target.checked })}
      />
      <label htmlFor={`${id}-${key}`}>{label}</label>
      <p id={`${id}-${key}-hint`} className="hint">
        {hint}
      </p>
    </div>
  );
  return (
    <div className="pack-settings">
      <fieldset aria-describedby={noMode ? `${id}-no-mode` : undefined}>
        <legend>Participants may answer by</legend>
        {INPUT_MODES.map((mode) => (
          <div className="check-field" key={mode}>
            <input
              id={`${id}-${mode}`}
              type="checkbox"
              checked={settings.modes.includes(mode)}
              aria-describedby={`${id}-${mode}-hint`}
              onChange={(e) => toggleMode(mode, e.target.checked)}
            />
            <label htmlFor={`${id}-${mode}`}>{MODE_LABELS[mode].label}</label>
            <p id={`${id}-${mode}-hint`} className="hint">
              {MODE_LABELS[mode].hint}
            </p>
          </div>
        ))}
        {noMode && (
          <p id={`${id}-no-mode`} className="field-problem">
            Allow at least one way to answer.
          </p>
        )}
        {!noMode && !settings.modes.includes('choose') && !settings.modes.includes('type') && (
          <p className="hint">
            Typing stays available too: not every browser can listen, and nobody should be stuck.
          </p>
        )}
      </fieldset>
      <fieldset>
        <legend>During and after each call</legend>
        {check(
          'voices',
          'Speak the other side’s lines aloud',
          'Captions are always shown. In a room, many phones speaking at once is loud: off by default.',
        )}
        {check(
          'modelAnswers',
          'Show model lines in the debrief',
          'Turn off to discuss better lines with the room before anyone reads one.',
        )}
      </fieldset>
      <fieldset>
        <legend>Scores</legend>
        {(['each', 'end'] as const).map((timing) => (
          <div className="check-field" key={timing}>
            <input
              id={`${id}-scores-${timing}`}
              type="radio"
              name={`${id}-scores`}
              checked={settings.scores === timing}
              onChange={() => set({ scores: timing })}
            />
            <label htmlFor={`${id}-scores-${timing}`}>
              {timing === 'each' ? 'After each scenario' : `Only at the end: ${AT_THE_END}`}
            </label>
          </div>
        ))}
      </fieldset>
      <fieldset>
        <legend>Room mode</legend>
        <div className="check-field">
          <input
            id={`${id}-room`}
            type="checkbox"
            checked={settings.room === true}
            aria-describedby={`${id}-room-hint`}
            onChange={(e) => {
              // Off is left out of the link, so the link stays as it was before room mode.
              const { room: _off, ...rest } = settings;
              onChange(e.target.checked ? { ...rest, room: true } : rest);
            }}
          />
          <label htmlFor={`${id}-room`}>Room mode (projector)</label>
          <p id={`${id}-room-hint`} className="hint">
            One call on the projector for the whole room: large type, numbered lines, and a show of
            hands at each choice, shown again in the debrief.
          </p>
        </div>
      </fieldset>
      <fieldset>
        <legend>Before starting</legend>
        {check(
          'askName',
          'Ask each participant for a display name first',
          'It goes on the results they hand in. It stays on their device; a nickname is fine.',
        )}
      </fieldset>
    </div>
  );
}
