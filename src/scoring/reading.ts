/**
 * The one reading of a caller's line: cleaned once, read by the phrase rules, then weighed by
 * the fitted model over words, word pairs and the rules' findings. Rules alone miss whatever
 * phrasing they were not written for; the model was fitted on thousands of labelled lines.
 */
import { credentialScore } from './credentials';
import { withoutFillers } from './fillers';
import { namePartsOf, saysOwnName, WORD_NAMES } from './identify';
import { forParty, intentsOf } from './intents';
import {
  INTENT_THRESHOLD,
  KNOWN_WORDS,
  LABELS,
  labelLogits,
  RULE_OVERRIDES,
} from './model/intentModel';
import { callsNames, demands, unmistakablePressure } from './pressure';
import { cleanSpoken } from './spoken';
import { normalise } from './text';
import { INTENTS, type Intent, type Reached } from './vocabulary';

/** A line as the grader reads it. */
export interface Reading {
  /** `normalise`d text. */
  lower: string;
  /** Cleaned for reading: apostrophes, stammers, number words, dialect forms, no fillers. */
  clean: string;
  /** What the phrase rules found (a feature of the model, and the findings' wording). */
  rules: Intent[];
  /** Who hears the line (`no_answer` is read as nobody). */
  reached?: Reached;
  /** Weighted count of the points of qualification the line makes (`credentialScore`). */
  credentials: number;
  /**
   * The line demands, complains or presumes (`demands`): read once, for the pressure rule and
   * for politeness, which charges such pressure in full and open anxiety less.
   */
  demands: boolean;
  intents: Intent[];
  /** The line insults or belittles the listener: the worst kind of line. */
  insult: boolean;
  /** The line is about something other than the job or the call. */
  offTopic: boolean;
  /** The insult is read with confidence: no score can call the line anything but rude. */
  firmInsult: boolean;
  /** The line pushes hard enough that no courtesy can make it polite (a confident reading). */
  firmPressure: boolean;
  /** False when too few of its words are English words the grader knows (it then reads no intent). */
  english: boolean;
  /**
   * How its words sound, from the model's tone heads: log-odds of polite minus those of rude
   * (0 when there is nothing to read). Politeness weighs it beside the fitted strategies.
   */
  tone: number;
}

/**
 * Log-odds an insult or a firm push must reach before politeness is capped for it. Confident
 * readings only: out of its domain (Wikipedia requests) the model calls plain lines pushy, and
 * a cap on a false reading costs far more than a missed cap.
 */
const FLAG_CONFIDENCE = { insult: 3, firmPressure: 2 } as const;

