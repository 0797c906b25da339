/**
 * Each caller line graded on its own and with the call's findings about it: the verdict the
 * debrief, the annotated transcript and the speaking numbers all show. Nothing downstream
 * grades a line again.
 */
import type { Label } from '../model/intentModel';
import type { Finding, LineReason, LineReview, Verdict } from '../types';
import type { CallContext, MyTurn } from './context';
import { groupByProblem, mainFinding } from './ledger';
import { isCurt } from './politeness';
import { phraseFor } from './quote';

/** A finding at a line costing this much makes the line poor. */
const POOR_POINTS = 10;
/** Brevity below this makes a line poor; below FAIR it is worth a word. */
const POOR_BREVITY = 40;
const FAIR_BREVITY = 70;
/** This many fillers in one line are worth a word. */
const FILLERS_NOTED = 2;

function gradeReasons(t: MyTurn): LineReason[] {
  const g = t.grade;
  const reasons: LineReason[] = [];
  if (g.english === false) {
    reasons.push({ text: 'Only English is understood here, so this line was not read.' });
    return reasons;
  }
  if (g.insult) reasons.push({ text: 'It insults the listener.', tip: 'T4' });
  if (g.pushy) reasons.push(withPhrase(t, 'pressure', 'It sounds pushy or impatient.', 'T4'));
  if (g.recitesCredentials) {
    const text = 'It repeats qualifications the interview already covered.';
    reasons.push(withPhrase(t, 'recite_credentials', text, 'T3'));
  }
  if (g.offTopic) reasons.push({ text: 'It strays from what the call is for.', tip: 'T3' });
  if (g.brevity < FAIR_BREVITY) {
    reasons.push({ text: `It is long or wanders for a phone turn (${g.words} words).`, tip: 'T3' });
  }
  if (isCurt(g)) {
    reasons.push({ text: 'It sounds curt; a please or thank you goes a long way.', tip: 'T4' });
  }
  if (g.fillers >= FILLERS_NOTED)
    reasons.push({ text: `It has ${g.fillers} filler words.`, tip: 'T4' });
  return reasons;
}

/** A reason with the words that weighed most for the reading behind it, when some did. */
function withPhrase(t: MyTurn, label: Label, text: string, tip: LineReason['tip']): LineReason {
  const phrase = phraseFor(t, label);
  return { text, tip, ...(phrase ? { phrase } : {}) };
}

function verdictOf(
  t: MyTurn,
  problems: readonly Finding[],
  reasons: readonly LineReason[],
): Verdict {
  const g = t.grade;
  if (g.english === false) return 'better';
  if (g.pushy || g.insult || isCurt(g) || g.brevity < POOR_BREVITY) return 'poor';
  if (problems.some((f) => (f.points ?? 0) >= POOR_POINTS)) return 'poor';
  if (problems.length > 0 || reasons.length > 0) return 'better';
  return 'good';
}

/** One finding per problem (the costliest of those sharing a `problem` key), in order. */
function onePerProblem(findings: readonly Finding[]): Finding[] {
  const kept = new Set(groupByProblem(findings).map(mainFinding));
  return findings.filter((f) => kept.has(f));
}

/** Every caller turn's review, in the log's order of attempts and turns. */
export function reviewLines(ctx: CallContext, findings: readonly Finding[]): LineReview[] {
  const out: LineReview[] = [];
  const views = [...ctx.ordered].sort((a, b) => a.index - b.index);
  for (const view of views) {
    for (const t of view.mine) {
      const here = findings.filter((f) => f.attempt === view.index && f.turn === t.turn);
      const problems = onePerProblem(here.filter((f) => f.kind === 'improve'));
      const own = gradeReasons(t);
      const verdict = verdictOf(t, problems, own);
      const fromFindings: LineReason[] = (verdict === 'good' ? here : problems).map((f) => ({
        text: f.suggestion ? `${f.message} ${f.suggestion}` : f.message,
        tip: f.tip,
        ...(f.phrase ? { phrase: f.phrase } : {}),
      }));
      const covered = new Set(fromFindings.map((r) => r.tip));
      const extra =
        verdict === 'good' ? [] : own.filter((r) => r.tip === undefined || !covered.has(r.tip));
      const reasons = [...fromFindings, ...extra];
      if (reasons.length === 0) reasons.push({ text: 'Clear, courteous and to the point.' });
      const logged = t.logged;
      out.push({
        attempt: view.index,
        turn: t.turn,
        ...(logged.how ? { how: logged.how } : {}),
        ...(logged.choice ? { choice: logged.choice } : {}),
        verdict,
        reasons,
        ...(verdict === 'poor' && logged.model ? { model: logged.model } : {}),
        grade: t.grade,
      });
    }
  }
  return out;
}

/** A plain notice for every line that was not read because it is not in English. */
export function unreadNotices(ctx: CallContext): Finding[] {
  const out: Finding[] = [];
  for (const view of ctx.ordered) {
    for (const t of view.mine) {
      if (t.grade.english !== false) continue;
      out.push({
        dimension: 'purpose',
        tip: 'T3',
        kind: 'notice',
        points: 0,
        attempt: view.index,
        turn: t.turn,
        message:
          'Only English is understood: this line was not read, so nothing is said about what it asked or left out.',
      });
    }
  }
  return out;
}
