/**
 * A literal prefilter for the grader's regular expressions. Each guarded expression is read
 * once, at load, for the literal strings one of which every match must contain ("when",
 * "what time" …); one pass of a small automaton over a line then says which expressions could
 * match it at all, and only those are run. Most rules cannot match most lines, so most of them
 * are never tried.
 *
 * The reading is conservative: where it cannot be sure what a piece of an expression needs
 * (classes, `.`, back-references, a flag it does not model), it asks for nothing, and the
 * expression is always run. So a guarded expression matches exactly the lines its expression
 * matches; only the work is saved.
 */

/** What a piece of an expression needs of the text it matches. */
interface Needs {
  /** Every string it can match, when there are few (a literal, a short alternation); else null. */
  exact: ReadonlySet<string> | null;
  /** Strings one of which every match contains; null when nothing is certain. */
  some: ReadonlySet<string> | null;
}

/** More exact strings than this and a piece is read for what it contains, not what it is. */
const MAX_EXACT = 48;
/** The automaton looks for at most this many characters of each needed string (a prefix of a
 * needed string is needed too). */
const MAX_LENGTH = 5;

const NOTHING: Needs = { exact: null, some: null };
/** Only the empty string: what a look-around, an anchor or an empty run matches. */
const ONLY_EMPTY: ReadonlySet<string> = new Set(['']);
const EMPTY: Needs = { exact: ONLY_EMPTY, some: null };

function literal(ch: string): Needs {
  const one = new Set([ch]);
  return { exact: one, some: one };
}

/** How often a needed string is likely to be in a line: shorter strings are in more lines. */
const LIKELIHOOD = [1, 1, 0.6, 0.25, 0.1, 0.05];
function likelihood(set: ReadonlySet<string>): number {
  let sum = 0;
  for (const s of set) sum += LIKELIHOOD[Math.min(s.length, MAX_LENGTH)] ?? 0;
  return sum;
}

/** A set as a requirement: none when it holds the empty string (that is found in any text). */
function asNeeded(set: ReadonlySet<string> | null): ReadonlySet<string> | null {
  return set === null || set.has('') ? null : set;
}

function needed(n: Needs): ReadonlySet<string> | null {
  return n.some ?? asNeeded(n.exact);
}

function product(a: ReadonlySet<string>, b: ReadonlySet<string>): Set<string> | null {
  if (a.size * b.size > MAX_EXACT) return null;
  const out = new Set<string>();
  for (const x of a) for (const y of b) out.add(x + y);
  return out;
}

function best(candidates: ReadonlyArray<ReadonlySet<string> | null>): ReadonlySet<string> | null {
  let chosen: ReadonlySet<string> | null = null;
  let cost = Number.POSITIVE_INFINITY;
  for (const c of candidates) {
    const set = c === null ? null : asNeeded(prefixes(c));
    if (set === null) continue;
    const l = likelihood(set);
    if (l < cost) {
      cost = l;
      chosen = set;
    }
  }
  return chosen;
}

/** Each string cut to the prefix the automaton looks for (a prefix of a needed string is needed). */
function prefixes(set: ReadonlySet<string>): Set<string> {
  const out = new Set<string>();
  for (const s of set) out.add(s.length > MAX_LENGTH ? s.slice(0, MAX_LENGTH) : s);
  return out;
}

/** The run's strings followed by the item's, as prefixes; null when there would be too many. */
function extend(run: ReadonlySet<string>, next: ReadonlySet<string>): Set<string> | null {
  const out = new Set<string>();
  for (const x of run) {
    if (x.length >= MAX_LENGTH) {
      out.add(x);
      continue;
    }
    for (const y of next) out.add((x + y).slice(0, MAX_LENGTH));
    if (out.size > MAX_EXACT) return null;
  }
  return out;
}

/**
 * A sequence: its exact strings while they stay few, and the least likely needed piece. The
 * pieces are runs of exact items joined up, each string cut to the prefix the automaton reads
 * (once a string is that long, what follows it changes nothing).
 */
