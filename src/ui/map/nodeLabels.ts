import {
  DIAL_NODE,
  type GraphNode,
  OUTCOME_LABELS,
  SPEAKER_LABELS,
} from '../../scenario/scenarioGraph';
import type { Scenario } from '../../scenario/schema';

/** The node's name as the map and the list show it. */
export function nodeName(id: string): string {
  return id === DIAL_NODE ? 'The phone rings' : id;
}

/** Who speaks, with their name when the scenario gives one: "Receptionist (Dana)". */
export function whoSpeaks(scenario: Scenario, node: GraphNode): string {
  if (!node.speaker) return 'Who answers';
  const role = SPEAKER_LABELS[node.speaker];
  const name =
    node.speaker === 'receptionist'
      ? scenario.setting.receptionist
      : node.speaker === 'interviewer'
        ? scenario.setting.interviewer
        : undefined;
  return name ? `${role} (${name})` : role;
}

/** The flags and the ending of a node in words ("Ends: Got an update", "⚠ Dead end"). */
export function nodeNotes(node: GraphNode): string[] {
  const notes: string[] = [];
  if (node.end) notes.push(`Ends: ${OUTCOME_LABELS[node.end]}`);
  if (node.unreachable) notes.push('⚠ Never reached');
  if (node.deadEnd) notes.push('⚠ Dead end');
  return notes;
}
