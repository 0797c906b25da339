/**
 * The front end every reader of a line goes through after `normalise`: speech-recognition text
 * and other Englishes are brought to the words the rest of the grader knows. Each step is a
 * word-level pass over tokens, so the cost grows linearly with the line.
 */

import { isHesitation } from './fillers';

/** Tokens: words (with inner apostrophes), digits, and single punctuation marks. */
const TOKEN = /[\p{L}\p{N}]+(?:['-][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu;

const VERB_AFTER_PRONOUN = new Set(
  (
    'be have call ring try see get give send let check come go do make take wait keep hear ' +
    'follow leave pass email text phone speak talk just definitely probably also still never ' +
    'really need want like love appreciate look put hold back reach'
  ).split(' '),
);

/**
 * A word list as a Map: looking a line's word up in an object literal would find "constructor"
 * or "valueOf" on its prototype and put a function's source text into the line.
 */
function dictionary(entries: Record<string, string>): ReadonlyMap<string, string> {
  return new Map(Object.entries(entries));
}

// Contractions speech engines write without the apostrophe. Ambiguous ones ("ill", "id",
// "shell", "hell", "well", "were", "its") are restored only where a verb follows.
const ALWAYS: ReadonlyMap<string, string> = dictionary({
  shes: "she's",
  hes: "he's",
  whens: "when's",
  hows: "how's",
  whos: "who's",
  wont: "won't",
  aint: "ain't",
  wouldve: "would've",
  couldve: "could've",
  shouldve: "should've",
  theyd: "they'd",
  itd: "it'd",
  thatll: 'that will',
  lets: "let's",
  yall: 'you all',
});
const BEFORE_VERB: ReadonlyMap<string, string> = dictionary({
  ill: 'i will',
  id: 'i would',
  shell: 'she will',
  hell: 'he will',
  wed: 'we would',
  well: 'we will',
});

const NUMBER_WORDS: ReadonlyMap<string, string> = dictionary({
  zero: '0',
  oh: '0',
  one: '1',
  two: '2',
  three: '3',
  four: '4',
  five: '5',
  six: '6',
  seven: '7',
  eight: '8',
  nine: '9',
  ten: '10',
  eleven: '11',
  twelve: '12',
  fifteen: '15',
  twenty: '20',
  thirty: '30',
  forty: '40',
  fifty: '50',
});
const DIGIT_WORDS = new Set(['zero', 'oh', 'one', 'two', 'three', 'four', 'five', 'six']);

// Dialect and learner forms folded to the plainer word the rules and the model know best.
const FOLD: ReadonlyMap<string, string> = dictionary({
  ring: 'call',
  ringing: 'calling',
  rang: 'called',
  rung: 'called',
  kindly: 'please',
  candidature: 'application',
  revert: 'reply',
  ta: 'thanks',
  cheerio: 'bye',
  reckon: 'think',
  mobile: 'phone',
  cell: 'phone',
  enquire: 'ask',
  enquiring: 'asking',
  inquire: 'ask',
  inquiring: 'asking',
  // Caribbean creole as a recogniser writes it, only forms that are no word of English or of
  // another common language ("mi", "di", "dis", "dat" are, so they stay).
  yuh: 'you',
  unuh: 'you',
  unu: 'you',
  allyuh: 'you',
  wunna: 'you',
  cyaan: "can't",
  cyan: "can't",
  cyah: "can't",
  likkle: 'little',
  waan: 'want',
  seh: 'say',
  tek: 'take',
  mek: 'make',
  nutten: 'nothing',
  nuttin: 'nothing',
  wid: 'with',
  wuk: 'work',
  mawning: 'morning',
  marnin: 'morning',
  awright: 'alright',
  aright: 'alright',
  nuh: 'not',
  // Scots spellings with no clash.
  aboot: 'about',
  oot: 'out',
  fae: 'from',
  dae: 'do',
  gies: 'give me',
});

// Common -ing words as speech drops their g ("good mornin", "just callin'", "nothin yet"): the
// dropped form comes back to the word. A word ending in "in" of its own ("begin", "cousin")
// is not in the list, so it stays.
const G_DROPPED: ReadonlySet<string> = new Set(
  (
    'morning evening calling checking looking wondering hoping trying nothing something ' +
    'anything everything going doing waiting thinking asking following ringing leaving getting ' +
    'coming seeing saying telling wanting working talking speaking phoning reaching returning ' +
    'hearing interviewing applying happening sitting meeting being having making taking ' +
    'putting keeping giving holding hanging missing letting wishing planning expecting feeling ' +
    'needing bothering chasing rushing pushing hurrying deciding considering'
  ).split(' '),
);

// Words with a doubled letter that a stretch of it ("goooood", "sooooon") comes back to.
const DOUBLED: ReadonlySet<string> = new Set(
  (
    'good cool soon too see free need week feel look keen sweet all well call tell still will ' +
    'really hello sorry happy three agree boss miss guess less pass off staff stuff coffee apply ' +
    'offer little letter better matter keep meet feedback seen been looking feeling needed'
  ).split(' '),
);
const STRETCH = /(\p{L})\1{2,}/gu;
const LETTER = /^\p{L}$/u;

/** True when some letter comes three or more times running ("hiii", "pleeease"). */
function stretched(t: string): boolean {
  for (let i = 2; i < t.length; i++) {
    if (t[i] === t[i - 1] && t[i] === t[i - 2] && LETTER.test(t[i] as string)) return true;
  }
  return false;
}

/**
 * A word typed with a letter stretched ("hiii", "thanksss", "pleeease", "goood") as it is
 * written: the run becomes one letter, or two where that makes a word with a double letter.
 * A word of one letter only ("mmm", "zzz") stays as it is.
 */
export function unstretched(t: string): string {
  if (t.length < 3 || !stretched(t) || /^(.)\1*$/u.test(t)) return t;
  const two = t.replace(STRETCH, '$1$1');
  return DOUBLED.has(two) ? two : t.replace(STRETCH, '$1');
}

// Words a stammer repeats; a repeated content word ("very very", "that that") may be meant.
const STAMMER_OK = new Set(['very', 'so', 'really', 'bye', 'no', 'yes', 'ha', 'please', 'that']);

/**
 * Cleans a normalised line for reading: apostrophes restored where speech engines drop them,
 * stammered repeats collapsed ("is is she" -> "is she"), runs of number words read as digits
 * ("five five five oh one" -> "5 5 5 0 1"), stretched letters undone ("hiii" -> "hi"), and
 * dialect forms folded ("ring" -> "call", "any joy" -> "any news", "kindly" -> "please").
 * Fillers are left for `withoutFillers`.
 */
export function cleanSpoken(lower: string): string {
  TOKEN.lastIndex = 0;
  const tokens = lower.match(TOKEN) ?? [];
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    let t = unstretched(tokens[i] as string);
    const next = tokens[i + 1];
    const always = ALWAYS.get(t);
    if (always !== undefined) t = always;
    else {
      const beforeVerb = BEFORE_VERB.get(t);
      if (beforeVerb !== undefined && next !== undefined && VERB_AFTER_PRONOUN.has(next)) {
        t = beforeVerb;
      }
    }
    if (t.endsWith('in') && G_DROPPED.has(`${t}g`)) {
      t = `${t}g`;
      // "callin'": the apostrophe stood for the g.
      if (next === "'") i++;
    }
    const folded = FOLD.get(t);
    if (folded !== undefined) t = folded;
    if (t === 'joy' && (out[out.length - 1] === 'any' || out[out.length - 1] === 'no')) t = 'news';
    // In a run of number words (a phone number, a time) each becomes digits.
    const number = NUMBER_WORDS.get(t);
    if (number !== undefined && (DIGIT_WORDS.has(t) ? inNumberRun(tokens, i) : true)) t = number;
    // A stammer may hold a hesitation ("its uh its dana"): the repeat is of the word before it.
    const last = out[out.length - 1];
    const before = last !== undefined && isHesitation(last) ? out[out.length - 2] : last;
    if (t === before && !STAMMER_OK.has(t) && LETTERS_ONLY.test(t)) continue;
    out.push(t);
  }
  return join(out);
}

// "oh" and "one" are words too; they are digits only beside another number word or digit.
function inNumberRun(tokens: readonly string[], i: number): boolean {
  const isNumber = (t: string | undefined) =>
    t !== undefined && (NUMBER_WORDS.get(t) !== undefined || ALL_DIGITS.test(t));
  return isNumber(tokens[i - 1]) || isNumber(tokens[i + 1]);
}

// Marks written against the word before them.
const CLOSING_MARKS = new Set([',', '.', ';', ':', '!', '?', ')']);
const LETTERS_ONLY = /^[\p{L}']+$/u;
const ALL_DIGITS = /^\d+$/;

function join(tokens: readonly string[]): string {
  let s = '';
  for (const t of tokens) {
    if (s.length > 0 && !CLOSING_MARKS.has(t)) s += ' ';
    s += t;
  }
  return s;
}
