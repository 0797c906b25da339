/**
 * What the other side said, as far as the rubric needs it: whether the interviewer is
 * unavailable or busy, whether the post is filled, and whether status or a timeline was
 * already given (then the caller need not ask for it).
 */
import { normalise } from '../text';
import type { Turn } from '../types';

const UNAVAILABLE =
  /\b(?:not (?:available|in|here|at (?:her|his|their) desk|in the office|around|in today|taking calls)|unavailable|in a meeting|in meetings|on (?:another|the other) (?:line|call)|on a call|out (?:of the office|today|for lunch|sick|this week|at the moment|at (?:a|the|our|one)|on (?:a|site)|until)|(?:is|she's|he's|they're) (?:out|away|off)\b|away (?:at|until|from|on)|on leave|on vacation|on holiday|stepped out|tied up|left for the day|gone for the day|off today|can't come to the phone|(?:just )?missed (?:her|him|them)|with (?:a|another) (?:client|patient|customer|candidate)|with (?:clients|patients|customers)|in (?:an interview|interviews|court|surgery|theatre|class|a lecture)|on (?:the|a) ward|busy)\b/;
const BUSY =
  /\b(?:in the middle of|busy|buried|swamped|slammed|standing next to|only (?:got|have) a (?:second|sec|minute|moment)|can't talk (?:long|now|right now)|call (?:me )?back|try me (?:again|later|next|tomorrow|on|at|in)|not a good time|bad time|can't (?:talk|do this) (?:now|right now)|(?:have|got) to (?:run|go)|about to (?:step|go|head) into|running (?:into|to|late))\b/;
// The other side discouraging further calls without saying the post is filled.
const DISCOURAGED =
  /\b(?:keep waiting|hate for you to|don't know what's happening|(?:put|is|been) on hold|hiring freeze|been (?:frozen|cancelled|canceled|reorgani[sz]ed|restructured)|(?:role|position|job) (?:has been|was|is) (?:cancelled|canceled|frozen|withdrawn|pulled)|(?:stop|no need to keep) calling|other opportunities|wouldn't (?:wait|hold your breath))\b/;
// A callback time the other side asked for, with the fewest days it implies.
const CALLBACK_CUE =
  /\b(?:call|try|ring|phone|reach)(?: me| her| him| us| them)?(?: back| again)?\b|\b(?:i'll|i will|we'll|we will) (?:call|be in touch|get back|let you know|ring)\b|\bhear from (?:us|me)\b|\btalk (?:then|next)\b/;
const CALLBACK_WHEN: ReadonlyArray<readonly [RegExp, number]> = [
  [/\b(?:in|after) (?:two|2|a couple of|three|3|a few) weeks\b|\bnext month\b/, 10],
  [/\bnext week\b/, 3],
  [
    /\b(?:end of (?:the|this) week|later this week|in a (?:couple|few) (?:of )?days|in two days)\b/,
    2,
  ],
  [/\btomorrow\b|\b(?:monday|tuesday|wednesday|thursday|friday)\b/, 1],
];
const FILLED =
  /\b(?:(?:position|role|job|opening|post|vacancy|it) (?:has|was|is|'s) (?:now )?(?:been )?(?:already )?(?:filled|closed|taken)|filled the (?:position|role|job|post)|(?:went|gone|going|move forward|moving forward|moved forward|decided to go|decided to move forward) with (?:another|a different|someone else|other|an internal)|offered (?:the (?:position|role|job) )?to (?:someone else|another)|(?:not|won't be|will not be) (?:moving|going) forward with you|hired someone|someone else was selected|no longer (?:hiring|open|available))\b/;
const STATUS =
  /\b(?:still (?:interviewing|deciding|reviewing|considering|in the process|meeting|talking|evaluating|going through|looking)|(?:haven't|have not|hasn't|has not) (?:made|reached) (?:a|any|our|the) (?:final )?decision|(?:haven't|have not) (?:decided|finished)|no decision yet|not decided|(?:you're|you are) still (?:in the running|under consideration|being considered|on (?:the|our) (?:shortlist|list))|(?:you're|you are) (?:one of|on) (?:our|the) (?:shortlist|finalists|top)|(?:we|i) (?:would like|want) to (?:offer|invite|bring you))\b/;
const TIMELINE =
  /\b(?:by|before|within|in the next|over the next|end of|early|late|later|next|this|in a|in two|in three|couple of) (?:\w+ )?(?:week|weeks|monday|tuesday|wednesday|thursday|friday|month|days?)\b|\bdecision (?:by|on|before|next|this|within)\b|\b(?:be|get) in touch (?:by|before|within|next|soon)\b/;

// When the interviewer will be back or free, offered without being asked ("she's back on Thursday").
const RETURN_GIVEN =
  /\b(?:back|in|available|free|around|returns?|returning|reachable)\b[^.?!]{0,20}\b(?:tomorrow|monday|tuesday|wednesday|thursday|friday|next week|this afternoon|later (?:today|on|this)|after (?:lunch|\d)|at \d|on the \d+|in (?:an|a|a few|two|three|\d+) (?:hours?|days?|weeks?)|from \d)/;

export interface TheirSignals {
  /** Fewest whole days before calling again that the other side asked for, if any. */
  callbackDays?: number;
  /** The words they used for it ("next week"), to quote back in a finding. */
  callbackWhen?: string;
  discouraged: boolean;
  unavailable: boolean;
  /** They said when the interviewer will be back or free, so the caller need not ask. */
  returnGiven: boolean;
  busy: boolean;
  filled: boolean;
  statusGiven: boolean;
  timelineGiven: boolean;
}

/** Reads the other side's turns of one attempt for what the rubric must know. */
export function readTheirTurns(turns: readonly Turn[]): TheirSignals {
  const signals: TheirSignals = {
    discouraged: false,
    unavailable: false,
    returnGiven: false,
    busy: false,
    filled: false,
    statusGiven: false,
    timelineGiven: false,
  };
  for (const turn of turns) {
    if (turn.speaker !== 'them') continue;
    const lower = normalise(turn.text);
    if (UNAVAILABLE.test(lower)) signals.unavailable = true;
    if (RETURN_GIVEN.test(lower)) signals.returnGiven = true;
    if (BUSY.test(lower)) signals.busy = true;
    if (FILLED.test(lower)) signals.filled = true;
    if (STATUS.test(lower)) signals.statusGiven = true;
    if (TIMELINE.test(lower)) signals.timelineGiven = true;
    if (DISCOURAGED.test(lower)) signals.discouraged = true;
    if (CALLBACK_CUE.test(lower)) {
      for (const [when, days] of CALLBACK_WHEN) {
        const m = when.exec(lower);
        if (m && days > (signals.callbackDays ?? 0)) {
          signals.callbackDays = days;
          signals.callbackWhen = m[0];
        }
      }
    }
  }
  if (signals.filled) signals.statusGiven = true;
  return signals;
}
