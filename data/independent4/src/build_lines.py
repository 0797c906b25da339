#!/usr/bin/env python3
"""Turns the hand-written compact source files into lines.jsonl.
It only expands abbreviations (R->receptionist, gr->greeting, ...) and puts the intents
in the order of the LABELLING.md table; every line and label was written by hand."""
import glob, json, sys, collections
ORDER = ["greeting","identify","ask_for_person","ask_availability","leave_message",
         "express_interest","ask_status","ask_timeline","thanks","closing",
         "recite_credentials","pressure"]
AB = dict(gr="greeting", id="identify", ap="ask_for_person", aa="ask_availability",
          lm="leave_message", ei="express_interest", **{"as": "ask_status"}, at="ask_timeline",
          th="thanks", cl="closing", rc="recite_credentials", pr="pressure")
REACHED = dict(R="receptionist", V="voicemail", I="interviewer")
TONE = dict(p="polite", n="neutral", r="rude")
STYLE = dict(s="speech", t="typed")
ENGLISH = {"us":"us","uk":"uk","in":"india","learner":"learner","au":"other","ie":"other",
           "za":"other","ng":"other","other":"other"}
out = []
errors = 0
for path in sorted(glob.glob("/work/set4/src/lines-*.txt")):
    for n, raw in enumerate(open(path, encoding="utf-8"), 1):
        raw = raw.rstrip("\n")
        if not raw.strip() or raw.startswith("#"):
            continue
        parts = raw.split("|", 6)
        if len(parts) != 7:
            print(f"{path}:{n}: bad field count", file=sys.stderr); errors += 1; continue
        r, ints, tone, style, var, flags, text = parts
        ints = [] if ints == "-" else [AB[x] for x in ints.split(",")]
        ints = sorted(set(ints), key=ORDER.index)
        rec = {"text": text, "reached": REACHED[r], "intents": ints, "tone": TONE[tone],
               "style": STYLE[style], "english": ENGLISH[var], "variety": var}
        if flags != "-":
            for f in flags.split(","):
                if f == "i": rec["insult"] = True
                elif f == "o": rec["offTopic"] = True
                elif f.startswith("lang="):
                    rec["notEnglish"] = True; rec["language"] = f[5:]
                else:
                    print(f"{path}:{n}: bad flag {f}", file=sys.stderr); errors += 1
        if rec.get("notEnglish"):
            assert rec["intents"] == [] and rec["english"] == "other", raw
        if style == "s" and ("'" in text or any(c in text for c in ".?!,;:")):
            print(f"WARN {path}:{n}: speech line has punctuation: {text}", file=sys.stderr)
        if style == "s" and text != text.lower():
            print(f"WARN {path}:{n}: speech line has capitals: {text}", file=sys.stderr)
        out.append(rec)
texts = collections.Counter(r["text"].lower() for r in out)
for t, c in texts.items():
    if c > 1: print("DUP", t, file=sys.stderr); errors += 1
with open("/work/set4/lines.jsonl", "w", encoding="utf-8") as f:
    for rec in out:
        f.write(json.dumps(rec, ensure_ascii=False) + "\n")
print(len(out), "lines written", file=sys.stderr)
sys.exit(1 if errors else 0)
