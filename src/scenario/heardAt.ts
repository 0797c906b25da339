import type { Reached } from '../scoring/vocabulary.ts';
import type { ScenarioNode } from './schema.ts';

// Its own module, free of the grader, so the call screen can ask it on the first load.

/** Who hears the caller at a node: its speaker, unless a narrator is telling the scene. */
export function heardAt(node: ScenarioNode | undefined): Reached | undefined {
  return node === undefined || node.speaker === 'narrator' ? undefined : node.speaker;
}
