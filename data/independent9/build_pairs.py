#!/usr/bin/env python3
"""Convert hand-written src_pairs.txt (tab separated) into pairs.jsonl and check shapes."""
import json, collections
DIM = dict(P="politeness", B="brevity")
REACHED = dict(R="receptionist", V="voicemail", I="interviewer")
out = []
for n, raw in enumerate(open("src_pairs.txt", encoding="utf-8"), 1):
    raw = raw.rstrip("\n")
    if not raw.strip() or raw.startswith("#"):
        continue
    d, r, better, worse, why = raw.split("\t")
    assert better != worse, n
    if d == "B":
        assert len(worse.split()) > len(better.split()), (n, "brevity worse not longer")
    out.append({"dimension": DIM[d], "reached": REACHED[r], "better": better, "worse": worse, "why": why})
with open("pairs.jsonl", "w", encoding="utf-8") as f:
    for o in out:
        f.write(json.dumps(o, ensure_ascii=False) + "\n")
C = collections.Counter
print(len(out), dict(C(o["dimension"] for o in out)), dict(C((o["dimension"], o["reached"]) for o in out)))
