#!/usr/bin/env python3
"""Convert the hand-written short forms in src/lines_*.txt to lines.jsonl.
Only expands codes, orders intents by the guide's table and checks shapes."""
import json, sys, collections, pathlib
HERE = pathlib.Path(__file__).parent
ORDER = ["greeting","identify","ask_for_person","ask_availability","leave_message",
         "express_interest","ask_status","ask_timeline","thanks","closing",
         "recite_credentials","pressure"]
CODE = dict(gr="greeting", id="identify", afp="ask_for_person", av="ask_availability",
            lm="leave_message", int="express_interest", st="ask_status", tl="ask_timeline",
            th="thanks", cl="closing", rc="recite_credentials", pr="pressure")
REACHED = dict(R="receptionist", V="voicemail", I="interviewer")
STYLE = dict(s="speech", t="typed")
TONE = dict(p="polite", n="neutral", r="rude")
ENG = {"us","uk","in","au","ie","za","ng","learner","other"}
out = []
errors = 0
for name in ["lines_receptionist.txt", "lines_voicemail.txt", "lines_interviewer.txt"]:
    for n, raw in enumerate((HERE/"src"/name).read_text(encoding="utf-8").splitlines(), 1):
        if not raw.strip() or raw.startswith("#"):
            continue
        parts = raw.split("|", 6)
        if len(parts) != 7:
            print(f"{name}:{n}: bad field count", file=sys.stderr); errors += 1; continue
        r, s, e, t, ints, flags, text = parts
        codes = ints.split()
        bad = [c for c in codes if c not in CODE]
        if bad or r not in REACHED or s not in STYLE or t not in TONE or e not in ENG:
            print(f"{name}:{n}: bad code {bad or (r,s,e,t)}", file=sys.stderr); errors += 1; continue
        intents = sorted({CODE[c] for c in codes}, key=ORDER.index)
        rec = {"text": text.strip(), "reached": REACHED[r], "intents": intents,
               "tone": TONE[t], "style": STYLE[s], "english": e}
        for f in ([] if flags == "-" else flags.split(",")):
            if f == "ins": rec["insult"] = True
            elif f == "off": rec["offTopic"] = True
            elif f.startswith("lang="): rec["language"] = f[5:]
            else:
                print(f"{name}:{n}: bad flag {f}", file=sys.stderr); errors += 1
        # shape rules from the guide
        if "language" in rec and rec["intents"]:
            print(f"{name}:{n}: non-English line with intents", file=sys.stderr); errors += 1
        if rec["reached"] == "voicemail":
            told = {"identify","express_interest","ask_status","ask_timeline","ask_availability","recite_credentials"}
            if told & set(intents) and "leave_message" not in intents:
                print(f"{name}:{n}: voicemail line tells something but lacks leave_message", file=sys.stderr); errors += 1
        if "pressure" in intents and rec["tone"] == "polite":
            print(f"{name}:{n}: pressure marked polite", file=sys.stderr); errors += 1
        if rec.get("insult") and "pressure" not in intents:
            print(f"{name}:{n}: insult without pressure", file=sys.stderr); errors += 1
        if rec["style"] == "speech" and "language" not in rec and rec["text"] != rec["text"].lower():
            print(f"{name}:{n}: speech line has capitals", file=sys.stderr); errors += 1
        out.append(rec)
with open(HERE/"lines.jsonl", "w", encoding="utf-8") as fh:
    for rec in out:
        fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
texts = collections.Counter(r["text"].lower() for r in out)
for t, c in texts.items():
    if c > 1: print("duplicate text:", t, file=sys.stderr); errors += 1
C = collections.Counter
print("total", len(out))
for key in ["reached","tone","style","english"]:
    print(key, dict(C(r[key] for r in out)))
print("intents", dict(C(i for r in out for i in r["intents"])))
print("no intents", sum(1 for r in out if not r["intents"]))
print("insult", sum(1 for r in out if r.get("insult")), "offTopic", sum(1 for r in out if r.get("offTopic")),
      "language", sum(1 for r in out if r.get("language")))
print("multi-act (>=3 intents)", sum(1 for r in out if len(r["intents"]) >= 3))
for reached in REACHED.values():
    sub=[r for r in out if r["reached"]==reached]
    print(reached, dict(C(r["style"] for r in sub)))
sys.exit(1 if errors else 0)
