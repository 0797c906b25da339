import type { Scenario, ScenarioNode, Speaker } from '../../scenario/schema';

/** The name shown for whoever said a line. */
export function speakerName(scenario: Scenario, role: Speaker | 'caller'): string {
  switch (role) {
    case 'caller':
      return 'You';
    case 'interviewer':
      return scenario.setting.interviewer;
    case 'receptionist':
      return scenario.setting.receptionist ?? 'Receptionist';
    case 'voicemail':
      return 'Voicemail';
    default:
      return 'Narrator';
  }
}

/** Who is on the line, in words: "Dana, receptionist at Harbor Lane Logistics". */
export function onTheLine(scenario: Scenario, role: Speaker | undefined): string {
  const company = scenario.setting.company;
  switch (role) {
    case 'interviewer':
      return `${scenario.setting.interviewer}, your interviewer at ${company}`;
    case 'receptionist':
      return `${scenario.setting.receptionist ?? 'The receptionist'}, reception at ${company}`;
    case 'voicemail':
      return `${company} voicemail`;
    default:
      return `Calling ${company}…`;
  }
}

/**
 * The message time limit when the caller is leaving a voicemail at this node, else undefined.
 * One rule for the countdown on the call screen and the tone after the greeting.
 */
export function messageLimit(node: ScenarioNode | undefined): number | undefined {
  return node?.speaker === 'voicemail' ? node.reply?.limitSeconds : undefined;
}
