import type { OwnCheck } from '../../scenario/checkOwn';

/** One quiet line under the editor: what the check as you type found, and on which lines. */
export function LiveSummary({ latest }: { latest?: { check: OwnCheck } | undefined }) {
  if (!latest) return <p className="hint own-live">Checked as you type, once you pause.</p>;
  const { check } = latest;
  const lines = [...new Set(check.marks.map((m) => m.line))].sort((a, b) => a - b);
  const where =
    lines.length > 0 ? ` (line${lines.length === 1 ? '' : 's'} ${lines.join(', ')})` : '';
  const count = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`;
  return (
    <p className="hint own-live">
      {check.ok
        ? `As you type: valid${check.warnings.length > 0 ? `, ${count(check.warnings.length, 'warning')}${where}` : ''}.`
        : `As you type: ${count(check.problems.length, 'problem')}, marked in the editor${where}.`}
    </p>
  );
}
