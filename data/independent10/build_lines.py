#!/usr/bin/env python3
"""Convert the hand-written short forms in src_lines_*.txt to lines.jsonl.
Only converts codes to the LABELLING.md record format, puts intents in the guide's
table order and checks shapes; every text and label is hand-written in the sources."""
import json, sys, collections

ORDER = ["greeting", "identify", "ask_for_person", "ask_availability", "leave_message",
         "express_interest", "ask_status", "ask_timeline", "thanks", "closing",
         "recite_credentials", "pressure"]
CODE = {"gr": "greeting", "id": "identify", "afp": "ask_for_person", "av": "ask_availability",
        "lm": "leave_message", "ei": "express_interest", "st": "ask_status", "tl": "ask_timeline",
        "th": "thanks", "cl": "closing", "rc": "recite_credentials", "pr": "pressure"}
REACHED = {"R": "receptionist", "V": "voicemail", "I": "interviewer"}
TONE = {"P": "polite", "N": "neutral", "X": "rude"}
STYLE = {"s": "speech", "t": "typed"}
VARIETIES = {"us", "uk", "in", "au", "ie", "za", "ng", "learner", "other"}

records = []
errors = 0
for fn in ["src_lines_receptionist.txt", "src_lines_voicemail.txt", "src_lines_interviewer.txt"]:
    for n, raw in enumerate(open(fn, encoding="utf-8"), 1):
        raw = raw.rstrip("\n")
        if not raw or raw.startswith("#"):
            continue
        parts = raw.split("|", 6)
        if len(parts) != 7:
            print(f"{fn}:{n}: wrong field count", file=sys.stderr); errors += 1; continue
        r, s, eng, t, ints, flags, text = parts
        assert eng in VARIETIES, (fn, n, eng)
        codes = [] if ints == "-" else ints.split(",")
        for c in codes:
            if c not in CODE:
                print(f"{fn}:{n}: bad intent code {c}", file=sys.stderr); errors += 1
        intents = [i for i in ORDER if i in {CODE.get(c) for c in codes}]
        if len(set(codes)) != len(codes):
            print(f"{fn}:{n}: duplicate intent code", file=sys.stderr); errors += 1
        rec = {"text": text.strip(), "reached": REACHED[r], "intents": intents,
               "tone": TONE[t], "style": STYLE[s], "english": eng}
        if flags != "-":
            for f in flags.split(","):
                if f == "ins": rec["insult"] = True
                elif f == "off": rec["offTopic"] = True
                elif f.startswith("lang="): rec["language"] = f[5:]
                else:
                    print(f"{fn}:{n}: bad flag {f}", file=sys.stderr); errors += 1
        # guide consistency checks
        if "language" in rec and rec["intents"]:
            print(f"{fn}:{n}: non-English line with intents", file=sys.stderr); errors += 1
        if rec.get("insult") and "pressure" not in rec["intents"]:
            print(f"{fn}:{n}: insult without pressure", file=sys.stderr); errors += 1
        if "pressure" in rec["intents"] and rec["tone"] == "polite":
            print(f"{fn}:{n}: pressure marked polite", file=sys.stderr); errors += 1
        if rec.get("insult") and rec["tone"] != "rude":
            print(f"{fn}:{n}: insult not rude", file=sys.stderr); errors += 1
        if rec["style"] == "speech" and rec["text"] != rec["text"].lower():
            print(f"{fn}:{n}: speech line with capitals", file=sys.stderr); errors += 1
        records.append(rec)

seen = set()
for r in records:
    k = r["text"].lower()
    if k in seen:
        print("duplicate text:", r["text"], file=sys.stderr); errors += 1
    seen.add(k)

with open("lines.jsonl", "w", encoding="utf-8") as out:
    for r in records:
        out.write(json.dumps(r, ensure_ascii=False) + "\n")

def count(key):
    return collections.Counter(r.get(key) for r in records)
print("total", len(records))
for k in ["reached", "tone", "style", "english", "language"]:
    print(k, dict(count(k).most_common()))
ic = collections.Counter(i for r in records for i in r["intents"])
print("intents", {i: ic[i] for i in ORDER})
print("empty intents", sum(1 for r in records if not r["intents"]))
print("insult", sum(1 for r in records if r.get("insult")), "offTopic", sum(1 for r in records if r.get("offTopic")))
print("multi-act (3+ intents)", sum(1 for r in records if len(r["intents"]) >= 3))
by = collections.Counter((r["reached"], r["style"]) for r in records)
print("reached x style", dict(by))
sys.exit(1 if errors else 0)
