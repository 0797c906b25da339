#!/usr/bin/env python3
"""Check that no sentence of four or more words is shared between two different items
(a line, a pair, a call turn) across lines.jsonl, pairs.jsonl and calls.jsonl, and report
shared word 6-grams for manual review. The two sides of one pair may share text by design."""
import json, re, sys, collections, os

def units():
    for i, l in enumerate(open("lines.jsonl", encoding="utf-8")):
        yield f"line{i+1}", [json.loads(l)["text"]]
    for i, l in enumerate(open("pairs.jsonl", encoding="utf-8")):
        p = json.loads(l)
        yield f"pair{i+1}", [p["better"], p["worse"]]
    if os.path.exists("calls.jsonl"):
        for i, l in enumerate(open("calls.jsonl", encoding="utf-8")):
            c = json.loads(l)
            for a, att in enumerate(c["log"]["attempts"]):
                for t, turn in enumerate(att.get("turns", [])):
                    yield f"call{i+1}.{a}.{t}", [turn["text"]]

def norm_words(s):
    return re.findall(r"[a-z0-9']+", s.lower().replace("’", "'"))

def sentences(s):
    for part in re.split(r"[.?!;:—–\n]+|,\s", s):
        w = norm_words(part)
        if len(w) >= 4:
            yield " ".join(w)

sent_owner = collections.defaultdict(set)
gram_owner = collections.defaultdict(set)
N = int(sys.argv[1]) if len(sys.argv) > 1 else 6
for uid, texts in units():
    for t in texts:
        for s in sentences(t):
            sent_owner[s].add(uid)
        w = norm_words(t)
        for k in range(len(w) - N + 1):
            gram_owner[" ".join(w[k:k+N])].add(uid)
bad = {s: u for s, u in sent_owner.items() if len(u) > 1}
for s, u in sorted(bad.items()):
    print("SHARED SENTENCE:", s, sorted(u))
grams = {g: u for g, u in gram_owner.items() if len(u) > 1}
for g, u in sorted(grams.items()):
    print(f"shared {N}-gram:", g, sorted(u))
print(len(bad), "shared sentences;", len(grams), f"shared {N}-grams")
sys.exit(1 if bad else 0)
