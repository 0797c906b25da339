/**
 * Where the classifier reads an authored choice differently from the author's tags. A chosen
 * line means its tags, so this never changes a call; it shows the author a loose tag (mend the
 * YAML) or the classifier a line it misreads (add labelled lines and retrain).
 */
import { classifyIntents } from '../scoring/index.ts';
import type { Intent } from '../scoring/vocabulary.ts';
import { heardAt } from './heardAt.ts';
import { listenersOf } from './listeners.ts';
import type { Scenario } from './schema.ts';
import { renderLine } from './template.ts';
import { calendarOf } from './timetable.ts';

export interface ChoiceReading {
  nodeId: string;
  index: number;
  say: string;
  tagged: Intent[];
  read: Intent[];
  /** Path of the choice's `intents` in the scenario file, for locating a warning. */
  path: (string | number)[];
}

/** Every authored choice with the author's tags and the classifier's reading of its words. */
export function readChoices(scenario: Scenario): ChoiceReading[] {
  const out: ChoiceReading[] = [];
  for (const [nodeId, node] of Object.entries(scenario.nodes)) {
    node.reply?.choices.forEach((choice, index) => {
      out.push({
        nodeId,
        index,
        say: choice.say,
        tagged: [...choice.intents],
        // Read as said: placeholders filled for a typical call (10:30 on day 3, no message yet).
        read: classifyIntents(
          renderLine(choice.say, {
            day: 3,
            time: '10:30',
            caller: scenario.setting.callerName,
            calendar: calendarOf(scenario),
            messagesBefore: 0,
          }),
          heardAt(node),
          // The caller knows their own name, and whom they are calling, as on a call in the app.
          scenario.setting.callerName,
          listenersOf(scenario),
        ),
        path: ['nodes', nodeId, 'reply', 'choices', index, 'intents'],
      });
    });
  }
  return out;
}

/** True when the reading and the tags name the same intents. */
export function agrees(c: Pick<ChoiceReading, 'tagged' | 'read'>): boolean {
  return c.tagged.length === c.read.length && c.tagged.every((i) => c.read.includes(i));
}

/** The warning for a choice whose reading differs from its tags. */
export function disagreement(c: ChoiceReading): string {
  const missing = c.tagged.filter((i) => !c.read.includes(i));
  const extra = c.read.filter((i) => !c.tagged.includes(i));
  const parts = [
    ...(missing.length > 0 ? [`tagged but not read: ${missing.join(', ')}`] : []),
    ...(extra.length > 0 ? [`read but not tagged: ${extra.join(', ')}`] : []),
  ];
  return `warning: the classifier reads this choice differently from its tags (${parts.join('; ')}). Mend the tags, or teach the classifier (CONTRIBUTING.md)`;
}

/** The warnings `scenarios:check` gives (and the editor marks) for choices read differently. */
export function choiceWarnings(
  scenario: Scenario,
): { path: (string | number)[]; message: string }[] {
  return readChoices(scenario)
    .filter((c) => !agrees(c))
    .map((c) => ({ path: c.path, message: disagreement(c) }));
}
