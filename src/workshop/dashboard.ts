/**
 * The class dashboard's numbers, from graded campaigns only (see classResults.ts): spreads per
 * dimension, the most common problems, results per scenario, who finished what, and the choices
 * made at each branch point. Every list comes in a fixed order.
 */
import type { Scenario } from '../scenario/schema';
import { TIP_IDS, type TipId } from '../scoring/tips';
import { DIMENSIONS, type Dimension } from '../scoring/types';
import { type BranchPoint, branchPointsOf } from './branchPoints';
import {
  byLabel,
  campaignsOf,
  type GradedCampaign,
  type GradedFile,
  type Participant,
  participantsOf,
} from './classResults';
import { type Spread, spreadOf } from './spread';

export type { BranchPoint } from './branchPoints';

/** A dimension's scores over the campaigns it could be judged in. */
export interface DimensionSpread {
  dimension: Dimension;
  spread?: Spread;
  /** Campaigns where nothing let this dimension be judged (left out of its spread). */
  notJudged: number;
}

/** One kind of problem (same tip, dimension and wording but for numbers and quotes), and how often. */
export interface ProblemCount {
  key: string;
  tip: TipId;
  dimension: Dimension;
  /** The grader's message, with its numbers as N and its quotes as “…”. */
  text: string;
  /** Campaigns with this problem at least once. */
  campaigns: number;
  participants: number;
}

/** Campaigns (and people) that lost points on a tip. */
export interface TipCount {
  tip: TipId;
  campaigns: number;
  participants: number;
}

/** How one scenario went for the class. */
export interface ScenarioResult {
  scenarioId: string;
  title: string;
  campaigns: number;
  participants: Participant[];
  overall?: Spread;
  /** The mean of each dimension, where it was judged. */
  means: Partial<Record<Dimension, number>>;
}

/** One participant's campaigns of one scenario (a row of the CSV). */
export interface ParticipantScenario {
  participant: Participant;
  scenarioId: string;
  scenarioTitle: string;
  campaigns: number;
  /** The campaign finished last: its scores are the row's. */
  latest: GradedCampaign;
  bestOverall: number;
  files: string[];
}

/** Who finished every scenario of a list (a pack's), and what the others still have to do. */
export interface Completion {
  scenarioIds: string[];
  complete: Participant[];
  incomplete: { participant: Participant; missing: string[] }[];
}

export interface ClassSummary {
  files: number;
  participants: Participant[];
  campaigns: number;
  overall?: Spread;
  dimensions: DimensionSpread[];
  tips: TipCount[];
  problems: ProblemCount[];
  scenarios: ScenarioResult[];
  rows: ParticipantScenario[];
  completion?: Completion;
  branchPoints: BranchPoint[];
}

export interface SummaryOptions {
  /** The built-in scenarios: a branch point's choices and their words come from them. */
  scenarios?: readonly Scenario[];
  /** Scenario ids everyone should finish (a pack's list): who finished all of them. */
  expected?: readonly string[];
}

/** A message's wording with what varies (numbers, times, quoted words) taken out, to count alike problems together. */
export function problemWording(message: string): string {
  return message
    .replace(/“[^”]*”|"[^"]*"/g, '“…”')
    .replace(/\b\d{1,2}:\d{2}\b/g, 'HH:MM')
    .replace(/\d+(?:\.\d+)?/g, 'N');
}

function countBy<K>(keys: Iterable<K>, into: Map<K, number>): void {
  for (const k of keys) into.set(k, (into.get(k) ?? 0) + 1);
}

function problemsOf(campaigns: readonly GradedCampaign[]): Pick<ClassSummary, 'tips' | 'problems'> {
  const kinds = new Map<string, Omit<ProblemCount, 'campaigns' | 'participants'>>();
  const byCampaign = new Map<string, number>();
  const byPerson = new Map<string, Set<string>>();
  const tipCampaigns = new Map<TipId, number>();
  const tipPeople = new Map<TipId, Set<string>>();
  for (const c of campaigns) {
    const keys = new Set<string>();
    const tips = new Set<TipId>();
    for (const p of c.card.problems ?? []) {
      const text = problemWording(p.message);
      const key = `${p.tip}|${p.dimension}|${text}`;
      if (!kinds.has(key)) kinds.set(key, { key, tip: p.tip, dimension: p.dimension, text });
      keys.add(key);
      tips.add(p.tip);
    }
    countBy(keys, byCampaign);
    countBy(tips, tipCampaigns);
    for (const k of keys) byPerson.set(k, (byPerson.get(k) ?? new Set()).add(c.participant.key));
    for (const t of tips) tipPeople.set(t, (tipPeople.get(t) ?? new Set()).add(c.participant.key));
  }
  const problems = [...kinds.values()]
    .map((k) => ({
      ...k,
      campaigns: byCampaign.get(k.key) ?? 0,
      participants: byPerson.get(k.key)?.size ?? 0,
    }))
    .sort((a, b) => b.campaigns - a.campaigns || byLabel(a.key, b.key));
  const tips = TIP_IDS.filter((t) => tipCampaigns.has(t))
    .map((tip) => ({
      tip,
      campaigns: tipCampaigns.get(tip) ?? 0,
      participants: tipPeople.get(tip)?.size ?? 0,
    }))
    .sort((a, b) => b.campaigns - a.campaigns || TIP_IDS.indexOf(a.tip) - TIP_IDS.indexOf(b.tip));
  return { tips, problems };
}

