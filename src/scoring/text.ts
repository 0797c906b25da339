/**
 * Text normalisation shared by every line feature. Spoken and typed lines arrive with curly
 * quotes, missing apostrophes and chat shorthand; folding them once here lets the rules
 * below stay simple and fast.
 */

// Chat shorthand and apostrophe-less contractions, folded to one spelling in a single pass.
const SHORTHAND: Record<string, string> = {
  im: "i'm",
  ive: "i've",
  dont: "don't",
  cant: "can't",
  didnt: "didn't",
  doesnt: "doesn't",
  havent: "haven't",
  hasnt: "hasn't",
  isnt: "isn't",
  wasnt: "wasn't",
  wouldnt: "wouldn't",
  couldnt: "couldn't",
  youre: "you're",
  youve: "you've",
  youll: 'you will',
  youd: "you'd",
  theyre: "they're",
  theyve: "they've",
  theyll: 'they will',
  weve: "we've",
  itll: 'it will',
  arent: "aren't",
  werent: "weren't",
  shouldnt: "shouldn't",
  heres: "here's",
  theres: "there's",
  thats: "that's",
  whats: "what's",
  wheres: "where's",
  u: 'you',
  ur: 'your',
  ya: 'you',
  pls: 'please',
  plz: 'please',
  plse: 'please',
  pleaze: 'please',
  thx: 'thanks',
  thnx: 'thanks',
  thanx: 'thanks',
  thnks: 'thanks',
  tnx: 'thanks',
  ty: 'thank you',
  wanna: 'want to',
  gonna: 'going to',
  gotta: 'got to',
  "i'd": 'i would',
  "i'll": 'i will',
  cannot: "can't",
  "won't": 'will not',
};
const SHORTHAND_WORD = new RegExp(
  `(?<![\\w'-])(?:${Object.keys(SHORTHAND).join('|')})(?![\\w'-])|\\bu(?='ll\\b)`,
  'g',
);

/** Lower-cases and folds quotes, shorthand and whitespace so rules can match one spelling. */
export function normalise(text: string): string {
  const t = text
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`´]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/[\u2013\u2014]/g, ' - ')
    .replace(/\s+/g, ' ')
    .trim();
  if (t.length === 0) return t;
  return t
    .replace(SHORTHAND_WORD, (w) => SHORTHAND[w] ?? 'you')
    .replace(/\b(he|she|they|we|you|it|that|there|who)'ll\b/g, '$1 will');
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
