/**
 * Brevity 0-100 of one line (tip T3): a follow-up is a short call. Each party has a word
 * budget for one turn (a voicemail is the whole message, about 20-30 seconds); beyond it the
 * score falls with the overrun. Reciting credentials, dense fillers and rambling connectors
 * cost extra because they lengthen the call without adding anything the listener needs.
 */
import { type Guarded, guard } from './prefilter';
import type { Intent, Reached } from './vocabulary';

/** Comfortable words per turn for each party (a voicemail is the whole message). */
export const WORD_BUDGET: Record<Reached | 'unknown', number> = {
  receptionist: 30,
  interviewer: 45,
  voicemail: 75,
  no_answer: 45,
  unknown: 45,
};

/** Comfortable seconds per turn; the voicemail figure is the article-backed 20-30 s message. */
export const SECONDS_BUDGET: Record<Reached | 'unknown', number> = {
  receptionist: 12,
  interviewer: 20,
  voicemail: 30,
  no_answer: 20,
  unknown: 20,
};

const RAMBLE = guard(
  /\b(?:and then|and so|so basically|basically|anyway|anyways|long story short|to be honest|as i was saying|and also|on top of that|not to mention|the thing is|and um|and uh|etc|and stuff|or whatever|blah)\b/g,
);

function countMatches(pattern: Guarded, text: string): number {
  if (!pattern.mayMatch(text)) return 0;
  const re = pattern.re;
  re.lastIndex = 0;
  let n = 0;
  while (re.exec(text) !== null) n++;
  return n;
}

export interface BrevityInput {
  lower: string;
  words: number;
  fillers: number;
  seconds?: number;
  reached?: Reached;
  recites: boolean;
  /** The line's intents: a long line that carries none is not to the point. */
  intents?: readonly Intent[];
  offTopic?: boolean;
}

// Dithering: hedges, self-corrections and apologies that delay the point.
const DITHER = guard(
  /\b(?:sorry|i mean|i don't know|i dunno|or maybe|or rather|i guess|i suppose|sort of|kind of|never mind|what i'm trying to say|if that makes sense|or something|or whatever|let me rephrase|i'm not sure if|i don't know if)\b/g,
);
const WORD_TOKEN = /[\p{L}\p{N}']+/gu;
const QUESTION_START = guard(
  /(?:^|[.?!,;]\s*|\b(?:and|or|so|but)\s)(?:is|are|was|were|has|have|had|do|does|did|can|could|will|would|may|might|any|when|what|how|where|who|whether)\b/g,
);

/** Word trigrams said more than once in the line: the same thing said again. */
function repeats(lower: string): number {
  WORD_TOKEN.lastIndex = 0;
  const words = lower.match(WORD_TOKEN) ?? [];
  const seen = new Set<string>();
  let n = 0;
  for (let i = 2; i < words.length; i++) {
    const key = `${words[i - 2]} ${words[i - 1]} ${words[i]}`;
    if (seen.has(key)) n++;
    else seen.add(key);
  }
  return n;
}

/** Brevity 0-100 of one line from its length, speaking time, fillers and recitals. */
export function brevityScore(input: BrevityInput): number {
  const party = input.reached ?? 'unknown';
  const budget = WORD_BUDGET[party];
  let loss = 0;
  if (input.words > budget) loss = Math.min(70, (60 * (input.words - budget)) / budget);
  const seconds = input.seconds;
  if (seconds !== undefined && Number.isFinite(seconds) && seconds > 0) {
    const limit = SECONDS_BUDGET[party];
    if (seconds > limit) loss = Math.max(loss, Math.min(70, (60 * (seconds - limit)) / limit));
  }
  if (input.recites) loss += 25;
  if (input.words >= 6) {
    const ratio = input.fillers / input.words;
    if (ratio > 0.06) loss += Math.min(20, 100 * (ratio - 0.06) + 5);
  }
  loss += Math.min(15, 5 * countMatches(RAMBLE, input.lower));
  // Within the budget a shorter line still reads tighter: a gentle slope, not a cliff.
  loss += Math.min(10, (10 * Math.min(input.words, budget)) / budget);
  loss += Math.min(30, 6 * repeats(input.lower));
  loss += Math.min(20, 5 * countMatches(DITHER, input.lower));
  // Asking the same thing three ways: every question past the second.
  loss += Math.min(20, 6 * Math.max(0, countMatches(QUESTION_START, input.lower) - 2));
  // Off the subject, or a long line that carries nothing a follow-up needs: not to the point.
  if (input.offTopic) loss += 30;
  else if (input.intents !== undefined && input.intents.length === 0 && input.words >= 8)
    loss += 20;
  return Math.max(0, Math.min(100, Math.round(100 - loss)));
}

/** Points a turn's length costs, from words or (when spoken) seconds, ignoring recitals. */
export function lengthLoss(words: number, seconds: number | undefined, party: Reached): number {
  const budget = WORD_BUDGET[party];
  let loss = words > budget ? (60 * (words - budget)) / budget : 0;
  if (seconds !== undefined && Number.isFinite(seconds) && seconds > 0) {
    const limit = SECONDS_BUDGET[party];
    if (seconds > limit) loss = Math.max(loss, (60 * (seconds - limit)) / limit);
  }
  return Math.min(70, loss);
}

/** Typical speaking pace used to estimate time when a line has no `seconds`. */
export const WORDS_PER_SECOND = 2.5;