function sequence(items: readonly Needs[]): Needs {
  const candidates: Array<ReadonlySet<string> | null> = [];
  let exact: ReadonlySet<string> | null = ONLY_EMPTY;
  let run: ReadonlySet<string> = ONLY_EMPTY;
  for (const item of items) {
    exact = exact !== null && item.exact !== null ? product(exact, item.exact) : null;
    if (item.exact !== null) {
      const joined = extend(run, item.exact);
      if (joined !== null) {
        run = joined;
        continue;
      }
      candidates.push(run);
      run = prefixes(item.exact);
      continue;
    }
    candidates.push(run, item.some);
    run = ONLY_EMPTY;
  }
  candidates.push(run);
  return { exact, some: best(candidates) };
}

function alternation(branches: readonly Needs[]): Needs {
  if (branches.length === 1) return branches[0] as Needs;
  let exact: Set<string> | null = new Set();
  let some: Set<string> | null = new Set();
  for (const b of branches) {
    if (exact !== null && b.exact !== null && exact.size + b.exact.size <= MAX_EXACT) {
      for (const s of b.exact) exact.add(s);
    } else exact = null;
    const need = needed(b);
    if (some !== null && need !== null) for (const s of need) some.add(s);
    else some = null;
  }
  return { exact, some: some ?? asNeeded(exact) };
}

function repeat(item: Needs, min: number, max: number): Needs {
  if (min === 1 && max === 1) return item;
  if (min === 0) {
    if (max === 1 && item.exact !== null)
      return { exact: new Set([...item.exact, '']), some: null };
    return NOTHING;
  }
  // At least one copy: whatever one copy needs, the repeat needs.
  return { exact: null, some: needed(item) };
}

const DIGITS: ReadonlySet<string> = new Set('0123456789');
const CONTROL: Record<string, string> = { n: '\n', t: '\t', r: '\r', f: '\f', v: '\v', '0': '\0' };

