import { memo } from 'react';
import type { TranscriptLine } from '../../scenario/campaignTypes';
import type { Scenario } from '../../scenario/schema';
import { speakerName } from '../model/people';

export interface TranscriptProps {
  scenario: Scenario;
  lines: readonly TranscriptLine[];
  label?: string;
}

/** What has been said so far; names (not colours) say who spoke. */
export function Transcript({ scenario, lines, label = 'Transcript' }: TranscriptProps) {
  return (
    <ol className="transcript" aria-label={label}>
      {lines.map((line, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: a transcript only grows; the index is its identity
        <TranscriptRow key={i} scenario={scenario} line={line} />
      ))}
    </ol>
  );
}

/**
 * One line said. A said line never changes (the machine keeps the same object as the call
 * grows), so only the new line is rendered on each turn.
 */
const TranscriptRow = memo(function TranscriptRow({
  scenario,
  line,
}: {
  scenario: Scenario;
  line: TranscriptLine;
}) {
  return (
    <li className={line.speaker === 'me' ? 'line me' : 'line them'}>
      <span className="who">{speakerName(scenario, line.role)}</span>
      <span className="said">{line.text}</span>
    </li>
  );
});