function judged(campaigns: readonly GradedCampaign[], d: Dimension): number[] {
  return campaigns
    .filter((c) => c.card.dimensions[d].applies !== false)
    .map((c) => c.card.dimensions[d].score);
}

function scenariosOf(campaigns: readonly GradedCampaign[]): ScenarioResult[] {
  const groups = new Map<string, GradedCampaign[]>();
  for (const c of campaigns) groups.set(c.scenarioId, [...(groups.get(c.scenarioId) ?? []), c]);
  return [...groups.entries()]
    .map(([scenarioId, list]) => {
      const people = new Map(list.map((c) => [c.participant.key, c.participant]));
      const means: ScenarioResult['means'] = {};
      for (const d of DIMENSIONS) {
        const mean = spreadOf(judged(list, d))?.mean;
        if (mean !== undefined) means[d] = mean;
      }
      const overall = spreadOf(list.map((c) => c.card.overall));
      return {
        scenarioId,
        // The title the latest campaign was played under (a scenario may be renamed).
        title: list.reduce((a, b) => (b.finishedAt > a.finishedAt ? b : a)).scenarioTitle,
        campaigns: list.length,
        participants: [...people.values()],
        ...(overall ? { overall } : {}),
        means,
      };
    })
    .sort((a, b) => byLabel(a.title, b.title) || byLabel(a.scenarioId, b.scenarioId));
}

function rowsOf(campaigns: readonly GradedCampaign[]): ParticipantScenario[] {
  const rows = new Map<string, ParticipantScenario>();
  // Campaigns come sorted by participant and finish time: the last one seen is the latest.
  for (const c of campaigns) {
    const key = `${c.participant.key}\u0000${c.scenarioId}`;
    const row = rows.get(key);
    if (!row) {
      rows.set(key, {
        participant: c.participant,
        scenarioId: c.scenarioId,
        scenarioTitle: c.scenarioTitle,
        campaigns: 1,
        latest: c,
        bestOverall: c.card.overall,
        files: [c.fileName],
      });
      continue;
    }
    row.campaigns += 1;
    row.latest = c;
    row.scenarioTitle = c.scenarioTitle;
    row.bestOverall = Math.max(row.bestOverall, c.card.overall);
    if (!row.files.includes(c.fileName)) row.files.push(c.fileName);
  }
  return [...rows.values()];
}

function completionOf(
  people: readonly Participant[],
  rows: readonly ParticipantScenario[],
  expected: readonly string[],
): Completion {
  const scenarioIds = [...new Set(expected)];
  const done = new Map<string, Set<string>>();
  for (const r of rows)
    done.set(r.participant.key, (done.get(r.participant.key) ?? new Set()).add(r.scenarioId));
  const complete: Participant[] = [];
  const incomplete: Completion['incomplete'] = [];
  for (const participant of people) {
    const finished = done.get(participant.key) ?? new Set<string>();
    const missing = scenarioIds.filter((id) => !finished.has(id));
    if (missing.length === 0) complete.push(participant);
    else incomplete.push({ participant, missing });
  }
  return { scenarioIds, complete, incomplete };
}

/** The class's results from its graded files. */
export function summarise(
  files: readonly GradedFile[],
  options: SummaryOptions = {},
): ClassSummary {
  const campaigns = campaignsOf(files);
  const participants = [...participantsOf(files).values()].sort(
    (a, b) => byLabel(a.label, b.label) || byLabel(a.key, b.key),
  );
  const rows = rowsOf(campaigns);
  const overall = spreadOf(campaigns.map((c) => c.card.overall));
  return {
    files: files.length,
    participants,
    campaigns: campaigns.length,
    ...(overall ? { overall } : {}),
    dimensions: DIMENSIONS.map((dimension) => {
      const scores = judged(campaigns, dimension);
      const spread = spreadOf(scores);
      return {
        dimension,
        ...(spread ? { spread } : {}),
        notJudged: campaigns.length - scores.length,
      };
    }),
    ...problemsOf(campaigns),
    scenarios: scenariosOf(campaigns),
    rows,
    ...(options.expected ? { completion: completionOf(participants, rows, options.expected) } : {}),
    branchPoints: branchPointsOf(campaigns, options.scenarios ?? []),
  };
}
