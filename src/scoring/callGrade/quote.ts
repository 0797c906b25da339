/** Short quotation of a turn for finding messages, so the learner sees which line is meant. */
export function quote(text: string, max = 60): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? `“${flat}”` : `“${flat.slice(0, max - 1).trimEnd()}…”`;
}
