import type { Intent } from '../scoring/vocabulary.ts';

/**
 * The route a line with these intents takes (its index), or -1 for `otherwise`: the first
 * route all of whose intents the line carries. The machine's guard is this same rule.
 */
export function routeTaken(
  routes: readonly { when: readonly Intent[] }[],
  intents: readonly Intent[],
): number {
  return routes.findIndex((r) => routeMatches(r.when, intents));
}

/** A route matches a line that carries every one of its intents. */
export function routeMatches(when: readonly Intent[], intents: readonly Intent[]): boolean {
  return when.every((i) => intents.includes(i));
}
