#!/usr/bin/env python3
"""Check that no sentence of four or more words repeats across records of
lines.jsonl, pairs.jsonl and calls.jsonl (a pair's better/worse count as one record,
a call log as one record), and list long shared word runs for review."""
import json, re, sys, collections, os

def norm_words(s):
    return re.findall(r"[a-z0-9\u00c0-\uffff']+", s.lower().replace("\u2019", "'"))

def sentences(text):
    for part in re.split(r"[.!?;:\u2014\u2013]+|,\s|\s-\s", text):
        w = norm_words(part)
        if len(w) >= 4:
            yield " ".join(w)

records = []  # (label, [texts])
for i, l in enumerate(open("lines.jsonl", encoding="utf-8")):
    records.append((f"line{i}", [json.loads(l)["text"]]))
for i, l in enumerate(open("pairs.jsonl", encoding="utf-8")):
    p = json.loads(l)
    records.append((f"pair{i}", [p["better"], p["worse"]]))
if os.path.exists("calls.jsonl"):
    for i, l in enumerate(open("calls.jsonl", encoding="utf-8")):
        c = json.loads(l)
        texts = [t["text"] for a in c["log"]["attempts"] for t in a["turns"] if t["speaker"] == "me"]
        records.append((f"call{i}", texts))

N = int(sys.argv[1]) if len(sys.argv) > 1 else 6
sent_owner = collections.defaultdict(set)
gram_owner = collections.defaultdict(set)
for lab, texts in records:
    for t in texts:
        for s in sentences(t):
            sent_owner[s].add(lab)
        w = norm_words(t)
        for k in range(len(w) - N + 1):
            gram_owner[" ".join(w[k:k + N])].add(lab)
bad = {s: o for s, o in sent_owner.items() if len(o) > 1}
# a call may reuse its own sentence across its turns; only cross-record repeats count
for s, o in sorted(bad.items()):
    print("SENTENCE", sorted(o), "::", s)
grams = {g: o for g, o in gram_owner.items() if len(o) > 1}
for g, o in sorted(grams.items(), key=lambda x: sorted(x[1])):
    print(f"{N}-GRAM", sorted(o), "::", g)
print(f"{len(bad)} repeated sentences, {len(grams)} shared {N}-grams", file=sys.stderr)
sys.exit(1 if bad else 0)
