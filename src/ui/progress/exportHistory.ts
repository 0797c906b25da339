import { toHistoryFile } from '../../storage/historyFile';
import type { CampaignRecord } from '../../storage/types';
import { downloadText } from '../download';

/** Saves every record as one history file (JSON) and says so in words. */
export function exportHistory(records: readonly CampaignRecord[], stamp: string): string {
  downloadText(
    `follow-up-call-history-${stamp.slice(0, 10)}.json`,
    JSON.stringify(toHistoryFile(records, stamp), null, 2),
  );
  return `Exported ${records.length} campaign${records.length === 1 ? '' : 's'}.`;
}