/** Reads a regular expression's source for what its matches need (see `Needs`). */
class Reader {
  private at = 0;
  /** Whether the expression has named groups (only then is `\k<…>` a back-reference). */
  private readonly named: boolean;
  constructor(
    private readonly src: string,
    private readonly unicode: boolean,
  ) {
    this.named = /\(\?<(?![=!])/.test(src);
  }

  read(): Needs {
    const n = this.alternatives();
    if (this.at < this.src.length) throw new Error(`unexpected ${this.src[this.at]}`);
    return n;
  }

  private alternatives(): Needs {
    const branches = [this.sequence()];
    while (this.src[this.at] === '|') {
      this.at++;
      branches.push(this.sequence());
    }
    return alternation(branches);
  }

  private sequence(): Needs {
    const items: Needs[] = [];
    while (this.at < this.src.length && this.src[this.at] !== '|' && this.src[this.at] !== ')') {
      items.push(this.quantified(this.atom()));
    }
    return sequence(items);
  }

  private quantified(item: Needs): Needs {
    const ch = this.src[this.at];
    let min = 1;
    let max = 1;
    if (ch === '?' || ch === '*' || ch === '+') {
      this.at++;
      min = ch === '+' ? 1 : 0;
      max = ch === '?' ? 1 : Number.POSITIVE_INFINITY;
    } else if (ch === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.src.slice(this.at));
      if (m === null) return item;
      this.at += m[0].length;
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] === '' ? Number.POSITIVE_INFINITY : Number(m[3]);
    } else return item;
    if (this.src[this.at] === '?') this.at++; // lazy: the same strings
    return this.quantified(repeat(item, min, max));
  }

  private atom(): Needs {
    const ch = this.src[this.at++] as string;
    switch (ch) {
      case '(':
        return this.group();
      case '[':
        return this.characterClass();
      case '.':
        return NOTHING;
      case '^':
      case '$':
        return EMPTY;
      case '\\':
        return this.escape();
      default: {
        // With `u` a character beyond the BMP is one atom: a quantifier takes both halves.
        const low = this.src.charCodeAt(this.at);
        const high = ch.charCodeAt(0);
        if (this.unicode && high >= 0xd800 && high <= 0xdbff && low >= 0xdc00 && low <= 0xdfff) {
          this.at++;
          return literal(ch + String.fromCharCode(low));
        }
        return literal(ch);
      }
    }
  }

  private group(): Needs {
    let look = false;
    if (this.src[this.at] === '?') {
      const kind = this.src.slice(this.at, this.at + 3);
      if (kind.startsWith('?:')) this.at += 2;
      else if (kind.startsWith('?=') || kind.startsWith('?!')) {
        look = true;
        this.at += 2;
      } else if (kind === '?<=' || kind === '?<!') {
        look = true;
        this.at += 3;
      } else if (kind.startsWith('?<')) {
        this.at = this.closing('>') + 1;
      } else throw new Error(`unknown group ${kind}`);
    }
    const inner = this.alternatives();
    if (this.src[this.at] !== ')') throw new Error('unclosed group');
    this.at++;
    // A look-around matches no text of its own.
    return look ? EMPTY : inner;
  }

  private characterClass(): Needs {
    const negated = this.src[this.at] === '^';
    if (negated) this.at++;
    const chars = new Set<string>();
    let plain = !negated;
    // In JavaScript a `]` closes the class wherever it is, first place included.
    while (this.at < this.src.length && this.src[this.at] !== ']') {
      let ch = this.src[this.at++] as string;
      if (ch === '\\') {
        const e = this.src[this.at++] as string;
        if (e === 'd') {
          for (const d of DIGITS) chars.add(d);
          continue;
        }
        if (/[DwWsSpPbBux0-9ck]/.test(e)) {
          // Not read as literal characters: the class then needs nothing. Only with `u` do
          // `\p{…}` and `\u{…}` take braces (without it a `}` or `]` after them is their own).
          plain = false;
          if (this.unicode && (e === 'p' || e === 'P' || e === 'u') && this.src[this.at] === '{') {
            this.at = this.closing('}') + 1;
          }
          continue;
        }
        ch = CONTROL[e] ?? e;
      } else if (ch === '-' && chars.size > 0 && this.src[this.at] !== ']') {
        plain = false; // a range
        continue;
      }
      chars.add(ch);
    }
    if (this.src[this.at] !== ']') throw new Error('unclosed class');
    this.at++;
    if (!plain || chars.size === 0 || chars.size > 12) return NOTHING;
    return { exact: chars, some: chars };
  }

  private escape(): Needs {
    const e = this.src[this.at++];
    if (e === undefined) throw new Error('a lone backslash');
    if (e === 'b' || e === 'B') return EMPTY;
    if (e === 'd') return { exact: DIGITS, some: DIGITS };
    if ('DwWsS'.includes(e)) return NOTHING;
    if (e === 'p' || e === 'P') {
      // A property class only with the `u` flag; without it, `\p` is the letter.
      if (!this.unicode) return literal(e);
      this.at = this.closing('}') + 1;
      return NOTHING;
    }
    if (e === 'k' && this.named && this.src[this.at] === '<') {
      this.at = this.closing('>') + 1;
      return NOTHING;
    }
    if (/[0-9]/.test(e)) {
      // A back-reference, or (without `u`) an old octal escape: nothing certain either way.
      if (e === '0' && !/[0-9]/.test(this.src[this.at] ?? '')) return literal('\0');
      while (/[0-9]/.test(this.src[this.at] ?? '')) this.at++;
      return NOTHING;
    }
    if (e === 'c') {
      if (/[A-Za-z]/.test(this.src[this.at] ?? '')) {
        this.at++;
        return NOTHING;
      }
      // Without a letter, `\c` is a backslash and then the letter c.
      this.at--;
      return literal('\\');
    }
    if (e === 'u') return this.unicodeEscape();
    if (e === 'x') {
      const hex = this.hex(2);
      return hex === undefined ? literal('x') : literal(String.fromCharCode(hex));
    }
    return literal(CONTROL[e] ?? e);
  }

  /** `\u{…}` (with `u`), `\uXXXX`, a surrogate pair of them (with `u`), or the letter u. */
  private unicodeEscape(): Needs {
    if (this.unicode && this.src[this.at] === '{') {
      const close = this.closing('}');
      const digits = this.src.slice(this.at + 1, close);
      if (!/^[0-9a-fA-F]+$/.test(digits)) throw new Error('a bad code point');
      this.at = close + 1;
      return literal(String.fromCodePoint(Number.parseInt(digits, 16)));
    }
    const unit = this.hex(4);
    if (unit === undefined) return literal('u');
    if (this.unicode && unit >= 0xd800 && unit <= 0xdbff && this.src.startsWith('\\u', this.at)) {
      const from = this.at;
      this.at += 2;
      const low = this.hex(4);
      if (low !== undefined && low >= 0xdc00 && low <= 0xdfff) {
        return literal(String.fromCharCode(unit, low));
      }
      this.at = from;
    }
    return literal(String.fromCharCode(unit));
  }

  /** The next `n` characters as a hexadecimal number, consumed; undefined (and nothing consumed) if they are not. */
  private hex(n: number): number | undefined {
    const digits = this.src.slice(this.at, this.at + n);
    if (digits.length !== n || !/^[0-9a-fA-F]+$/.test(digits)) return undefined;
    this.at += n;
    return Number.parseInt(digits, 16);
  }

  /** Where the next `ch` is; an expression that never closes is not read. */
  private closing(ch: string): number {
    const at = this.src.indexOf(ch, this.at);
    if (at < 0) throw new Error(`no closing ${ch}`);
    return at;
  }
}

