/**
 * How suggestions name the call's people: as the call log gives them, or in neutral words.
 * Never a name from some other scenario.
 */
import type { People } from '../types';

export interface Names {
  /** "Ms. Diaz" style is the learner's call; the log's name is used as given. */
  interviewer: string;
  caller: string;
}

/** The names to put in a suggestion's sample line. */
export function namesOf(people: People | undefined): Names {
  return {
    interviewer: people?.interviewer?.trim() || 'the person who interviewed me',
    caller: people?.caller?.trim() || '[your name]',
  };
}
