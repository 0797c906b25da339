import type { CampaignRecord } from '../../storage/types';

/** Best overall score per scenario id. */
export function bestScores(records: readonly CampaignRecord[]): Map<string, number> {
  const best = new Map<string, number>();
  for (const r of records) {
    best.set(r.scenarioId, Math.max(best.get(r.scenarioId) ?? 0, r.scorecard.overall));
  }
  return best;
}
