import type { CampaignEvent } from '../scenario/campaignTypes';
import type { CallLog, Scorecard } from '../scoring/types';

/** One finished campaign (every call of one go at a scenario), as kept on the device. */
export interface CampaignRecord {
  /** Stable id; saving the same campaign twice keeps one copy. */
  id: string;
  scenarioId: string;
  scenarioTitle: string;
  /** ISO 8601 moment the debrief was reached. */
  finishedAt: string;
  /** What the grader read. */
  log: CallLog;
  /** The scorecard as graded when the campaign finished. */
  scorecard: Scorecard;
  /** The recorded events, so the campaign can be replayed. */
  events: CampaignEvent[];
}

/** What happened when a history file was merged in. */
export interface ImportSummary {
  added: number;
  alreadyHere: number;
}

/** Every finished campaign, kept locally. Implementations: IndexedDB, and in memory for tests. */
export interface HistoryStore {
  /** All records, oldest first. */
  list(): Promise<CampaignRecord[]>;
  /** Adds or replaces the record with the same id. */
  save(record: CampaignRecord): Promise<void>;
  /** Adds the records whose ids are not stored yet, all or nothing; existing ones are kept. */
  importRecords(records: readonly CampaignRecord[]): Promise<ImportSummary>;
}

/** A campaign under way, saved on every step so a reload lands on the same turn. */
export interface SavedSession {
  /** Becomes the record id when the campaign finishes. */
  id: string;
  scenarioId: string;
  events: CampaignEvent[];
  /** Clock time (ms) the current call began, for the call timer. */
  callStartedAt?: number;
  /** Clock time (ms) the current caller turn began, for the voicemail countdown. */
  turnStartedAt?: number;
}

/** Where the campaign under way is kept between page loads. */
export interface SessionStore {
  load(): SavedSession | undefined;
  save(session: SavedSession): void;
  clear(): void;
}
