#!/usr/bin/env python3
"""Check that no sentence of four or more words is shared between two items across
lines.jsonl, pairs.jsonl and calls.jsonl (a pair's better/worse count as one item,
since they are meant to differ in one thing), and report long shared word runs."""
import json, re, sys, collections, pathlib
HERE = pathlib.Path(__file__).parent
items = []   # (item id, [texts])
def load(name):
    p = HERE/name
    return [json.loads(l) for l in p.read_text(encoding="utf-8").splitlines() if l.strip()] if p.exists() else []
for i, r in enumerate(load("lines.jsonl")): items.append((f"line{i}", [r["text"]]))
for i, r in enumerate(load("pairs.jsonl")): items.append((f"pair{i}", [r["better"], r["worse"]]))
for i, c in enumerate(load("calls.jsonl")):
    for a, att in enumerate(c["log"]["attempts"]):
        for t, turn in enumerate(att["turns"]):
            # a recorded greeting replayed on each attempt of one call is one item
            iid = f"call{i}.them" if turn["speaker"] == "them" else f"call{i}.{a}.{t}"
            items.append((iid, [turn["text"]]))
def norm(s): return re.sub(r"[^\w\s]", " ", s.lower()).split()
def sentences(s): return [x for x in re.split(r"[.!?;:—–]+|\s-\s", s) if x.strip()]
sent_owner = collections.defaultdict(set)
gram_owner = collections.defaultdict(set)
N = int(sys.argv[1]) if len(sys.argv) > 1 else 7
for iid, texts in items:
    for t in texts:
        for s in sentences(t):
            w = norm(s)
            if len(w) >= 4: sent_owner[" ".join(w)].add(iid)
        w = norm(t)
        for k in range(len(w) - N + 1): gram_owner[" ".join(w[k:k+N])].add(iid)
bad = 0
for s, owners in sent_owner.items():
    if len(owners) > 1: print("SHARED SENTENCE:", s, sorted(owners)); bad += 1
for g, owners in gram_owner.items():
    if len(owners) > 1: print(f"shared {N}-gram:", g, sorted(owners))
print("items", len(items), "shared sentences", bad)
sys.exit(1 if bad else 0)
