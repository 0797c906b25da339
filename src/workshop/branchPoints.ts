/**
 * What the class chose at each branch point (a scenario node that offers lines to choose):
 * caller turns given `how: 'chosen'` carry the authored choice's id, `<node>.<N>` from 1.
 */
import type { Scenario } from '../scenario/schema';
import type { Placeholder } from '../scenario/template';
import { byLabel, type GradedCampaign } from './classResults';

/** One authored line at a branch point, and how often it was chosen. */
export interface ChoiceCount {
  /** The choice's id as call logs carry it (`hello.2`). */
  id: string;
  /** Its place among the node's choices, from 1, when the id says. */
  number?: number;
  /** Its words: the built-in scenario's (placeholders in brackets), else as said in a call. */
  text: string;
  /** True when the words come from the built-in scenario (not from a file). */
  authored: boolean;
  count: number;
  /** Hands raised for it in rooms (room mode's show of hands), apart from `count`. */
  hands: number;
}

export interface BranchPoint {
  scenarioId: string;
  scenarioTitle: string;
  node: string;
  /** What the other side said just before, from the built-in scenario. */
  prompt?: string;
  /** The authored choices, in the scenario's order (unchosen ones too, when the scenario is known). */
  choices: ChoiceCount[];
  /** Lines typed or spoken here instead of chosen. */
  ownWords: number;
  /** Every caller line at this point (choices and own words). */
  total: number;
  /** Rooms that counted hands here (a room's campaign is also one line in `count`). */
  rooms: number;
  /** Every hand counted here, over those rooms. */
  hands: number;
}

// A scenario line's placeholders, shown in words: the line was said with the learner's own.
const SHOWN: Record<Placeholder, string> = {
  greeting: '[Good morning / afternoon]',
  partOfDay: '[morning / afternoon]',
  caller: '[your name]',
  callerFirst: '[your first name]',
  weekday: '[weekday]',
  interviewDay: '[interview day]',
  message: '[first / second]',
};

/** A scenario line for reading on its own, with its placeholders in brackets. */
export function shownLine(text: string): string {
  return text.replace(/\{([A-Za-z]+)\}/g, (whole, name: string) =>
    Object.hasOwn(SHOWN, name) ? SHOWN[name as Placeholder] : whole,
  );
}

function choiceNumber(node: string, choice: string): number | undefined {
  if (!choice.startsWith(`${node}.`)) return undefined;
  const rest = choice.slice(node.length + 1);
  return /^[1-9]\d{0,3}$/.test(rest) ? Number(rest) : undefined;
}

interface Tally {
  scenarioId: string;
  scenarioTitle: string;
  node: string;
  chosen: Map<string, { count: number; said: string }>;
  ownWords: number;
  hands: Map<string, number>;
  rooms: number;
}

/** Every branch point met in the campaigns, by scenario title and then node id. */
export function branchPointsOf(
  campaigns: readonly GradedCampaign[],
  scenarios: readonly Scenario[],
): BranchPoint[] {
  const tallies = new Map<string, Tally>();
  for (const c of campaigns) {
    for (const call of c.log.attempts) {
      for (const turn of call.turns) {
        if (turn.speaker !== 'me' || turn.node === undefined) continue;
        const key = `${c.scenarioId}\u0000${turn.node}`;
        let tally = tallies.get(key);
        if (!tally) {
          tally = {
            scenarioId: c.scenarioId,
            scenarioTitle: c.scenarioTitle,
            node: turn.node,
            chosen: new Map(),
            ownWords: 0,
            hands: new Map(),
            rooms: 0,
          };
          tallies.set(key, tally);
        }
        if (turn.how === 'chosen' && turn.choice !== undefined) {
          const seen = tally.chosen.get(turn.choice);
          if (seen) seen.count += 1;
          else tally.chosen.set(turn.choice, { count: 1, said: turn.text });
        } else {
          tally.ownWords += 1;
        }
        const counts = turn.room?.counts ?? [];
        if (counts.length > 0) {
          tally.rooms += 1;
          // counts[i] is authored choice i, whatever order the room saw them in.
          counts.forEach((n, i) => {
            const id = `${turn.node}.${i + 1}`;
            tally.hands.set(id, (tally.hands.get(id) ?? 0) + n);
          });
        }
      }
    }
  }
  const points: (BranchPoint & { order: number })[] = [];
  for (const t of tallies.values()) {
    const scenario = scenarios.find((s) => s.id === t.scenarioId);
    const node = scenario?.nodes[t.node];
    const authored = node?.reply?.choices ?? [];
    // A node that offers nothing to choose is no branch point (a voicemail's own message).
    if (authored.length === 0 && t.chosen.size === 0 && t.rooms === 0) continue;
    const choices: ChoiceCount[] = authored.map((choice, i) => {
      const id = `${t.node}.${i + 1}`;
      return {
        id,
        number: i + 1,
        text: shownLine(choice.say),
        authored: true,
        count: t.chosen.get(id)?.count ?? 0,
        hands: t.hands.get(id) ?? 0,
      };
    });
    // Choices the scenario does not have (another version of it, or not built in).
    const unknown = new Set(
      [...t.chosen.keys(), ...t.hands.keys()].filter((id) => !choices.some((c) => c.id === id)),
    );
    const extra = [...unknown]
      .map((id) => {
        const number = choiceNumber(t.node, id);
        const chosen = t.chosen.get(id);
        return {
          id,
          ...(number !== undefined ? { number } : {}),
          // A line only a room's hands name, never picked: its words are not in any file.
          text: chosen?.said ?? `Line ${number ?? id}`,
          authored: false,
          count: chosen?.count ?? 0,
          hands: t.hands.get(id) ?? 0,
        };
      })
      .sort((a, b) => (a.number ?? 1e9) - (b.number ?? 1e9) || byLabel(a.id, b.id));
    const all = [...choices, ...extra];
    const prompt = node?.says;
    points.push({
      // The scenario's own order of nodes (as written), so the calls read from the top.
      order: scenario ? Object.keys(scenario.nodes).indexOf(t.node) : -1,
      scenarioId: t.scenarioId,
      scenarioTitle: scenario?.title ?? t.scenarioTitle,
      node: t.node,
      ...(prompt !== undefined ? { prompt: shownLine(prompt) } : {}),
      choices: all,
      ownWords: t.ownWords,
      total: all.reduce((sum, c) => sum + c.count, 0) + t.ownWords,
      rooms: t.rooms,
      hands: all.reduce((sum, c) => sum + c.hands, 0),
    });
  }
  return points
    .sort(
      (a, b) =>
        byLabel(a.scenarioTitle, b.scenarioTitle) ||
        byLabel(a.scenarioId, b.scenarioId) ||
        (a.order < 0 ? 1e9 : a.order) - (b.order < 0 ? 1e9 : b.order) ||
        byLabel(a.node, b.node),
    )
    .map(({ order: _order, ...point }) => point);
}
