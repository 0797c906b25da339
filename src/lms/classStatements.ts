/**
 * xAPI statements of a whole class: every loaded (and graded again) campaign's statements, one
 * list. Each participant is an account on the facilitator's home page, named by their display
 * name (or their file, without one); each campaign is its own registration, the same one its
 * debrief uses, so its statements keep the same ids wherever they were made.
 */
import { choiceId } from '../scenario/callLog';
import type { Scenario } from '../scenario/schema';
import { campaignsOf, type GradedFile } from '../workshop/classResults';
import { campaignStatements, type Statement, uuidFrom, type XapiOptions } from './xapi';

/** A node's authored choices as statements list them (for `choice` interactions). */
export function choicesAtOf(scenario: Scenario | undefined): XapiOptions['choicesAt'] {
  return (node) =>
    scenario?.nodes[node]?.reply?.choices.map((c, i) => ({ id: choiceId(node, i), text: c.say }));
}

/** A campaign's registration: from its id on the participant's device (the debrief's too). */
export function registrationOf(campaignId: string): string {
  return uuidFrom(campaignId);
}

export interface ClassStatementsOptions {
  /** The IRL the participants' accounts live on (the actor's `account.homePage`). */
  homePage: string;
  /** The activity ids' base (DEFAULT_BASE when absent). */
  base?: string;
  /** The built-in scenarios: the choices listed in `choice` interactions. */
  scenarios?: readonly Scenario[];
}

/** Every campaign's statements, campaign by campaign in the dashboard's fixed order. */
export function classStatements(
  files: readonly GradedFile[],
  options: ClassStatementsOptions,
): Statement[] {
  return classCampaignStatements(files, options).flatMap((c) => c.statements);
}

/** Each campaign's registration and statements (an LRS queue takes them a campaign at a time). */
export function classCampaignStatements(
  files: readonly GradedFile[],
  options: ClassStatementsOptions,
): { registration: string; statements: Statement[] }[] {
  return campaignsOf(files).map((c) => ({
    registration: registrationOf(c.id),
    statements: campaignStatements(c.log, c.card, {
      ...(options.base ? { base: options.base } : {}),
      actor: {
        objectType: 'Agent',
        ...(c.participant.named ? { name: c.participant.label } : {}),
        account: { homePage: options.homePage, name: c.participant.label },
      },
      registration: registrationOf(c.id),
      finishedAt: c.finishedAt,
      choicesAt: choicesAtOf(options.scenarios?.find((s) => s.id === c.scenarioId)),
    }),
  }));
}

/** True for an http(s) address a statement may name as a home page. */
export function isHomePage(text: string): boolean {
  try {
    const url = new URL(text);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname !== '';
  } catch {
    return false;
  }
}
