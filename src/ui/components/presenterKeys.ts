/** The key of a plain key press meant for the page (not typed into a field), or undefined. */
export function pageKey(e: KeyboardEvent): string | undefined {
  if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey || e.repeat) return undefined;
  const target = e.target as HTMLElement | null;
  if (target?.closest('input, textarea, select, [contenteditable="true"]')) return undefined;
  return e.key;
}

/** The authored choice a number key picks (1 is the first shown), if any. */
export function choiceForKey(key: string, order: readonly number[]): number | undefined {
  const n = Number(key);
  return Number.isInteger(n) && n >= 1 ? order[n - 1] : undefined;
}
