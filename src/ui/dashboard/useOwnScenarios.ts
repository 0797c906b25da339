/**
 * The scenarios the dashboard knows besides the built-in ones: the facilitator's own kept on
 * this device, and those a workshop pack carries (its pack file opened, or its link pasted,
 * here), each checked by the loader as a participant's device checks it. With them, a branch
 * point of an own scenario shows every authored line, as a built-in one does.
 */
import { useEffect, useMemo, useState } from 'react';
import type { Scenario } from '../../scenario/schema';
import { loadKept } from '../own/ownStore';

export interface OwnScenarios {
  /** Own scenarios known here, by id (a pack's copy replaces a kept one of the same id). */
  scenarios: readonly Scenario[];
  /** Reads a pack file's text (or a pack link) and adds its own scenarios; says what it did. */
  addPack: (text: string, what: string) => Promise<{ ok: boolean; said: string }>;
}

export function useOwnScenarios(builtIn: readonly Scenario[]): OwnScenarios {
  const [byId, setById] = useState<ReadonlyMap<string, Scenario>>(new Map());
  const ids = useMemo(() => builtIn.map((s) => s.id), [builtIn]);
  useEffect(() => {
    const kept = loadKept();
    if (kept.length === 0) return;
    let live = true;
    void import('../../workshop/packScenarios').then(
      ({ checkOwnFiles }) => {
        if (!live) return;
        const { playable } = checkOwnFiles(kept, ids);
        setById((was) => {
          const next = new Map(playable.map((p) => [p.scenario.id, p.scenario]));
          for (const [id, s] of was) next.set(id, s);
          return next;
        });
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [ids]);
  const addPack = async (text: string, what: string) => {
    const [{ readPackText }, { decodePack }, { checkPackScenarios }] = await Promise.all([
      import('../../workshop/packFile'),
      import('../../workshop/pack'),
      import('../../workshop/packScenarios'),
    ]);
    const read = readPackText(text);
    if (!read.ok) return { ok: false, said: `${what}: ${read.reason}` };
    const decoded = decodePack(read.encoded, ids, read.from);
    if (!decoded.ok) return { ok: false, said: `${what}: ${decoded.reason}` };
    const { playable, refused } = checkPackScenarios(decoded.pack, ids);
    setById((was) => {
      const next = new Map(was);
      for (const p of playable) next.set(p.scenario.id, p.scenario);
      return next;
    });
    const added = playable.map((p) => `“${p.scenario.title}”`).join(', ');
    const notAdded = refused.map((r) => `“${r.title}” (${r.reason})`).join('; ');
    return {
      ok: playable.length > 0,
      said:
        `${what}, “${decoded.pack.title}”: ` +
        (playable.length > 0
          ? `its own scenarios ${added} are known here now.`
          : 'it carries no own scenario that passes the checks.') +
        (refused.length > 0 ? ` Not added, as they do not pass the checks: ${notAdded}.` : ''),
    };
  };
  const scenarios = useMemo(() => [...byId.values()], [byId]);
  return { scenarios, addPack };
}
