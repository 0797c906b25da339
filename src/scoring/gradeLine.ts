/**
 * Grades one caller line: the contract's utterance-mode output plus a few extras (tone, wpm,
 * hedges) the app shows beside a turn.
 */
import { brevityScore } from './brevity';
import { countFillers } from './fillers';
import { inVocabularyOrder } from './intents';
import { politenessScore, toneOf } from './politeness';
import { prepare, type Reading, readingOf, readLine, toneOfWords } from './reading';
import { countWords } from './text';
import type { LineGrade, LineInput } from './types';
import type { Intent, Reached } from './vocabulary';

/**
 * The reading of a line whose intents were given: they are taken as they are, pressure firmly.
 * A carried meaning is the author's (or the moment's) reading; nothing else is guessed for it,
 * except name-calling, which is in the words ("then you're idiots") whoever read them.
 */
function carried(raw: string, reached: Reached | undefined, intents: Intent[]): Reading {
  const prepared = prepare(raw, reached);
  return readingOf(prepared, {
    intents,
    insult: prepared.namesCalled,
    offTopic: false,
    firmInsult: prepared.namesCalled,
    firmPressure: intents.includes('pressure'),
    english: true,
    tone: toneOfWords(prepared),
  });
}

/** Grades one line: intents, politeness, brevity, pushiness, credentials, words, fillers, pace. */
export function gradeLine(input: LineInput): LineGrade {
  return gradeAndRead(input).grade;
}

/** A line's grade with the reading behind it (the call grader quotes its evidence). */
export function gradeAndRead(input: LineInput): { grade: LineGrade; reading: Reading } {
  const raw = typeof input.text === 'string' ? input.text : '';
  const reached = input.reached === 'no_answer' ? undefined : input.reached;
  // A carried meaning (authored tags, or the reading made when the line was said) is scored as
  // it is; only a line without one is classified here.
  const reading: Reading = input.intents
    ? carried(raw, reached, inVocabularyOrder(input.intents))
    : readLine(
        raw,
        reached,
        typeof input.caller === 'string' ? input.caller : undefined,
        Array.isArray(input.listeners)
          ? input.listeners.filter((n): n is string => typeof n === 'string')
          : undefined,
      );
  const { lower, intents } = reading;
  const words = countWords(lower);
  const fillers = countFillers(lower);
  const pushy = intents.includes('pressure');
  const recites = intents.includes('recite_credentials');
  const politeness = politenessScore(
    raw,
    lower,
    words,
    intents,
    reading.clean,
    reading.firmInsult,
    reading.firmPressure,
    reading.tone,
    reading.demands,
  );
  const seconds =
    typeof input.seconds === 'number' && Number.isFinite(input.seconds) && input.seconds > 0
      ? input.seconds
      : undefined;
  const grade: LineGrade = {
    text: raw,
    intents,
    politeness,
    brevity: brevityScore({
      lower,
      words,
      fillers,
      seconds,
      reached: input.reached,
      recites,
      intents,
      offTopic: reading.offTopic,
    }),
    pushy,
    recitesCredentials: recites,
    words,
    fillers,
    tone: toneOf(politeness),
    english: reading.english,
    insult: reading.insult,
    offTopic: reading.offTopic,
    sellingPoints: reading.english ? reading.credentials : 0,
  };
  if (seconds !== undefined) grade.wpm = Math.round((words / seconds) * 60);
  return { grade, reading };
}
