/**
 * xAPI statements for one campaign (a call log and its scorecard): `initialized` at the start,
 * one `answered` per caller turn (the scenario node as a cmi.interaction: `choice` for a chosen
 * line, `fill-in` for a typed or spoken one, with the intents found and the turn's verdict),
 * and one `completed` with the scores. Pure: the caller gives the base IRI, the actor, the
 * registration and any timestamps; nothing here reads a clock or the network.
 */
import type { CallLog, Scorecard, Turn } from '../scoring/types';
import { DIMENSIONS } from '../scoring/types';

const VERB = (name: string) => ({
  id: `http://adlnet.gov/expapi/verbs/${name}`,
  display: { 'en-US': name },
});
const INTERACTION = 'http://adlnet.gov/expapi/activities/cmi.interaction';
const SIMULATION = 'http://adlnet.gov/expapi/activities/simulation';

/** The overall score at which a campaign counts as passed. */
export const PASS_SCORE = 60;

/** The activity ids' base when none is configured (a reserved documentation domain). */
export const DEFAULT_BASE = 'https://example.org/follow-up-call-trainer';

export interface XapiAgent {
  objectType?: 'Agent';
  name?: string;
  mbox?: string;
  mbox_sha1sum?: string;
  openid?: string;
  account?: { homePage: string; name: string };
}

export interface XapiOptions {
  /** IRI the activity ids are built on. */
  base?: string;
  actor?: XapiAgent;
  /** The campaign's registration UUID; derived from the log when absent (same log, same id). */
  registration?: string;
  /** ISO 8601 timestamps of the start and the end, when known. */
  startedAt?: string;
  finishedAt?: string;
  /** The authored choices of a node, for a `choice` interaction's list (the app knows them). */
  choicesAt?: (nodeId: string) => { id: string; text: string }[] | undefined;
}

export type Statement = Record<string, unknown>;

/** 32 hex digits from a string: four FNV-1a hashes with different seeds. */
function hex128(text: string): string {
  let out = '';
  for (const seed of [0x811c9dc5, 0x01000193, 0x9e3779b9, 0x85ebca6b]) {
    let h = seed >>> 0;
    for (let i = 0; i < text.length; i++) {
      h = (h ^ text.charCodeAt(i)) >>> 0;
      h = Math.imul(h, 0x01000193) >>> 0;
    }
    h = (h ^ (h >>> 15)) >>> 0;
    h = Math.imul(h, 0x2c1b3c6d) >>> 0;
    h = (h ^ (h >>> 12)) >>> 0;
    out += h.toString(16).padStart(8, '0');
  }
  return out;
}

/** A name-based UUID (RFC 9562 version 8: custom, here a hash of `name`). */
export function uuidFrom(name: string): string {
  const h = hex128(name).split('');
  h[12] = '8';
  h[16] = ((Number.parseInt(h[16] as string, 16) & 0x3) | 0x8).toString(16);
  const s = h.join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}

function segment(text: string): string {
  return encodeURIComponent(text.trim() || 'unnamed');
}

/** The node a caller turn answered: from the log's `node`, its choice id, or its place. */
function nodeOf(turn: Turn, attempt: number, index: number): string {
  if (turn.node) return turn.node;
  if (turn.choice) return turn.choice.replace(/\.\d+$/, '');
  return `attempt-${attempt + 1}-turn-${index + 1}`;
}

/** Every statement of the campaign, in order: initialized, answered…, completed. */
export function campaignStatements(
  log: CallLog,
  card: Scorecard,
  options: XapiOptions = {},
): Statement[] {
  const base = (options.base ?? DEFAULT_BASE).replace(/\/+$/, '');
  const scenario = segment(log.scenario ?? 'call-log');
  const registration = options.registration ?? uuidFrom(JSON.stringify(log));
  const actor: XapiAgent = options.actor ?? {
    objectType: 'Agent',
    ...(log.people?.caller ? { name: log.people.caller } : {}),
    account: { homePage: base, name: registration },
  };
  const campaign = {
    objectType: 'Activity',
    id: `${base}/scenarios/${scenario}`,
    definition: {
      type: SIMULATION,
      name: { 'en-US': `Follow-up call: ${log.scenario ?? 'call log'}` },
    },
  };
  const context = (parent = false) => ({
    registration,
    ...(parent
      ? { contextActivities: { parent: [{ id: campaign.id, objectType: 'Activity' }] } }
      : {}),
  });
  let n = 0;
  const statement = (body: Statement, timestamp?: string): Statement => ({
    id: uuidFrom(`${registration}/${n++}`),
    actor,
    ...body,
    ...(timestamp ? { timestamp } : {}),
  });

  const out: Statement[] = [
    statement(
      { verb: VERB('initialized'), object: campaign, context: context() },
      options.startedAt,
    ),
  ];
  log.attempts.forEach((attempt, a) => {
    let mine = 0;
    attempt.turns.forEach((turn, t) => {
      if (turn.speaker !== 'me') return;
      mine++;
      const node = nodeOf(turn, a, t);
      const review = card.lines?.find((l) => l.attempt === a && l.turn === t);
      const chosen = turn.how === 'chosen' && turn.choice !== undefined;
      const listed = chosen ? options.choicesAt?.(node) : undefined;
      const choices = (
        listed ?? (chosen ? [{ id: turn.choice as string, text: turn.text }] : [])
      ).map((c) => ({ id: c.id, description: { 'en-US': c.text } }));
      out.push(
        statement({
          verb: VERB('answered'),
          object: {
            objectType: 'Activity',
            id: `${base}/scenarios/${scenario}/nodes/${segment(node)}`,
            definition: {
              type: INTERACTION,
              name: { 'en-US': `Call ${a + 1}, line ${mine}` },
              interactionType: chosen ? 'choice' : 'fill-in',
              ...(chosen ? { choices } : {}),
            },
          },
          result: {
            response: chosen ? (turn.choice as string) : turn.text,
            ...(review ? { success: review.verdict !== 'poor' } : {}),
            extensions: {
              [`${base}/extensions/intents`]: review?.grade.intents ?? turn.intents ?? [],
              [`${base}/extensions/verdict`]: review?.verdict ?? 'unknown',
              [`${base}/extensions/how`]: turn.how ?? 'unknown',
              [`${base}/extensions/day`]: attempt.day,
              [`${base}/extensions/time`]: attempt.time,
            },
          },
          context: context(true),
        }),
      );
    });
  });
  const extensions: Record<string, number> = {};
  for (const d of DIMENSIONS) extensions[`${base}/extensions/${d}`] = card.dimensions[d].score;
  out.push(
    statement(
      {
        verb: VERB('completed'),
        object: campaign,
        result: {
          completion: true,
          success: card.overall >= PASS_SCORE,
          score: { scaled: card.overall / 100, raw: card.overall, min: 0, max: 100 },
          extensions,
        },
        context: context(),
      },
      options.finishedAt,
    ),
  );
  return out;
}
