/** The intent vocabulary fixed by the grader contract; the scenario engine branches on it too. */
export const INTENTS = [
  'greeting',
  'identify',
  'ask_for_person',
  'ask_availability',
  'leave_message',
  'express_interest',
  'ask_status',
  'ask_timeline',
  'thanks',
  'closing',
  'recite_credentials',
  'pressure',
] as const;

export type Intent = (typeof INTENTS)[number];

/** Who the caller can be talking to. */
export const PARTIES = ['receptionist', 'voicemail', 'interviewer'] as const;
export type Party = (typeof PARTIES)[number];

/** Who picked up on one attempt (contract: `reached`). */
export const REACHED = [...PARTIES, 'no_answer'] as const;
export type Reached = (typeof REACHED)[number];

/** True when the string is one of the contract's intents. */
export function isIntent(value: string): value is Intent {
  return (INTENTS as readonly string[]).includes(value);
}
