import type { CampaignRecord } from '../../storage/types';
import { type ResultsFileOut, type ResultsOptions, toResultsFile } from '../../workshop/results';
import { downloadText } from '../download';

/** The results file's name: the participant's name (letters and digits kept, any script) and the day. */
export function resultsFileName(name: string | undefined, handedInAt: string): string {
  const slug = (name ?? '')
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
  return `follow-up-call-results-${slug ? `${slug}-` : ''}${handedInAt.slice(0, 10)}.json`;
}

/**
 * "Hand in my results": saves the results file of the finished campaigns (all, or one
 * scenario's; a pack's id and title when given), says so in words and gives the file (for its
 * QR code). Nothing is sent anywhere.
 */
export function handInResults(
  records: readonly CampaignRecord[],
  options: ResultsOptions,
): { said: string; file: ResultsFileOut } {
  const file = toResultsFile(records, options);
  downloadText(resultsFileName(file.name, options.handedInAt), JSON.stringify(file, null, 2));
  const n = file.attempts.length;
  return {
    said: `Saved your results file with ${n} campaign${n === 1 ? '' : 's'}. Give it to your facilitator.`,
    file,
  };
}
