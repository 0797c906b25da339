/**
 * The grader (with its call-log validation) is not needed until the learner types a line or
 * reaches the debrief, so it comes in its own chunk, fetched as soon as a campaign starts.
 */
export type Classifier = typeof import('./classifierChunk');

/** Fetches the classifier chunk; injected through the services so tests can delay or fail it. */
export type ClassifierLoader = () => Promise<Classifier>;

let loading: Promise<Classifier> | undefined;

/**
 * The chunk that turns a typed line into a `caller.said` event; fetched once, then shared.
 * A failed fetch is forgotten, so the next line tries again instead of failing for good.
 */
export function loadClassifier(): Promise<Classifier> {
  loading ??= import('./classifierChunk').catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}
