import { type Calendar, DEFAULT_CALENDAR, isClosedDay, weekdayOf } from '../scoring/calendar.ts';
import type { Reached } from '../scoring/vocabulary.ts';
import type { AttemptRecord, CampaignContext, TranscriptLine } from './campaignTypes.ts';
import { isBusinessHours, minutesOf } from './moment.ts';
import type { AnswerCondition, Speaker } from './schema.ts';

// Pure reads and updates of the campaign's context, shared by the machine and the path explorer.

const REACH_RANK: Record<Reached, number> = {
  no_answer: 0,
  voicemail: 1,
  receptionist: 2,
  interviewer: 3,
};

export function currentAttempt(context: CampaignContext): AttemptRecord | undefined {
  return context.attempts[context.attempts.length - 1];
}

export function updateCurrentAttempt(
  context: CampaignContext,
  change: (attempt: AttemptRecord) => AttemptRecord,
): AttemptRecord[] {
  const attempt = currentAttempt(context);
  if (!attempt) return context.attempts;
  return [...context.attempts.slice(0, -1), change(attempt)];
}

function inRange(value: number, range: { min?: number; max?: number } | undefined): boolean {
  if (!range) return true;
  return (
    (range.min === undefined || value >= range.min) &&
    (range.max === undefined || value <= range.max)
  );
}

/** Number of voicemail messages the caller has left so far. */
export function voicemailsLeft(context: CampaignContext): number {
  return context.attempts.filter((a) => a.outcome === 'message_left').length;
}

/** Number of the caller's lines in the call under way. */
export function callerTurnsThisCall(context: CampaignContext): number {
  return currentAttempt(context)?.turns.filter((t) => t.speaker === 'me').length ?? 0;
}

/** True when an answer rule's conditions hold for the attempt that is starting. */
export function matchesAnswerCondition(
  condition: AnswerCondition | undefined,
  context: CampaignContext,
  calendar: Calendar = DEFAULT_CALENDAR,
): boolean {
  if (!condition) return true;
  const attempt = currentAttempt(context);
  if (!attempt) return false;
  if (!inRange(attempt.day, condition.days)) return false;
  if (condition.hours && (condition.hours === 'business') !== isBusinessHours(attempt.time)) {
    return false;
  }
  if (!inRange(context.attempts.length, condition.attempt)) return false;
  if (!inRange(voicemailsLeft(context), condition.voicemailsLeft)) return false;
  if (condition.thankYouSent !== undefined && condition.thankYouSent !== context.thankYouSent) {
    return false;
  }
  if (condition.weekdays && !condition.weekdays.includes(weekdayOf(calendar, attempt.day))) {
    return false;
  }
  if (condition.closed !== undefined && condition.closed !== isClosedDay(calendar, attempt.day)) {
    return false;
  }
  if (condition.time) {
    const m = minutesOf(attempt.time) ?? 0;
    const from = condition.time.from === undefined ? 0 : (minutesOf(condition.time.from) ?? 0);
    const to = condition.time.to === undefined ? 24 * 60 : (minutesOf(condition.time.to) ?? 0);
    if (m < from || m >= to) return false;
  }
  return true;
}

/** Voicemails left before the campaign's call number `index` (0-based). */
export function messagesBefore(attempts: readonly AttemptRecord[], index: number): number {
  return attempts.slice(0, Math.max(0, index)).filter((a) => a.outcome === 'message_left').length;
}

function reachedBy(speaker: Speaker, previous: Reached): Reached {
  if (speaker === 'narrator') return previous;
  return REACH_RANK[speaker] > REACH_RANK[previous] ? speaker : previous;
}

export function appendLine(context: CampaignContext, line: TranscriptLine): AttemptRecord[] {
  return updateCurrentAttempt(context, (attempt) => ({
    ...attempt,
    turns: [...attempt.turns, line],
    reached:
      line.speaker === 'them' ? reachedBy(line.role as Speaker, attempt.reached) : attempt.reached,
  }));
}
