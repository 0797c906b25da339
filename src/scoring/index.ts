/**
 * Public API of the grader: the same pure functions serve the app, the scenario engine and
 * the `grade` command.
 */

export * from './calendar';
export { gradeCall, WEIGHTS, WORST_PULL } from './callGrade/gradeCall';
export { isProblem } from './callGrade/ledger';
export { recitesCredentials } from './credentials';
export { countFillers } from './fillers';
export { gradeLine } from './gradeLine';
export {
  callLogSchema,
  LIMITS,
  type ParseResult,
  parseCallLog,
  secondsProblem,
} from './parseCallLog';
export { toneOf } from './politeness';
export { classifyIntents, type Reading, readLine } from './reading';
export { formatReport } from './report';
export { ARTICLE_CREDIT, TIP_IDS, TIPS, type Tip, type TipId } from './tips';
export * from './types';
export {
  INTENTS,
  type Intent,
  isIntent,
  PARTIES,
  type Party,
  REACHED,
  type Reached,
} from './vocabulary';
