import type { AttemptOutcome } from '../../scenario/campaignTypes';
import type { Reached } from '../../scoring/vocabulary';

/** What an ended call came to, in plain words. */
export function describeOutcome(outcome: AttemptOutcome | undefined): string {
  switch (outcome) {
    case 'got_update':
      return 'You spoke with the interviewer and heard where things stand.';
    case 'position_filled':
      return 'The position has been filled.';
    case 'call_back':
      return 'You were asked to try again another time.';
    case 'message_left':
      return 'You left a voicemail.';
    case 'no_answer':
      return 'Nobody answered.';
    case 'cut_short':
      return 'The other person cut the call short.';
    case 'turn_limit':
      return 'The call ran long and the other person wrapped it up.';
    case 'hung_up':
      return 'You hung up.';
    default:
      return 'The call ended.';
  }
}

/** Who picked up, in plain words. */
export function describeReached(reached: Reached): string {
  switch (reached) {
    case 'interviewer':
      return 'the interviewer';
    case 'receptionist':
      return 'the receptionist';
    case 'voicemail':
      return 'voicemail';
    default:
      return 'nobody';
  }
}