const WORDS = /\p{L}[\p{L}']*/gu;

/** The letter words of a cleaned line. */
export function wordsOf(clean: string): string[] {
  WORDS.lastIndex = 0;
  return clean.match(WORDS) ?? [];
}

// A line of three or more words of which fewer than half are known is taken as not English.
const MIN_WORDS_TO_JUDGE = 3;
const MIN_ENGLISH_SHARE = 0.5;

// English's commonest small words: any English sentence is full of them, other languages not.
export const FUNCTION_WORDS: ReadonlySet<string> = new Set(
  (
    'the a an and or but to of in on at for with from by about is are was were be been am i you ' +
    'he she it we they me my your his her our their this that these those there here what when ' +
    'where who how why which if so not no do does did have has had will would can could should ' +
    "may might just still any some all up out as it's i'm i'd i'll i've you're don't can't"
  ).split(' '),
);
const MIN_FUNCTION_SHARE = 0.12;

// Letters of scripts other than Latin (Chinese, Japanese, Arabic, Cyrillic…): a line mostly
// of them is not English, however few "words" its unspaced writing makes.
const LETTER = /\p{L}/gu;
const LATIN_LETTER = /\p{Script=Latin}/gu;

// Printable ASCII and whitespace: what almost every line is made of.
const BEYOND_ASCII = /[^\u0020-\u007e\s]/;

function mostlyOtherScript(clean: string): boolean {
  // Almost every line is plain ASCII: nothing to count.
  if (!BEYOND_ASCII.test(clean)) return false;
  const letters = clean.match(LETTER)?.length ?? 0;
  const latin = clean.match(LATIN_LETTER)?.length ?? 0;
  return letters > 0 && latin / letters < 0.5;
}

// A capitalised word inside a sentence (not at its start, where any word is capitalised): the
// way a typed name shows itself.
const CAPITALISED = /(?<!(?:^|[.!?])\s*)(?<![\p{L}'’-])\p{Lu}[\p{L}'’-]*/gu;
/**
 * Words the English check leaves out, lower-cased: people's names are no language's words, and
 * a learner's own name ("Siobhán Ní Bhriain, calling back") must not make the line foreign.
 * The caller's name when the call knows it, and the words a typed line capitalises mid-sentence.
 */
export function namesInLine(raw: string, caller?: string): Set<string> {
  const names = new Set(caller === undefined ? [] : namePartsOf(caller));
  // A line in capitals only is shouted, not a list of names.
  if (/\p{Ll}/u.test(raw)) {
    for (const word of raw.match(CAPITALISED) ?? []) {
      const lower = word.toLowerCase();
      if (lower !== 'i' && !lower.startsWith("i'") && !lower.startsWith('i’')) names.add(lower);
    }
  }
  return names;
}

/**
 * Whether the line reads as English: enough of its words are words the model was fitted on,
 * or English's small function words are there (technical English has unknown words, not these).
 * `names` (from `namesInLine`) are left out of the count.
 */
export function looksEnglish(clean: string, names: ReadonlySet<string> = new Set()): boolean {
  if (mostlyOtherScript(clean)) return false;
  const all = wordsOf(clean);
  const words = all.filter((w) => !names.has(w));
  if (words.length < MIN_WORDS_TO_JUDGE) return true;
  let known = 0;
  let small = 0;
  for (const w of words) if (KNOWN_WORDS.has(w)) known++;
  for (const w of all) if (FUNCTION_WORDS.has(w)) small++;
  // Names count against the known words only: the small words' share is over the whole line, so
  // a German line, its nouns capitalised, is not made English by leaving them out.
  return known / words.length >= MIN_ENGLISH_SHARE || small / all.length >= MIN_FUNCTION_SHARE;
}

/** The pieces the model reads, without the model. */
export type Prepared = Pick<
  Reading,
  'lower' | 'clean' | 'rules' | 'reached' | 'credentials' | 'demands'
> & {
  /** Intents a cue decides whatever the model weighs (`unmistakablePressure`). */
  firm: Intent[];
  /** The line calls the listener names (`callsNames`): an insult whoever reads it. */
  namesCalled: boolean;
};

/** A normalised line as every reader of it sees it: the spoken front end, then no fillers. */
export function cleanLine(lower: string): string {
  return withoutFillers(cleanSpoken(lower));
}

/** The pieces the model reads, without the model: shared with the training script. */
export function prepare(raw: string, reached: Reached | undefined): Prepared {
  const lower = normalise(raw);
  const clean = cleanLine(lower);
  // Counted once: the recital rule and the line's selling points both read it.
  const credentials = lower.length === 0 ? 0 : credentialScore(clean);
  // Read once: the pressure rule, the insult flags and the firm cues all hang on it.
  const namesCalled = lower.length > 0 && callsNames(clean);
  const demanded = lower.length > 0 && demands(raw, clean, namesCalled);
  const rules =
    lower.length === 0 ? [] : intentsOf(raw, lower, clean, credentials, namesCalled, demanded);
  const firm: Intent[] = unmistakablePressure(raw, namesCalled) ? ['pressure'] : [];
  // One shape for every line (`reached` is there, if undefined): the readers stay monomorphic.
  return { lower, clean, rules, reached, credentials, firm, namesCalled, demands: demanded };
}

/** What the reading adds to the prepared pieces. */
export type Verdict = Omit<Reading, keyof Prepared>;

/** A reading from its pieces, built in one shape whatever the line (no spreads). */
export function readingOf(p: Prepared, v: Verdict): Reading & Prepared {
  return {
    lower: p.lower,
    clean: p.clean,
    rules: p.rules,
    reached: p.reached,
    credentials: p.credentials,
    firm: p.firm,
    namesCalled: p.namesCalled,
    demands: p.demands,
    intents: v.intents,
    insult: v.insult,
    offTopic: v.offTopic,
    firmInsult: v.firmInsult,
    firmPressure: v.firmPressure,
    english: v.english,
    tone: v.tone,
  };
}

/**
 * Which intents a line carries, from the rules' findings and the model's log-odds (`logitOf(k)`
 * for the k-th intent): a `firm` cue or an overriding rule that fired decides, else the model
 * over `threshold`. The training script judges its held-out lines with this same decision.
 */
export function decideIntents(
  rules: ReadonlySet<Intent>,
  logitOf: (k: number) => number,
  overrides: ReadonlySet<Intent>,
  threshold: number,
  firm: readonly Intent[] = [],
): Intent[] {
  return INTENTS.filter(
    (intent, k) =>
      firm.includes(intent) ||
      (rules.has(intent) && overrides.has(intent)) ||
      logitOf(k) > threshold,
  );
}

const escapeForRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The line with the listener's names taken out ("thanks Dana" -> "thanks"): parts of the
 * caller's own name and everyday words ("Will", "May") stay. Unchanged when none is there.
 */
export function withoutListeners(
  raw: string,
  listeners: readonly string[],
  caller?: string,
): string {
  const own = new Set(caller === undefined ? [] : namePartsOf(caller));
  const parts = [...new Set(listeners.flatMap(namePartsOf))].filter(
    (part) => !own.has(part) && !WORD_NAMES.has(part),
  );
  if (parts.length === 0) return raw;
  const out = raw.replace(
    new RegExp(`(?<![\\p{L}'’-])(?:${parts.map(escapeForRegExp).join('|')})(?![\\p{L}'’-])`, 'giu'),
    '',
  );
  // The words on each side of a name taken out meet with one space, as they were written.
  return out === raw
    ? raw
    : out
        .replace(/\s{2,}/g, ' ')
        .replace(/\s+([,.!?;:])/g, '$1')
        .trim();
}

/**
 * Reads a line: its intents as heard by `reached` (a voicemail cannot put anyone through).
 * `caller`, the caller's own name when the call knows it, makes a line that says it `identify`.
 * `listeners`, the names of the people the caller may be talking to (the interviewer, the
 * receptionist), cannot: "thanks Dana" or "is Stephen Park there?" says who is listening, not
 * who is calling, so a line that identifies only through them does not `identify`.
 */
export function readLine(
  raw: string,
  reached?: Reached,
  caller?: string,
  listeners?: readonly string[],
): Reading {
  const prepared = prepare(raw, reached);
  const none = (english: boolean): Verdict => ({
    intents: [],
    insult: false,
    offTopic: false,
    firmInsult: false,
    firmPressure: false,
    english,
    tone: 0,
  });
  if (prepared.lower.length === 0) return readingOf(prepared, none(true));
  // Guessing intents from the few English-looking words of another language misleads.
  // Names can only help a line be English: they are left out only when it fails without that.
  if (!looksEnglish(prepared.clean) && !looksEnglish(prepared.clean, namesInLine(raw, caller))) {
    return readingOf(prepared, none(false));
  }
  const logits = labelLogits(prepared);
  const rules = new Set(prepared.rules);
  const decided = decideIntents(
    rules,
    (k) => logits[k] as number,
    RULE_OVERRIDES,
    INTENT_THRESHOLD,
    prepared.firm,
  );
  let found =
    caller !== undefined && !decided.includes('identify') && saysOwnName(prepared.clean, caller)
      ? INTENTS.filter((i) => i === 'identify' || decided.includes(i))
      : decided;
  if (found.includes('identify') && listeners !== undefined && listeners.length > 0) {
    const unnamed = withoutListeners(raw, listeners, caller);
    if (unnamed !== raw && !readLine(unnamed, reached, caller).intents.includes('identify')) {
      found = found.filter((i) => i !== 'identify');
    }
  }
  const intents = forParty(found, reached);
  const insult = logits[AT.insult] as number;
  // Name-calling is an insult whatever the model weighs ("then you're idiots"); it is also
  // unmistakable pressure (`prepared.firm`).
  return readingOf(prepared, {
    intents,
    insult: insult > 0 || prepared.namesCalled,
    offTopic: (logits[AT.offTopic] as number) > 0,
    firmInsult: insult > FLAG_CONFIDENCE.insult || prepared.namesCalled,
    firmPressure:
      intents.includes('pressure') &&
      (rules.has('pressure') || (logits[AT.pressure] as number) > FLAG_CONFIDENCE.firmPressure),
    english: true,
    tone: toneFrom(logits),
  });
}

// Where the labels read here sit in the model's output.
const AT = {
  insult: LABELS.indexOf('insult'),
  offTopic: LABELS.indexOf('off_topic'),
  pressure: LABELS.indexOf('pressure'),
  polite: LABELS.indexOf('polite'),
  rude: LABELS.indexOf('rude'),
} as const;

function toneFrom(logits: Float64Array): number {
  return (logits[AT.polite] as number) - (logits[AT.rude] as number);
}

/**
 * How a line's words sound (`Reading.tone`), for a line whose meaning is carried (a chosen
 * line): its intents are the author's, but its politeness is still in its words.
 */
export function toneOfWords(prepared: Prepared): number {
  if (prepared.lower.length === 0 || !looksEnglish(prepared.clean)) return 0;
  return toneFrom(labelLogits(prepared));
}

/**
 * Classifies free text (typed or recognised speech) into the contract's intents, as heard by
 * `reached`. This is the one reading of a typed or spoken line: the machine branches on it and
 * the call log carries it to the grader.
 */
export function classifyIntents(
  text: string,
  reached?: Reached,
  caller?: string,
  listeners?: readonly string[],
): Intent[] {
  return readLine(text, reached, caller, listeners).intents;
}
