/**
 * Which synthetic voice speaks for which role. The cast is recomputed from the browser's voice
 * list each time, and is deterministic, so the interviewer keeps the same voice all call.
 */
import type { Speaker as Role } from '../scenario/schema';

export type { Role };

export interface VoiceCasting {
  /** `null` lets the browser pick its default voice for the utterance's language. */
  voice: SpeechSynthesisVoice | null;
  pitch: number;
}

/** Who gets a voice first: the people the caller talks to most. */
export const ROLE_ORDER: readonly Role[] = ['interviewer', 'receptionist', 'voicemail', 'narrator'];

// When roles must share a voice, a pitch shift still tells them apart.
const SHARED_PITCH: Record<Role, number> = {
  interviewer: 1,
  receptionist: 1.2,
  voicemail: 0.85,
  narrator: 1,
};

function tag(lang: string): string {
  return lang.replace(/_/g, '-').toLowerCase();
}

function primary(lang: string): string {
  return tag(lang).split('-')[0] ?? '';
}

function rank(voice: SpeechSynthesisVoice, language: string): number {
  // Exact language first; then on-device voices, which send no text to a server.
  const exact = tag(voice.lang) === tag(language) ? 0 : 2;
  const local = voice.localService ? 0 : 1;
  return exact + local;
}

/** Voices that can read the language: exact tag first, on-device first, duplicates dropped. */
export function voicesFor(
  voices: readonly SpeechSynthesisVoice[],
  language: string,
): SpeechSynthesisVoice[] {
  const seen = new Set<string>();
  return voices
    .filter((v) => primary(v.lang) === primary(language))
    .map((voice, index) => ({ voice, index }))
    .sort((a, b) => rank(a.voice, language) - rank(b.voice, language) || a.index - b.index)
    .map(({ voice }) => voice)
    .filter((v) => {
      if (seen.has(v.name)) return false;
      seen.add(v.name);
      return true;
    });
}

/** Gives each role a voice: distinct voices while there are enough, then a pitch shift. */
export function castVoices(
  voices: readonly SpeechSynthesisVoice[],
  language: string,
): Record<Role, VoiceCasting> {
  const pool = voicesFor(voices, language);
  const cast = {} as Record<Role, VoiceCasting>;
  ROLE_ORDER.forEach((role, index) => {
    const voice = pool.length > 0 ? (pool[index % pool.length] ?? null) : null;
    const shared = pool.length < ROLE_ORDER.length;
    cast[role] = { voice, pitch: shared ? SHARED_PITCH[role] : 1 };
  });
  return cast;
}
