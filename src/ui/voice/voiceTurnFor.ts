/** The voice-turn machine wired to the runtime's listener and settings. */
import {
  hasVoiceConsent,
  listenWith,
  type RecognitionCapabilities,
  type VoiceSettings,
  type VoiceTurnInput,
  voiceTurnMachine,
} from '../../speech/index';
import type { VoiceRuntime } from './runtime';

const machines = new WeakMap<VoiceRuntime, ReturnType<typeof withRuntime>>();

/** The machine for one spoken turn: listens with the runtime, remembers the learner's consent. */
export function voiceTurnFor(runtime: VoiceRuntime) {
  // One per runtime: building a machine costs more than a turn's render.
  let machine = machines.get(runtime);
  if (!machine) {
    machine = withRuntime(runtime);
    machines.set(runtime, machine);
  }
  return machine;
}

function withRuntime(runtime: VoiceRuntime) {
  return voiceTurnMachine.provide({
    actors: { listen: listenWith(runtime.listener) },
    actions: {
      rememberConsent: (_, params) => {
        runtime.settings.update({ consentGiven: true, onDevice: params.onDevice });
      },
    },
  });
}

export type VoiceTurnMachine = ReturnType<typeof withRuntime>;

/** Where a turn starts: consent still valid for what the browser can do now, and support. */
export function voiceTurnInput(
  settings: VoiceSettings,
  caps: RecognitionCapabilities,
): VoiceTurnInput {
  return { consentGiven: hasVoiceConsent(settings, caps), supported: caps.supported };
}