/**
 * The strings (each at most a few characters) one of which every match of `re` contains, or
 * null when the expression needs nothing certain of a text (it is then always run).
 */
export function neededStrings(re: RegExp): string[] | null {
  // Case-folding and the `v` flag's set syntax are not modelled: such an expression is always run.
  if (re.flags.includes('i') || re.flags.includes('v')) return null;
  let needs: Needs;
  try {
    needs = new Reader(re.source, re.flags.includes('u')).read();
  } catch {
    return null;
  }
  const set = needed(needs);
  if (set === null) return null;
  return [...new Set([...set].map((s) => s.slice(0, MAX_LENGTH)))].sort();
}

/**
 * A regular expression run only when the prefilter says a line could match it. `test` always
 * starts at the beginning (a `g` or `y` expression's `lastIndex` is set to 0 first), and it
 * leaves `lastIndex` alone when the text is ruled out: callers that `exec` in a loop reset it.
 * Guard at module load: each `guard()` rebuilds the automaton.
 */
export interface Guarded {
  readonly re: RegExp;
  /** False only when no text like this one can match (then `re` is not run). */
  mayMatch(text: string): boolean;
  /** `re.test(text)`, without running `re` when the text cannot match. */
  test(text: string): boolean;
}

interface Automaton {
  /** Character class of each UTF-16 unit below 128; others looked up in `wide`. */
  narrow: Uint16Array;
  wide: Map<number, number>;
  classes: number;
  /** next state = delta[state * classes + class] */
  delta: Int32Array;
  /** Guarded ids a state finds, from outStart[state] to outStart[state + 1]. */
  outStart: Int32Array;
  outIds: Int32Array;
  /** 1 for each guarded expression that needs nothing certain (it is always run). */
  always: Uint8Array;
}

const needsOf: Array<string[] | null> = [];
let automaton: Automaton | null = null;

function build(): Automaton {
  // The trie of every needed string, each ending in the ids that need it.
  const children: Array<Map<number, number>> = [new Map()];
  const ends: number[][] = [[]];
  const units = new Set<number>();
  needsOf.forEach((strings, id) => {
    for (const s of strings ?? []) {
      let node = 0;
      for (let i = 0; i < s.length; i++) {
        const u = s.charCodeAt(i);
        units.add(u);
        let next = children[node]?.get(u);
        if (next === undefined) {
          next = children.length;
          children.push(new Map());
          ends.push([]);
          children[node]?.set(u, next);
        }
        node = next;
      }
      ends[node]?.push(id);
    }
  });
  const narrow = new Uint16Array(128);
  const wide = new Map<number, number>();
  let classes = 1; // class 0: any unit no needed string has
  for (const u of [...units].sort((a, b) => a - b)) {
    if (u < 128) narrow[u] = classes++;
    else wide.set(u, classes++);
  }
  const classOf = (u: number) => (u < 128 ? (narrow[u] as number) : (wide.get(u) ?? 0));
  const states = children.length;
  const delta = new Int32Array(states * classes);
  const fail = new Int32Array(states);
  const found: number[][] = ends.map((e) => [...e]);
  // Breadth first: each state's failure link is already known when its children are reached.
  const queue: number[] = [];
  for (const [u, child] of children[0] ?? []) {
    delta[classOf(u)] = child;
    queue.push(child);
  }
  for (let q = 0; q < queue.length; q++) {
    const state = queue[q] as number;
    const f = fail[state] as number;
    for (let k = 0; k < classes; k++) {
      delta[state * classes + k] = delta[f * classes + k] as number;
    }
    for (const id of found[f] ?? []) found[state]?.push(id);
    for (const [u, child] of children[state] ?? []) {
      const k = classOf(u);
      fail[child] = delta[f * classes + k] as number;
      delta[state * classes + k] = child;
      queue.push(child);
    }
  }
  const outStart = new Int32Array(states + 1);
  const flat: number[] = [];
  for (let s = 0; s < states; s++) {
    outStart[s] = flat.length;
    for (const id of new Set(found[s])) flat.push(id);
  }
  outStart[states] = flat.length;
  const always = new Uint8Array(needsOf.length);
  needsOf.forEach((strings, id) => {
    if (strings === null) always[id] = 1;
  });
  return { narrow, wide, classes, delta, outStart, outIds: Int32Array.from(flat), always };
}

