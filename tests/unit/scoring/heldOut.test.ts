import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { heldOutFiles, trainingFiles } from '../../../scripts/trainingData';

// The independent sets measure lines the grader has never seen: none of their caller lines
// may turn up in what the model is fitted on, not even with other capitals or punctuation.
// Stock phrases of a few words ("Is the position still open?") are said by everyone and turn
// up in any two sets written apart; from six words on, a shared line is a leak.
const ROOT = join(import.meta.dirname, '..', '..', '..');
const key = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

function callerLines(file: string): string[] {
  const out: string[] = [];
  for (const row of readFileSync(join(ROOT, file), 'utf8').split('\n')) {
    if (row.trim() === '') continue;
    const value = JSON.parse(row) as Record<string, unknown>;
    if (typeof value.text === 'string') out.push(value.text);
    for (const side of ['better', 'worse'] as const) {
      if (typeof value[side] === 'string') out.push(value[side] as string);
    }
    const log = value.log as { attempts?: { turns?: { speaker: string; text: string }[] }[] };
    for (const a of log?.attempts ?? [])
      for (const t of a.turns ?? []) if (t.speaker === 'me') out.push(t.text);
  }
  return out;
}

const heldOut = heldOutFiles();

describe('the held-out sets', () => {
  it('are there, four of them', () => {
    expect(new Set(heldOut.map((f) => f.split('/')[1])).size).toBeGreaterThanOrEqual(4);
  });

  it('share no caller line with the training data', () => {
    const trained = new Set(trainingFiles().flatMap((f) => callerLines(f).map(key)));
    const shared = heldOut.flatMap((f) =>
      callerLines(f)
        .filter((t) => key(t).split(' ').length >= 6 && trained.has(key(t)))
        .map((t) => `${f}: ${t}`),
    );
    expect(shared).toEqual([]);
  });
});
