import type { Dimension } from '../../scoring/types';

export const DIMENSION_LABELS: Record<Dimension, string> = {
  timing: 'Timing',
  brevity: 'Brevity',
  politeness: 'Politeness',
  purpose: 'Purpose',
  composure: 'Composure',
};

/** What each dimension looks at, in one line. */
export const DIMENSION_HINTS: Record<Dimension, string> = {
  timing: 'When you called, how often, and when you stopped.',
  brevity: 'Short and to the point, without reciting your CV.',
  politeness: 'Courteous words, thanks, a proper goodbye.',
  purpose: 'Who you are, that you are still keen, where things stand.',
  composure: 'Confident and relaxed, never pushy.',
};

export interface ScoreBand {
  label: string;
  /** A shape that, with the label, carries the meaning without colour. */
  symbol: string;
  tone: 'good' | 'fair' | 'poor';
}

/** A score in words, so the number is never the only signal. */
export function scoreBand(score: number): ScoreBand {
  if (score >= 80) return { label: 'Strong', symbol: '●', tone: 'good' };
  if (score >= 60) return { label: 'Getting there', symbol: '◐', tone: 'fair' };
  return { label: 'Needs work', symbol: '○', tone: 'poor' };
}
