/**
 * A coach's own scenarios, kept on this device (localStorage) as the text they wrote: checked
 * again by the loader each time they are played, so a kept file never skips the checks.
 */
import { OWN_TEXT_MAX_CHARS, type OwnScenarioFile } from '../../scenario/ownFile';

const KEY = 'follow-up-call-trainer.ownScenarios';
/** Enough for a workshop's worth; each file is at most MAX_TEXT characters. */
export const MAX_KEPT = 20;
export const MAX_TEXT = OWN_TEXT_MAX_CHARS;

export type KeptScenario = OwnScenarioFile;

function storage(): Storage | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}

/** A kept (or played) scenario file as stored: its id, title, file name and text, within bounds. */
export function isKept(value: unknown): value is KeptScenario {
  const v = value as Partial<KeptScenario> | null;
  return (
    !!v &&
    typeof v.id === 'string' &&
    typeof v.title === 'string' &&
    typeof v.name === 'string' &&
    typeof v.text === 'string' &&
    v.text.length <= MAX_TEXT
  );
}

export function loadKept(): KeptScenario[] {
  try {
    const raw = storage()?.getItem(KEY);
    const list: unknown = raw ? JSON.parse(raw) : [];
    return Array.isArray(list) ? list.filter(isKept).slice(0, MAX_KEPT) : [];
  } catch {
    return [];
  }
}

function store(list: readonly KeptScenario[]): boolean {
  try {
    const s = storage();
    if (!s) return false;
    s.setItem(KEY, JSON.stringify(list));
    return true;
  } catch {
    return false;
  }
}

/** Keeps (or replaces, by id) a scenario; says why when it cannot. */
export function keep(scenario: KeptScenario): { ok: true } | { ok: false; reason: string } {
  if (scenario.text.length > MAX_TEXT) {
    return {
      ok: false,
      reason: `it is longer than ${MAX_TEXT.toLocaleString('en-US')} characters`,
    };
  }
  const others = loadKept().filter((k) => k.id !== scenario.id);
  if (others.length >= MAX_KEPT) {
    return { ok: false, reason: `${MAX_KEPT} scenarios are kept already; remove one first` };
  }
  return store([...others, scenario])
    ? { ok: true }
    : { ok: false, reason: 'this browser would not store it (private mode, or storage full)' };
}

export function removeKept(id: string): void {
  store(loadKept().filter((k) => k.id !== id));
}
