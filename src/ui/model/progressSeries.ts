import type { Dimension } from '../../scoring/types';
import type { CampaignRecord } from '../../storage/types';
import { shortDay } from './format';

export interface Series {
  key: Dimension | 'overall' | string;
  label: string;
  /** One score per finished campaign, oldest first. */
  scores: number[];
  /** When each of those campaigns finished (ISO), in the same order. */
  dates: string[];
}

/**
 * The overall score of each scenario over its own campaigns, oldest first, scenarios in the
 * order last practised: an easy scenario's 100 and a hard one's 40 are never one line.
 */
export function scenarioSeries(records: readonly CampaignRecord[]): Series[] {
  const sorted = [...records].sort((a, b) => a.finishedAt.localeCompare(b.finishedAt));
  const by = new Map<string, Series>();
  for (const r of sorted) {
    const series = by.get(r.scenarioId) ?? {
      key: r.scenarioId,
      label: r.scenarioTitle,
      scores: [],
      dates: [],
    };
    series.scores.push(r.scorecard.overall);
    series.dates.push(r.finishedAt);
    by.delete(r.scenarioId);
    by.set(r.scenarioId, series);
  }
  return [...by.values()].reverse();
}

/** A chart's summary in words, for screen readers. */
export function describeSeries(series: Series): string {
  const { scores, label, dates } = series;
  if (scores.length === 0) return `${label}: no campaigns yet`;
  const latest = scores[scores.length - 1];
  const first = dates[0];
  const last = dates[dates.length - 1];
  const span =
    first === undefined || last === undefined
      ? ''
      : shortDay(first) === shortDay(last)
        ? `, on ${shortDay(first)}`
        : `, from ${shortDay(first)} to ${shortDay(last)}`;
  return `${label} over ${scores.length} campaign${scores.length === 1 ? '' : 's'}${span}: ${scores.join(', ')}. Latest ${latest}, best ${Math.max(...scores)}.`;
}
