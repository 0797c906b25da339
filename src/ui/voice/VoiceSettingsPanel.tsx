/**
 * Voice settings, opened from the header on any screen: voices and their pace, the
 * microphone, its language, on-device listening, and the microphone consent. Each change
 * applies at once (to the next line or turn) and is remembered on this device.
 */
import { useId, useState } from 'react';
import type { VoiceSettings } from '../../speech/index';
import { OnDeviceSetting } from './OnDeviceSetting';
import type { VoiceRuntime } from './runtime';
import { useCapabilities } from './useCapabilities';
import { useVoiceRuntime } from './useVoiceRuntime';
import { useVoiceSettings } from './useVoiceSettings';
import { describeRate, LANGUAGES, onDeviceChange } from './voiceSettings';

export default function VoiceSettingsPanel() {
  const runtime = useVoiceRuntime();
  if (runtime === undefined) return <p>Loading voice settings…</p>;
  if (runtime === null) {
    return <p>Voice could not be loaded in this browser. Captions and typing work as usual.</p>;
  }
  return <VoiceSettingsForm runtime={runtime} />;
}

function VoiceSettingsForm({ runtime }: { runtime: VoiceRuntime }) {
  const id = useId();
  const settings = useVoiceSettings(runtime.settings);
  const [installed, setInstalled] = useState(0);
  const caps = useCapabilities(runtime, settings.language, installed);
  const [unsaved, setUnsaved] = useState(false);
  const change = (next: Partial<VoiceSettings>) => setUnsaved(!runtime.settings.update(next));
  const languages = LANGUAGES.some((l) => l.tag === settings.language)
    ? LANGUAGES
    : [...LANGUAGES, { tag: settings.language, name: settings.language }];
  return (
    <form className="settings-form" onSubmit={(e) => e.preventDefault()}>
      <fieldset>
        <legend>Hearing the other side</legend>
        <div className="check-field">
          <input
            id={`${id}-voices`}
            type="checkbox"
            checked={settings.voicesOn}
            aria-describedby={`${id}-voices-hint`}
            onChange={(e) => change({ voicesOn: e.target.checked })}
          />
          <label htmlFor={`${id}-voices`}>Speak their lines aloud</label>
        </div>
        <p id={`${id}-voices-hint`} className="hint">
          {settings.voicesOn && !runtime.speaker.available()
            ? 'This browser has no voices installed, so their lines are shown as captions only.'
            : 'Their lines are always shown as captions too.'}
        </p>
        <div className="field">
          <label htmlFor={`${id}-rate`}>Speaking rate</label>
          <div className="rate">
            <input
              id={`${id}-rate`}
              type="range"
              min={0.5}
              max={2}
              step={0.25}
              value={settings.rate}
              aria-valuetext={describeRate(settings.rate)}
              disabled={!settings.voicesOn}
              onChange={(e) => change({ rate: Number(e.target.value) })}
            />
            <output htmlFor={`${id}-rate`}>{describeRate(settings.rate)}</output>
          </div>
        </div>
      </fieldset>
      <fieldset>
        <legend>Answering out loud</legend>
        <div className="check-field">
          <input
            id={`${id}-mic`}
            type="checkbox"
            checked={settings.microphoneOn}
            aria-describedby={`${id}-mic-hint`}
            onChange={(e) => change({ microphoneOn: e.target.checked })}
          />
          <label htmlFor={`${id}-mic`}>Let me answer with the microphone</label>
        </div>
        <p id={`${id}-mic-hint`} className="hint">
          The microphone is on only while you hold or toggle “Speak your answer”. You can always
          type instead.
        </p>
        <div className="field">
          <label htmlFor={`${id}-language`}>Language</label>
          <select
            id={`${id}-language`}
            value={settings.language}
            onChange={(e) => change({ language: e.target.value })}
          >
            {languages.map((l) => (
              <option key={l.tag} value={l.tag}>
                {l.name}
              </option>
            ))}
          </select>
        </div>
        <OnDeviceSetting
          settings={settings}
          caps={caps}
          onChange={(on) => change(onDeviceChange(settings, on))}
          onInstall={async () => {
            const ready = await runtime.installOnDevice();
            setInstalled((n) => n + 1);
            return ready;
          }}
        />
        {settings.consentGiven && (
          <div className="setting">
            <p>
              {settings.onDevice
                ? 'You allowed the microphone, with recognition on this device only.'
                : 'You allowed the microphone, with the browser’s speech service.'}
            </p>
            <button
              type="button"
              className="secondary small"
              onClick={() => change({ consentGiven: false })}
            >
              Ask me again before using the microphone
            </button>
          </div>
        )}
      </fieldset>
      <p role="status" className="hint">
        {unsaved &&
          'These settings could not be stored on this device; they apply until you close the page.'}
      </p>
    </form>
  );
}
