function hash(text: string): number {
  // FNV-1a: tiny, stable across reloads and machines.
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return h >>> 0;
}

/**
 * The order to show a turn's authored choices in. Authors tend to write the good line first;
 * a fixed shuffle per scenario and node hides that, and stays the same after a reload.
 * Returns the authored indexes in display order.
 */
export function choiceOrder(count: number, seed: string): number[] {
  const order = Array.from({ length: count }, (_, i) => i);
  let state = hash(seed) || 1;
  for (let i = order.length - 1; i > 0; i--) {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    const j = (state >>> 0) % (i + 1);
    [order[i], order[j]] = [order[j] as number, order[i] as number];
  }
  return order;
}

/** The display order of a scenario node's choices (the call screen's, and the debrief's). */
export function choiceOrderAt(scenarioId: string, nodeId: string | undefined, count: number) {
  return choiceOrder(count, `${scenarioId}/${nodeId}`);
}
