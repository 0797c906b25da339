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

/** What saving a finished campaign did: stored it, or kept the copy already stored. */
export type RecordSave = 'saved' | 'kept';

/** Every finished campaign, kept locally. Implementations: IndexedDB, and in memory for tests. */
export interface HistoryStore {
  /** All records, oldest first. */
  list(): Promise<CampaignRecord[]>;
  /**
   * Stores a finished campaign unless one with its id is stored already: a result, once kept,
   * is never overwritten (a stale tab finishing the same session again changes nothing).
   */
  save(record: CampaignRecord): Promise<RecordSave>;
  /** Adds the records whose ids are not stored yet, all or nothing; existing ones are kept. */
  importRecords(records: readonly CampaignRecord[]): Promise<ImportSummary>;
  /** Deletes one finished campaign (the learner asked, and confirmed). */
  remove(id: string): Promise<void>;
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
  /** When the page was left mid-campaign (a reload, a closed tab): time away is not call time. */
  hiddenAt?: number;
  /**
   * Counts the saves of this campaign (from 1). A save that is not newer than the stored copy
   * comes from a stale tab and is refused.
   */
  revision?: number;
  /** Clock time (ms) of the last save, so the latest campaign is offered first. */
  savedAt?: number;
}

/**
 * What a save of the campaign under way did: written to the device; kept in this tab only
 * (storage full or blocked); refused because another tab saved a newer revision; or queued,
 * to be written once the frame is drawn (`laterSaves`).
 */
export type SessionSave = 'saved' | 'unsaved' | 'stale' | 'queued';

/** Where the campaign under way is kept between page loads. */
export interface SessionStore {
  load(): SavedSession | undefined;
  save(session: SavedSession): SessionSave;
  clear(): void;
}
