#!/usr/bin/env python3
"""Convert hand-written src/pairs.txt to pairs.jsonl and check shapes."""
import json, sys, collections, pathlib
HERE = pathlib.Path(__file__).parent
DIM = dict(P="politeness", B="brevity")
REACHED = dict(R="receptionist", V="voicemail", I="interviewer")
out, err = [], 0
for n, raw in enumerate((HERE/"src"/"pairs.txt").read_text(encoding="utf-8").splitlines(), 1):
    if not raw.strip() or raw.startswith("#"): continue
    d, r, rest = raw.split("|", 2)
    parts = [p.strip() for p in rest.split("~~")]
    if len(parts) != 3 or d not in DIM or r not in REACHED:
        print(f"pairs.txt:{n}: bad line", file=sys.stderr); err += 1; continue
    better, worse, why = parts
    if better == worse: print(f"{n}: identical", file=sys.stderr); err += 1
    if d == "B" and len(worse.split()) <= len(better.split()):
        print(f"{n}: brevity worse not longer", file=sys.stderr); err += 1
    out.append({"dimension": DIM[d], "reached": REACHED[r], "better": better, "worse": worse, "why": why})
with open(HERE/"pairs.jsonl", "w", encoding="utf-8") as fh:
    for rec in out: fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
C = collections.Counter
print("pairs", len(out), dict(C(p["dimension"] for p in out)))
print("reached", dict(C((p["dimension"], p["reached"]) for p in out)))
print("speech-style better lines", sum(1 for p in out if p["better"] == p["better"].lower()))
sys.exit(1 if err else 0)
