/**
 * Chooses how much the model's tone heads weigh in politeness (`TONE_WEIGHT` in
 * src/scoring/politeness.ts), on the held-out fifth of data/corpus only: the tone heads are
 * fitted on the rest, and each weight is judged by how often a line labelled more polite scores
 * higher than one labelled less polite (polite > neutral > rude; ties count half), and by the
 * three-way tone agreement. The independent sets are never used here.
 *
 *   npx tsx scripts/eval-tone.ts
 *
 * The intents (and so the phone-call layer) come from the committed model, which has seen the
 * held-out fifth: only the tone heads are held out.
 */
import { lineFeatures } from '../src/scoring/model/features.ts';
import { politenessScore, TONE_WEIGHT, toneOf } from '../src/scoring/politeness.ts';
import { prepare, readLine } from '../src/scoring/reading.ts';
import { countWords } from '../src/scoring/text.ts';
import { fitWeights } from './trainIntentModel.ts';
import { type LabelledLine, readLabelled, stableFraction, trainingFiles } from './trainingData.ts';

const all = trainingFiles().flatMap(readLabelled);
const isDev = (l: LabelledLine) =>
  l.file.startsWith('data/corpus/') && stableFraction(l.text) < 0.2;
const dev = all.filter((l) => isDev(l) && l.tone !== undefined && l.language === undefined);
const weights = fitWeights(all.filter((l) => !isDev(l)));
const names = new Set(weights.names);
const known = new Set(weights.english);

const RANK = { rude: 0, neutral: 1, polite: 2 } as const;
const rows = dev.map((l) => {
  const prepared = prepare(l.text, l.reached);
  const features = new Set(lineFeatures({ ...prepared, names, known }));
  let tone = 0;
  for (const f of features)
    tone += (weights.table.polite?.[f] ?? 0) - (weights.table.rude?.[f] ?? 0);
  return { line: l, reading: readLine(l.text, l.reached), tone };
});

console.log(`held-out fifth of data/corpus: ${rows.length} lines (tone heads fitted on the rest)`);
console.log('weight  ordered pairs  tone agreement');
for (const w of [0, 0.1, 0.2, 0.25, 0.3, 0.4, 0.5, 0.75, 1]) {
  const scored = rows.map(({ line, reading, tone }) => ({
    rank: RANK[line.tone ?? 'neutral'],
    score: politenessScore(
      line.text,
      reading.lower,
      countWords(reading.lower),
      reading.intents,
      reading.clean,
      reading.firmInsult,
      reading.firmPressure,
      (tone * w) / TONE_WEIGHT,
    ),
    tone: line.tone,
  }));
  let right = 0;
  let pairs = 0;
  for (const a of scored)
    for (const b of scored) {
      if (a.rank <= b.rank) continue;
      pairs++;
      right += a.score > b.score ? 1 : a.score === b.score ? 0.5 : 0;
    }
  const agree = scored.filter((s) => toneOf(s.score) === s.tone).length;
  console.log(
    `${w.toFixed(2).padStart(6)}  ${((100 * right) / pairs).toFixed(1).padStart(12)}%  ${((100 * agree) / scored.length).toFixed(1).padStart(13)}%${w === TONE_WEIGHT ? '   <- TONE_WEIGHT' : ''}`,
  );
}
