#!/usr/bin/env python3
"""Turns the two hand-written pair source files into pairs.jsonl (only expands R/V/I)."""
import json, sys
REACHED = dict(R="receptionist", V="voicemail", I="interviewer")
out = []
for dim in ("politeness", "brevity"):
    for n, raw in enumerate(open(f"/work/set4/src/pairs-{dim}.txt", encoding="utf-8"), 1):
        raw = raw.rstrip("\n")
        if not raw.strip() or raw.startswith("#"):
            continue
        parts = raw.split("|")
        if len(parts) != 4:
            sys.exit(f"pairs-{dim}.txt:{n}: expected 4 fields, got {len(parts)}")
        r, better, worse, why = parts
        out.append({"dimension": dim, "reached": REACHED[r], "better": better, "worse": worse, "why": why})
with open("/work/set4/pairs.jsonl", "w", encoding="utf-8") as f:
    for p in out:
        f.write(json.dumps(p, ensure_ascii=False) + "\n")
print(len(out), "pairs written")
