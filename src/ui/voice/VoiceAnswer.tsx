/**
 * Answering out loud, in its own chunk. Shown when the microphone is on in the settings and
 * the browser has been asked what it can do; a browser without recognition gets one line
 * saying so, and the learner types. Each caller turn starts a fresh voice turn (the controls
 * stay on screen; their machine goes back to the start).
 */
import { useState } from 'react';
import { listenFailure } from '../../speech/index';
import type { VoiceRuntime } from './runtime';
import { useCapabilities } from './useCapabilities';
import { useVoiceRuntime } from './useVoiceRuntime';
import { useVoiceSettings } from './useVoiceSettings';
import { VoiceTurnControls } from './VoiceTurnControls';

export interface VoiceAnswerProps {
  /** Changes with every caller turn. */
  turnKey: string;
  onHeard: (text: string, seconds: number) => void;
  onFallback: (heard: string) => void;
}

export default function VoiceAnswer(props: VoiceAnswerProps) {
  const runtime = useVoiceRuntime();
  return runtime ? <VoiceAnswerWith runtime={runtime} {...props} /> : null;
}

function VoiceAnswerWith({
  runtime,
  turnKey,
  onHeard,
  onFallback,
}: VoiceAnswerProps & { runtime: VoiceRuntime }) {
  const settings = useVoiceSettings(runtime.settings);
  const caps = useCapabilities(runtime, settings.language);
  // Taking consent back (in the settings) must bring the notice back at once, even mid-turn.
  const [consent, setConsent] = useState({ given: settings.consentGiven, withdrawn: 0 });
  if (consent.given !== settings.consentGiven) {
    setConsent({
      given: settings.consentGiven,
      withdrawn: consent.withdrawn + (settings.consentGiven ? 0 : 1),
    });
  }
  if (!settings.microphoneOn || !caps) return null;
  if (!caps.supported) {
    return <p className="voice-note">{listenFailure('unsupported').reason}</p>;
  }
  return (
    <VoiceTurnControls
      key={`${settings.language}/${consent.withdrawn}`}
      turnKey={turnKey}
      runtime={runtime}
      caps={caps}
      settings={settings}
      onHeard={onHeard}
      onFallback={onFallback}
    />
  );
}
