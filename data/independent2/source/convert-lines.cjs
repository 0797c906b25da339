// Converts the hand-typed rows in lines-*.txt into ../lines.jsonl.
// It only maps abbreviations to field values and sorts intents into vocabulary order.
const fs = require('node:fs'),
  path = require('node:path');
const VOCAB = [
  'greeting',
  'identify',
  'ask_for_person',
  'ask_availability',
  'leave_message',
  'express_interest',
  'ask_status',
  'ask_timeline',
  'thanks',
  'closing',
  'recite_credentials',
  'pressure',
];
const AB = {
  gr: 'greeting',
  id: 'identify',
  afp: 'ask_for_person',
  av: 'ask_availability',
  msg: 'leave_message',
  int: 'express_interest',
  st: 'ask_status',
  tl: 'ask_timeline',
  th: 'thanks',
  cl: 'closing',
  cred: 'recite_credentials',
  pr: 'pressure',
};
const R = { r: 'receptionist', v: 'voicemail', i: 'interviewer' },
  T = { p: 'polite', n: 'neutral', r: 'rude' },
  S = { s: 'speech', t: 'typed' };
const E = {
  us: ['us'],
  uk: ['uk'],
  sco: ['uk', 'scottish'],
  ie: ['ie'],
  in: ['in'],
  ng: ['ng'],
  ke: ['other', 'kenyan'],
  za: ['za'],
  au: ['au'],
  sg: ['other', 'singaporean'],
  ph: ['other', 'filipino'],
  lr: ['learner'],
  ot: ['other'],
};
const dir = __dirname,
  out = [];
for (const f of fs
  .readdirSync(dir)
  .filter((f) => /^lines-.*\.txt$/.test(f))
  .sort()) {
  fs.readFileSync(path.join(dir, f), 'utf8')
    .split('\n')
    .forEach((ln, i) => {
      if (!ln.trim() || ln.startsWith('#')) return;
      const sp = ln.split('|');
      const parts = sp.length >= 4 ? [sp[0], sp[1], sp[2], sp.slice(3).join('|')] : sp;
      if (parts.length !== 4) throw new Error(`${f}:${i + 1} bad row`);
      const [head, ints, flags, text] = parts;
      const [r, t, s, e] = head.trim().split(/\s+/);
      if (!R[r] || !T[t] || !S[s] || !E[e]) throw new Error(`${f}:${i + 1} bad head ${head}`);
      const intents = ints.trim()
        ? ints
            .trim()
            .split(/\s+/)
            .map((a) => {
              if (!AB[a]) throw new Error(`${f}:${i + 1} bad intent ${a}`);
              return AB[a];
            })
        : [];
      const rec = {
        text: text.trim(),
        reached: R[r],
        intents: VOCAB.filter((v) => intents.includes(v)),
        tone: T[t],
        style: S[s],
        english: E[e][0],
      };
      if (E[e][1]) rec.variety = E[e][1];
      for (const fl of flags.trim().split(/\s+/).filter(Boolean)) {
        if (fl === 'I') rec.insult = true;
        else if (fl === 'O') rec.offTopic = true;
        else if (fl.startsWith('L=')) rec.language = fl.slice(2);
        else throw new Error(`${f}:${i + 1} bad flag ${fl}`);
      }
      out.push(rec);
    });
}
fs.writeFileSync(
  path.join(dir, '..', 'lines.jsonl'),
  `${out.map((o) => JSON.stringify(o)).join('\n')}\n`,
);
console.log(out.length, 'lines');
