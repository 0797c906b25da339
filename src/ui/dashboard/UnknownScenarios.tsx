import { useId, useState } from 'react';
import { FileDrop } from '../components/FileDrop';

export interface UnknownScenariosProps {
  /** Scenarios the results name that are neither built in nor known here: id and title. */
  unknown: readonly { scenarioId: string; title: string }[];
  onPack: (text: string, what: string) => Promise<{ ok: boolean; said: string }>;
}

/**
 * Results of scenarios this dashboard does not know (a workshop pack's own ones, on another
 * device): said plainly, with a way to make them known (the pack file, or its link).
 */
export function UnknownScenarios({ unknown, onPack }: UnknownScenariosProps) {
  const id = useId();
  const [pasted, setPasted] = useState('');
  const [said, setSaid] = useState('');
  const add = async (text: string, what: string) => setSaid((await onPack(text, what)).said);
  return (
    <div className="notice-warning unknown-scenarios">
      <p>
        Not built in, and not kept on this device:{' '}
        {unknown.map((u) => `“${u.title}” (${u.scenarioId})`).join(', ')}. These are own scenarios
        (a workshop pack’s, or a coach’s). Their campaigns are graded and counted like any other;
        their branch points show only the lines chosen, in the words said. To see every line of
        theirs, open the workshop’s pack file here, or paste its link.
      </p>
      <FileDrop
        label="Open the workshop’s pack file"
        multiple={false}
        hint="The “.pack.json” file, or drop it here."
        onFiles={([file]) => {
          if (file) void file.text().then((text) => add(text, `“${file.name}”`));
        }}
      />
      <div className="field">
        <label htmlFor={`${id}-link`}>Or paste the workshop link</label>
        <input
          id={`${id}-link`}
          type="text"
          value={pasted}
          onChange={(e) => setPasted(e.target.value)}
        />{' '}
        <button
          type="button"
          className="secondary"
          disabled={pasted.trim() === ''}
          onClick={() => void add(pasted, 'The pasted link')}
        >
          Add its scenarios
        </button>
      </div>
      <p role="status">{said}</p>
    </div>
  );
}
