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

/**
 * The people a caller talks to (the interviewer, the receptionist), as a log's `people` or a
 * scenario's setting names them: a line that names only them says who is listening, not who
 * is calling.
 */
export function listenersOf(
  people: Pick<People, 'interviewer' | 'receptionist'> | undefined,
): string[] {
  return [people?.interviewer, people?.receptionist].filter(
    (n): n is string => typeof n === 'string' && n.trim() !== '',
  );
}

/** The names to put in a suggestion's sample line. */
export function namesOf(people: People | undefined): Names {
  return {
    interviewer: people?.interviewer?.trim() || 'the person who interviewed me',
    caller: people?.caller?.trim() || '[your name]',
  };
}
