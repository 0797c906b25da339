/**
 * The grader (with its call-log validation) is not needed until the learner types a line or
 * reaches the debrief, so it comes in its own chunk, fetched as soon as a campaign starts.
 */
export type Classifier = typeof import('./classifierChunk');

let loading: Promise<Classifier> | undefined;

/** The chunk that turns a typed line into a `caller.said` event; fetched once, then shared. */
export function loadClassifier(): Promise<Classifier> {
  loading ??= import('./classifierChunk');
  return loading;
}