/** Which guarded expressions a text could match: 1 where it could (or needs nothing certain). */
function scan(text: string, could: Uint8Array): void {
  automaton ??= build();
  const { narrow, wide, classes, delta, outStart, outIds, always } = automaton;
  could.set(always);
  let state = 0;
  for (let i = 0; i < text.length; i++) {
    const u = text.charCodeAt(i);
    const k = u < 128 ? (narrow[u] as number) : (wide.get(u) ?? 0);
    state = delta[state * classes + k] as number;
    const end = outStart[state + 1] as number;
    for (let j = outStart[state] as number; j < end; j++) could[outIds[j] as number] = 1;
  }
}

// The last few texts scanned: a line is read as a few texts (raw, normalised, cleaned), each by
// many guarded expressions in turn.
const RECENT = 4;
const recentTexts: Array<string | undefined> = new Array(RECENT);
const recentScans: Array<Uint8Array | undefined> = new Array(RECENT);
let nextSlot = 0;

function scanned(text: string): Uint8Array {
  for (let i = 0; i < RECENT; i++) {
    if (recentTexts[i] === text) return recentScans[i] as Uint8Array;
  }
  let could = recentScans[nextSlot];
  if (could === undefined || could.length !== needsOf.length) {
    could = new Uint8Array(needsOf.length);
    recentScans[nextSlot] = could;
  }
  scan(text, could);
  recentTexts[nextSlot] = text;
  nextSlot = (nextSlot + 1) % RECENT;
  return could;
}

/** Guards `re`: it will be run only on texts the prefilter cannot rule out. */
export function guard(re: RegExp): Guarded {
  const id = needsOf.length;
  needsOf.push(neededStrings(re));
  // A new expression changes the automaton and what every scan found.
  automaton = null;
  recentTexts.fill(undefined);
  const mayMatch = (text: string) => scanned(text)[id] === 1;
  const guarded: Guarded = {
    re,
    mayMatch,
    test(text: string): boolean {
      if (!mayMatch(text)) return false;
      re.lastIndex = 0;
      return re.test(text);
    },
  };
  everyGuarded.push(guarded);
  return guarded;
}

/** What each of the guarded expressions that match `text` matched first (trimmed, not empty). */
export function matchedTexts(guarded: readonly Guarded[], text: string): string[] {
  const out: string[] = [];
  for (const g of guarded) {
    if (!g.mayMatch(text)) continue;
    g.re.lastIndex = 0;
    const m = g.re.exec(text);
    const found = m?.[0].trim() ?? '';
    if (found !== '') out.push(found);
  }
  return out;
}

/** True when any of the guarded expressions matches `text`. */
export function anyMatches(guarded: readonly Guarded[], text: string): boolean {
  for (const g of guarded) if (g.test(text)) return true;
  return false;
}

const everyGuarded: Guarded[] = [];

/** Every guarded expression so far (for the tests that hold the prefilter to its promise). */
export function allGuarded(): readonly Guarded[] {
  return everyGuarded;
}
