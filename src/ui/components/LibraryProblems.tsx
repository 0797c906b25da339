import type { ScenarioProblem } from '../../scenario/load';
import { problemText } from '../model/problems';

/** Scenario files that could not be loaded, each with its file:line:column message. */
export function LibraryProblems({ problems }: { problems: readonly ScenarioProblem[] }) {
  if (problems.length === 0) return null;
  return (
    <section className="notice notice-error" aria-labelledby="problems-title">
      <h2 id="problems-title">Some scenario files could not be loaded</h2>
      <ul>
        {problems.map((p) => (
          <li key={problemText(p)}>
            <code>{problemText(p)}</code>
          </li>
        ))}
      </ul>
    </section>
  );
}
