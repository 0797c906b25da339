/**
 * A room's show of hands in words, and the tally a facilitator typed as the call log keeps it.
 * Counts are kept in authored order (`counts[i]` for choice `i`); the room saw the lines in
 * display order, so the words use the numbers it saw.
 */
import { ROOM_LIMITS, type RoomTally } from '../../scoring/types';

/** The boxes as typed ('' for empty) as a tally in authored order; `order` is display order. */
export function tallyOf(typed: readonly string[], order: readonly number[]): RoomTally {
  const counts = Array.from({ length: order.length === 0 ? 0 : Math.max(...order) + 1 }, () => 0);
  order.forEach((index, place) => {
    counts[index] = handsIn(typed[place] ?? '') ?? 0;
  });
  return counts.some((n) => n > 0) ? { counts } : { counts: [] };
}

/** A box's number of hands, or undefined when it is empty or not a number of hands. */
export function handsIn(text: string): number | undefined {
  if (!/^\d{1,4}$/.test(text.trim())) return undefined;
  const n = Number(text.trim());
  return n <= ROOM_LIMITS.hands ? n : undefined;
}

/** The display place (from 0) of the line with the most hands, if one line has most. */
export function mostHands(typed: readonly string[]): number | undefined {
  const counts = typed.map((t) => handsIn(t) ?? 0);
  const top = Math.max(0, ...counts);
  if (top === 0) return undefined;
  const at = counts.flatMap((n, place) => (n === top ? [place] : []));
  return at.length === 1 ? at[0] : undefined;
}

/**
 * "The room chose 2, 14 to 9." for the debrief: the line's number as the room saw it, its
 * hands, then the other lines' hands, most first.
 */
export function roomChoseWords(tally: RoomTally, chosen: number, order: readonly number[]): string {
  const number = (index: number) => order.indexOf(index) + 1;
  const picked = `The room chose ${number(chosen)}`;
  if (tally.counts.length === 0) return `${picked}.`;
  const own = tally.counts[chosen] ?? 0;
  const others = order
    .filter((i) => i !== chosen)
    .map((i) => tally.counts[i] ?? 0)
    .sort((a, b) => b - a);
  const each = order.map((i) => `line ${number(i)}: ${tally.counts[i] ?? 0}`).join(', ');
  return `${picked}, ${[own, ...others].join(' to ')} (hands for ${each}).`;
}
