#!/usr/bin/env python3
"""Convert the hand-written short forms in src_lines_*.txt into lines.jsonl.

Short form, one line each:  reached|intents|tone|style|english|flags|text
  reached R/V/I, intents as abbreviations (gr id afp av lm int st tl th cl rc pr),
  tone p/n/r, style t/s, flags comma list of i (insult), o (offTopic), lang=xx.
This script only converts, orders intents in the guide's table order and checks shapes.
"""
import json, sys, collections, re

ORDER = ["greeting", "identify", "ask_for_person", "ask_availability", "leave_message",
         "express_interest", "ask_status", "ask_timeline", "thanks", "closing",
         "recite_credentials", "pressure"]
AB = dict(gr="greeting", id="identify", afp="ask_for_person", av="ask_availability",
          lm="leave_message", int="express_interest", st="ask_status", tl="ask_timeline",
          th="thanks", cl="closing", rc="recite_credentials", pr="pressure")
REACHED = dict(R="receptionist", V="voicemail", I="interviewer")
TONE = dict(p="polite", n="neutral", r="rude")
STYLE = dict(t="typed", s="speech")
VARIETIES = {"us", "uk", "in", "au", "ie", "za", "ng", "learner", "other"}

recs = []
for fn in ["src_lines_r.txt", "src_lines_v.txt", "src_lines_i.txt"]:
    for n, raw in enumerate(open(fn, encoding="utf-8"), 1):
        raw = raw.rstrip("\n")
        if not raw.strip() or raw.startswith("#"):
            continue
        parts = raw.split("|", 6)
        assert len(parts) == 7, (fn, n, raw)
        r, ints, tone, style, eng, flags, text = parts
        abbrs = ints.split()
        for a in abbrs:
            assert a in AB, (fn, n, a)
        assert len(set(abbrs)) == len(abbrs), (fn, n, "dup intent")
        intents = [i for i in ORDER if i in {AB[a] for a in abbrs}]
        assert eng in VARIETIES, (fn, n, eng)
        rec = {"text": text.strip(), "reached": REACHED[r], "intents": intents,
               "tone": TONE[tone], "style": STYLE[style], "english": eng}
        for f in filter(None, flags.split(",")):
            if f == "i":
                rec["insult"] = True
            elif f == "o":
                rec["offTopic"] = True
            elif f.startswith("lang="):
                rec["language"] = f[5:]
                assert not intents, (fn, n, "non-English line with intents")
            else:
                raise SystemExit(f"bad flag {f} at {fn}:{n}")
        if rec["style"] == "speech" and "language" not in rec:
            if text != text.lower() or re.search(r"[.,!?;:]", text):
                print(f"WARN speech line not lower-case/unpunctuated {fn}:{n}: {text}", file=sys.stderr)
        if rec["reached"] == "voicemail" and "leave_message" not in intents and (
                "identify" in intents or "express_interest" in intents or "ask_status" in intents
                or "ask_timeline" in intents or "ask_availability" in intents):
            print(f"WARN voicemail line tells something but no leave_message {fn}:{n}", file=sys.stderr)
        if "pressure" in intents and rec["tone"] == "polite":
            print(f"WARN pressure marked polite {fn}:{n}", file=sys.stderr)
        if rec.get("insult") and "pressure" not in intents:
            print(f"WARN insult without pressure {fn}:{n}", file=sys.stderr)
        recs.append(rec)

texts = [r["text"] for r in recs]
dups = [t for t, c in collections.Counter(texts).items() if c > 1]
assert not dups, dups
with open("lines.jsonl", "w", encoding="utf-8") as f:
    for r in recs:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")

C = collections.Counter
print("total", len(recs))
for key in ["reached", "tone", "style", "english"]:
    print(key, dict(C(r[key] for r in recs)))
print("intent", dict(C(i for r in recs for i in r["intents"])))
print("insult", sum(1 for r in recs if r.get("insult")), "offTopic", sum(1 for r in recs if r.get("offTopic")),
      "non-English", sum(1 for r in recs if r.get("language")))
print("n intents per line", dict(sorted(C(len(r["intents"]) for r in recs).items())))
for rch in ["receptionist", "voicemail", "interviewer"]:
    sub = [r for r in recs if r["reached"] == rch]
    print(rch, len(sub), dict(C(r["style"] for r in sub)), dict(C(r["english"] for r in sub)))
