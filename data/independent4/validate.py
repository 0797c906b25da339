#!/usr/bin/env python3
"""Validates lines.jsonl, pairs.jsonl and calls.jsonl in /work/set4 and prints the counts
as Markdown (used for HOW-WRITTEN.md). Exits 1 on any problem."""
import json, re, sys, collections
D = "/work/set4/"
VOCAB = ["greeting", "identify", "ask_for_person", "ask_availability", "leave_message",
         "express_interest", "ask_status", "ask_timeline", "thanks", "closing",
         "recite_credentials", "pressure"]
REACHED = {"receptionist", "voicemail", "interviewer"}
problems = []

def load(name):
    recs = []
    with open(D + name, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                problems.append(f"{name}:{n}: blank line"); continue
            try:
                recs.append((n, json.loads(line)))
            except json.JSONDecodeError as e:
                problems.append(f"{name}:{n}: invalid JSON: {e}")
    return recs

# ---- lines
lines = load("lines.jsonl")
for n, r in lines:
    for k in ("text", "reached", "intents", "tone", "style", "english"):
        if k not in r: problems.append(f"lines:{n}: missing {k}")
    if r.get("reached") not in REACHED: problems.append(f"lines:{n}: bad reached")
    if r.get("tone") not in {"polite", "neutral", "rude"}: problems.append(f"lines:{n}: bad tone")
    if r.get("style") not in {"speech", "typed"}: problems.append(f"lines:{n}: bad style")
    if r.get("english") not in {"us", "uk", "india", "learner", "other"}: problems.append(f"lines:{n}: bad english")
    ints = r.get("intents", [])
    if any(i not in VOCAB for i in ints): problems.append(f"lines:{n}: unknown intent {ints}")
    if ints != sorted(set(ints), key=VOCAB.index): problems.append(f"lines:{n}: intents not in table order / duplicated")
    if r.get("notEnglish") and (ints or r.get("english") != "other"): problems.append(f"lines:{n}: notEnglish line must have [] and english other")
if len(lines) != 400: problems.append(f"lines: {len(lines)} records, expected 400")
texts = collections.Counter(r["text"].strip().lower() for _, r in lines)
problems += [f"lines: duplicate text {t!r}" for t, c in texts.items() if c > 1]
ic = collections.Counter(i for _, r in lines for i in r["intents"])
for i in VOCAB:
    if ic[i] < 20: problems.append(f"lines: only {ic[i]} positives for {i}")

# ---- pairs
pairs = load("pairs.jsonl")
for n, p in pairs:
    if p.get("dimension") not in {"politeness", "brevity"}: problems.append(f"pairs:{n}: bad dimension")
    if p.get("reached") not in REACHED: problems.append(f"pairs:{n}: bad reached")
    for k in ("better", "worse", "why"):
        if not isinstance(p.get(k), str) or not p[k].strip(): problems.append(f"pairs:{n}: missing {k}")
    if p.get("better") == p.get("worse"): problems.append(f"pairs:{n}: identical lines")
    if p.get("dimension") == "brevity" and len(p["better"].split()) >= len(p["worse"].split()):
        problems.append(f"pairs:{n}: brevity pair where better is not shorter")
pc = collections.Counter(p["dimension"] for _, p in pairs)
if pc != {"politeness": 60, "brevity": 60}: problems.append(f"pairs: counts {dict(pc)}")

# ---- calls
calls = load("calls.jsonl")
DIMS = {"timing", "brevity", "politeness", "purpose", "composure"}
for n, c in calls:
    log = c.get("log")
    if not isinstance(c.get("name"), str): problems.append(f"calls:{n}: missing name")
    if not isinstance(log, dict) or not isinstance(log.get("attempts"), list) or not log["attempts"]:
        problems.append(f"calls:{n}: log.attempts missing"); continue
    for k in log:
        if k not in {"scenario", "attempts", "movedOn", "people"}: problems.append(f"calls:{n}: unknown log key {k}")
    if "movedOn" in log and not isinstance(log["movedOn"], bool): problems.append(f"calls:{n}: movedOn not boolean")
    for a_i, a in enumerate(log["attempts"]):
        if not isinstance(a.get("day"), int) or a["day"] < 0: problems.append(f"calls:{n}: attempt {a_i} bad day")
        t = a.get("time", "")
        if not re.fullmatch(r"([01]\d|2[0-3]):[0-5]\d", t): problems.append(f"calls:{n}: attempt {a_i} bad time {t}")
        if a.get("reached") not in REACHED | {"no_answer"}: problems.append(f"calls:{n}: attempt {a_i} bad reached")
        if not isinstance(a.get("turns"), list): problems.append(f"calls:{n}: attempt {a_i} turns not a list"); continue
        for t_i, t in enumerate(a["turns"]):
            if t.get("speaker") not in {"them", "me"} or not isinstance(t.get("text"), str):
                problems.append(f"calls:{n}: attempt {a_i} turn {t_i} bad speaker/text")
            if "seconds" in t and not isinstance(t["seconds"], (int, float)):
                problems.append(f"calls:{n}: attempt {a_i} turn {t_i} bad seconds")
            if "how" in t and t["how"] not in {"chosen", "typed", "spoken"}:
                problems.append(f"calls:{n}: attempt {a_i} turn {t_i} bad how")
            if "intents" in t: problems.append(f"calls:{n}: turns must not carry intents (grader must classify)")
    ex = c.get("expect", {})
    for kind in ("has", "hasNot"):
        for pat in ex.get(kind, []):
            for k, v in pat.items():
                if k == "dimension" and v not in DIMS: problems.append(f"calls:{n}: bad dimension {v}")
                elif k in ("attempt", "turn"):
                    if not isinstance(v, int): problems.append(f"calls:{n}: {k} not int")
                elif k == "tip": pass
                elif k != "dimension": problems.append(f"calls:{n}: unknown pattern key {k}")
            if "attempt" in pat and pat["attempt"] >= len(log["attempts"]): problems.append(f"calls:{n}: attempt out of range")
            if "turn" in pat:
                a = log["attempts"][pat["attempt"]]
                sp = [t["speaker"] for t in a["turns"]]
                # only used where 0-based index over all turns == 1-based index over caller turns
                if sp[pat["turn"]] != "me" or sp[:pat["turn"]].count("them") != 1:
                    problems.append(f"calls:{n}: turn pattern is ambiguous")
    ov = ex.get("overall", {})
    if set(ov) - {"min", "max"}: problems.append(f"calls:{n}: bad overall keys")
if len(calls) != 30: problems.append(f"calls: {len(calls)} records, expected 30")

# ---- report
def table(title, counter, order=None):
    keys = order or sorted(counter, key=lambda k: (-counter[k], k))
    print(f"\n| {title} | count |\n|---|---|")
    for k in keys: print(f"| {k} | {counter[k]} |")

print("## Counts (printed by validate.py)\n")
print(f"- lines.jsonl: {len(lines)} lines; pairs.jsonl: {len(pairs)} pairs "
      f"({pc['politeness']} politeness, {pc['brevity']} brevity); calls.jsonl: {len(calls)} calls")
R = [r for _, r in lines]
table("intent (positive lines)", ic, VOCAB)
print(f"\nLines with no intent (`[]`): {sum(1 for r in R if not r['intents'])}; "
      f"with 2+ intents: {sum(1 for r in R if len(r['intents']) >= 2)}; "
      f"insult: {sum(1 for r in R if r.get('insult'))}; offTopic: {sum(1 for r in R if r.get('offTopic'))}; "
      f"notEnglish: {sum(1 for r in R if r.get('notEnglish'))} "
      f"({', '.join(sorted(r['language'] for r in R if r.get('notEnglish')))})")
for f in ("style", "english", "variety", "tone", "reached"):
    table(f, collections.Counter(r[f] for r in R))
table("pairs by dimension × reached", collections.Counter(f"{p['dimension']} / {p['reached']}" for _, p in pairs))
ca = collections.Counter(a["reached"] for _, c in calls for a in c["log"]["attempts"])
print(f"\nCalls: {sum(len(c['log']['attempts']) for _, c in calls)} attempts "
      f"({', '.join(f'{k} {v}' for k, v in sorted(ca.items()))}); "
      f"calls with 2+ attempts: {sum(1 for _, c in calls if len(c['log']['attempts']) > 1)}; "
      f"days used: {sorted(set(a['day'] for _, c in calls for a in c['log']['attempts']))}; "
      f"calls with spoken turns: {sum(1 for _, c in calls if any(t.get('how') == 'spoken' for a in c['log']['attempts'] for t in a['turns']))}")
hd = collections.Counter(p.get("dimension", "(any)") for _, c in calls for p in c["expect"].get("has", []))
nd = collections.Counter(p.get("dimension", "(any)") for _, c in calls for p in c["expect"].get("hasNot", []))
print(f"Expectations: has {dict(sorted(hd.items()))}; hasNot {dict(sorted(nd.items()))}; "
      f"overall.min on {sum(1 for _, c in calls if 'min' in c['expect'].get('overall', {}))} calls, "
      f"overall.max on {sum(1 for _, c in calls if 'max' in c['expect'].get('overall', {}))} calls")
if problems:
    print("\nPROBLEMS:", *problems, sep="\n", file=sys.stderr); sys.exit(1)
print("\nAll three files are valid JSON Lines and pass the checks above.")
