/**
 * A class's handed-in results, graded again: every campaign's scorecard comes from its call log
 * by the real grader, so a score edited in a file changes nothing.
 */
import { gradeCall } from '../scoring/index';
import type { CallLog, Scorecard } from '../scoring/types';
import type { ResultsFile, ResultsPack } from './results';

/** One participant: named by their display name, or by their file when they gave none. */
export interface Participant {
  /** Files with the same display name (any case) are one participant. */
  key: string;
  label: string;
  named: boolean;
}

/** A results file as loaded into the dashboard. */
export interface LoadedResults {
  fileName: string;
  results: ResultsFile;
}

/** A handed-in campaign with the scorecard the grader gives its call log. */
export interface GradedCampaign {
  participant: Participant;
  fileName: string;
  pack?: ResultsPack;
  id: string;
  scenarioId: string;
  scenarioTitle: string;
  finishedAt: string;
  log: CallLog;
  card: Scorecard;
}

/** A loaded file, graded: its participant even when it holds no campaign. */
export interface GradedFile {
  fileName: string;
  participant: Participant;
  /** The pack the file was handed in under, when it names one. */
  pack?: ResultsPack;
  campaigns: GradedCampaign[];
}

export type Grader = (log: CallLog) => Scorecard;

export type GradeOutcome = { ok: true; file: GradedFile } | { ok: false; reason: string };

/** Who handed a file in. */
export function participantOf(loaded: LoadedResults): Participant {
  const name = loaded.results.name;
  if (name) {
    return {
      key: `name:${name.normalize('NFC').toLocaleLowerCase('en')}`,
      label: name,
      named: true,
    };
  }
  return { key: `file:${loaded.fileName}`, label: `No name (${loaded.fileName})`, named: false };
}

/** Grades every campaign of a file from its call log; a log the grader cannot read refuses the file. */
export function gradeResults(loaded: LoadedResults, grade: Grader = gradeCall): GradeOutcome {
  const participant = participantOf(loaded);
  const { pack } = loaded.results;
  const campaigns: GradedCampaign[] = [];
  for (const [i, a] of loaded.results.attempts.entries()) {
    let card: Scorecard;
    try {
      card = grade(a.log);
    } catch {
      return {
        ok: false,
        reason: `Attempt ${i + 1} → log: its calls could not be graded, so its scores cannot be known.`,
      };
    }
    campaigns.push({
      participant,
      fileName: loaded.fileName,
      ...(pack ? { pack } : {}),
      id: a.id,
      scenarioId: a.scenarioId,
      scenarioTitle: a.scenarioTitle,
      finishedAt: a.finishedAt,
      log: a.log,
      card,
    });
  }
  return {
    ok: true,
    file: { fileName: loaded.fileName, participant, ...(pack ? { pack } : {}), campaigns },
  };
}

/** Compares labels as a reader would (case and accents aside), then exactly, so order never depends on input order. */
export function byLabel(a: string, b: string): number {
  return a.localeCompare(b, 'en', { sensitivity: 'base' }) || (a < b ? -1 : a > b ? 1 : 0);
}

function sortedFiles(files: readonly GradedFile[]): GradedFile[] {
  return [...files].sort((a, b) => byLabel(a.fileName, b.fileName));
}

/** Each participant once, by key; "sam" and "Sam" are one, shown as in the first file by name. */
export function participantsOf(files: readonly GradedFile[]): Map<string, Participant> {
  const people = new Map<string, Participant>();
  for (const file of sortedFiles(files)) {
    if (!people.has(file.participant.key)) people.set(file.participant.key, file.participant);
  }
  return people;
}

/**
 * Every campaign once, in a fixed order (participant, then finish time, then id): the same
 * campaign handed in twice by one participant (two files) counts once.
 */
export function campaignsOf(files: readonly GradedFile[]): GradedCampaign[] {
  const people = participantsOf(files);
  const seen = new Set<string>();
  const out: GradedCampaign[] = [];
  for (const file of sortedFiles(files)) {
    for (const c of file.campaigns) {
      const key = `${c.participant.key}\u0000${c.id}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ ...c, participant: people.get(c.participant.key) ?? c.participant });
    }
  }
  return out.sort(
    (a, b) =>
      byLabel(a.participant.label, b.participant.label) ||
      byLabel(a.participant.key, b.participant.key) ||
      a.finishedAt.localeCompare(b.finishedAt) ||
      byLabel(a.id, b.id),
  );
}

/**
 * The pack whose scenario list "finished all" should use: of the packs the files name with a
 * list, the one most files name (ties by id, so file order never matters).
 */
export function classPack(
  files: readonly GradedFile[],
): (ResultsPack & { scenarios: string[]; files: number; others: number }) | undefined {
  const named = new Map<string, { pack: ResultsPack & { scenarios: string[] }; files: number }>();
  for (const f of sortedFiles(files)) {
    const scenarios = f.pack?.scenarios;
    if (!f.pack || !scenarios || scenarios.length === 0) continue;
    const seen = named.get(f.pack.id);
    if (seen) seen.files += 1;
    else named.set(f.pack.id, { pack: { ...f.pack, scenarios }, files: 1 });
  }
  const [best] = [...named.values()].sort(
    (a, b) => b.files - a.files || byLabel(a.pack.id, b.pack.id),
  );
  return best && { ...best.pack, files: best.files, others: named.size - 1 };
}
