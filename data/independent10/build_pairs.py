#!/usr/bin/env python3
"""Convert the hand-written src_pairs.txt to pairs.jsonl (format conversion and shape checks only)."""
import json, sys, collections
DIM = {"P": "politeness", "B": "brevity"}
REACHED = {"R": "receptionist", "V": "voicemail", "I": "interviewer"}
out, errors = [], 0
for n, raw in enumerate(open("src_pairs.txt", encoding="utf-8"), 1):
    raw = raw.rstrip("\n")
    if not raw or raw.startswith("#"):
        continue
    p = raw.split("|")
    if len(p) != 5:
        print(f"line {n}: {len(p)} fields", file=sys.stderr); errors += 1; continue
    d, r, better, worse, why = p
    if better.strip() == worse.strip():
        print(f"line {n}: identical", file=sys.stderr); errors += 1
    rec = {"dimension": DIM[d], "reached": REACHED[r], "better": better.strip(),
           "worse": worse.strip(), "why": why.strip()}
    if rec["dimension"] == "brevity" and len(rec["worse"].split()) <= len(rec["better"].split()):
        print(f"line {n}: brevity pair whose worse line is not longer", file=sys.stderr); errors += 1
    out.append(rec)
with open("pairs.jsonl", "w", encoding="utf-8") as f:
    for r in out:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(out), dict(collections.Counter(r["dimension"] for r in out)),
      dict(collections.Counter((r["dimension"], r["reached"]) for r in out)))
sys.exit(1 if errors else 0)
