import { useId, useState } from 'react';
import {
  canListenOnDevice,
  type RecognitionCapabilities,
  type VoiceSettings,
} from '../../speech/index';

export interface OnDeviceSettingProps {
  settings: VoiceSettings;
  /** `undefined` while the browser is asked. */
  caps: RecognitionCapabilities | undefined;
  onChange: (onDevice: boolean) => void;
  /** Downloads the language pack; true when it is ready. */
  onInstall: () => Promise<boolean>;
}

function describeOnDevice(caps: RecognitionCapabilities, language: string): string {
  switch (caps.onDevice) {
    case 'available':
      return `On-device recognition is ready for ${language}: your voice can stay on this computer.`;
    case 'downloadable':
      return `On-device recognition for ${language} needs a one-time download by the browser.`;
    case 'downloading':
      return `The browser is downloading on-device recognition for ${language}.`;
    case 'unavailable':
      return `This browser cannot recognise ${language} on the device; its speech service may send your audio to a server.`;
    default:
      return "This browser does not say whether it can recognise speech on the device, so its speech service may send your audio to a server (Chrome's does).";
  }
}

/** Listening on the device only: offered where the browser can, with its download. */
export function OnDeviceSetting({ settings, caps, onChange, onInstall }: OnDeviceSettingProps) {
  const id = useId();
  const [install, setInstall] = useState<'idle' | 'working' | 'ready' | 'failed'>('idle');
  if (!caps) return <p className="hint">Checking what this browser can do…</p>;
  if (!caps.supported) {
    return (
      <p className="hint">
        This browser cannot turn speech into text, so you will type your answers.
      </p>
    );
  }
  const possible = canListenOnDevice(caps);
  return (
    <div className="setting">
      <div className="check-field">
        <input
          id={`${id}-on-device`}
          type="checkbox"
          checked={settings.onDevice}
          disabled={!possible && !settings.onDevice}
          aria-describedby={`${id}-on-device-hint`}
          onChange={(e) => onChange(e.target.checked)}
        />
        <label htmlFor={`${id}-on-device`}>Recognise speech on this device only</label>
      </div>
      <p id={`${id}-on-device-hint`} className="hint">
        {describeOnDevice(caps, settings.language)}
      </p>
      {caps.onDevice === 'downloadable' && install !== 'ready' && (
        <button
          type="button"
          className="secondary small"
          disabled={install === 'working'}
          onClick={() => {
            setInstall('working');
            void onInstall().then((ready) => setInstall(ready ? 'ready' : 'failed'));
          }}
        >
          Download on-device recognition
        </button>
      )}
      <p role="status" className="hint">
        {install === 'working' && 'Downloading…'}
        {install === 'ready' && 'On-device recognition is installed.'}
        {install === 'failed' && 'The download did not finish; the browser may not allow it here.'}
      </p>
    </div>
  );
}
