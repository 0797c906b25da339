/**
 * Text normalisation shared by every line feature. Spoken and typed lines arrive with curly
 * quotes, missing apostrophes and chat shorthand; folding them once here lets the rules
 * below stay simple and fast.
 */

const SHORTHAND: ReadonlyArray<readonly [RegExp, string]> = [
  [/\bim\b/g, "i'm"],
  [/\bive\b/g, "i've"],
  [/\bdont\b/g, "don't"],
  [/\bcant\b/g, "can't"],
  [/\bdidnt\b/g, "didn't"],
  [/\bdoesnt\b/g, "doesn't"],
  [/\bhavent\b/g, "haven't"],
  [/\bhasnt\b/g, "hasn't"],
  [/\bisnt\b/g, "isn't"],
  [/\bwasnt\b/g, "wasn't"],
  [/\bwouldnt\b/g, "wouldn't"],
  [/\bcouldnt\b/g, "couldn't"],
  [/\byoure\b/g, "you're"],
  [/\byouve\b/g, "you've"],
  [/\bthats\b/g, "that's"],
  [/\bwhats\b/g, "what's"],
  [/\bwheres\b/g, "where's"],
  [/\bu\b/g, 'you'],
  [/\bur\b/g, 'your'],
  [/\bya\b/g, 'you'],
  [/\b(?:pls|plz|plse|pleaze)\b/g, 'please'],
  [/\b(?:thx|thnx|thanx|thnks|tnx)\b/g, 'thanks'],
  [/\bty\b/g, 'thank you'],
  [/\bwanna\b/g, 'want to'],
  [/\bgonna\b/g, 'going to'],
  [/\bgotta\b/g, 'got to'],
  [/\bi'd\b/g, 'i would'],
  [/\bi'll\b/g, 'i will'],
  [/\bcannot\b/g, "can't"],
  [/\bwon't\b/g, 'will not'],
];

/** Lower-cases and folds quotes, shorthand and whitespace so rules can match one spelling. */
export function normalise(text: string): string {
  let t = text
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`´]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/[\u2013\u2014]/g, ' - ')
    .replace(/\s+/g, ' ')
    .trim();
  if (t.length === 0) return t;
  for (const [pattern, replacement] of SHORTHAND) {
    pattern.lastIndex = 0;
    t = t.replace(pattern, replacement);
  }
  return t;
}

const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

/** Counts words the way a listener would: runs of letters or digits, contractions as one. */
export function countWords(text: string): number {
  let n = 0;
  WORD.lastIndex = 0;
  while (WORD.exec(text) !== null) n++;
  return n;
}

/** The first few words of a normalised line, to judge how it opens. */
export function firstWords(lower: string, n: number): string[] {
  const out: string[] = [];
  WORD.lastIndex = 0;
  let m: RegExpExecArray | null = WORD.exec(lower);
  while (m !== null && out.length < n) {
    out.push(m[0]);
    m = WORD.exec(lower);
  }
  return out;
}

/** Splits a line into sentences on terminal punctuation, keeping it simple for speech text. */
export function sentences(lower: string): string[] {
  return lower
    .split(/(?<=[.!?])\s+/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}
