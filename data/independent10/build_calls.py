#!/usr/bin/env python3
"""Convert the hand-written src_calls.txt to calls.jsonl (format conversion and checks only).
Every turn, time, duration and expectation is written by hand in the source."""
import json, re, sys
DIMS = {"timing", "brevity", "politeness", "purpose", "composure"}
REACHED = {"receptionist", "voicemail", "interviewer", "no_answer"}
calls, cur, att, errors = [], None, None, 0

def err(msg):
    global errors
    print(msg, file=sys.stderr); errors += 1

def patterns(s):
    out = []
    for tok in s.split():
        d, _, a = tok.partition("@")
        if d not in DIMS: err(f"bad dimension {d}")
        p = {"dimension": d}
        if a: p["attempt"] = int(a)
        out.append(p)
    return out

def bounds(s):
    b = {}
    for kv in s.split():
        k, v = kv.split("=")
        assert k in ("min", "max"); b[k] = int(v)
    return b

for n, raw in enumerate(open("src_calls.txt", encoding="utf-8"), 1):
    line = raw.rstrip("\n")
    if not line.strip() or line.startswith("#"):
        continue
    if line.startswith("=== "):
        cur = {"name": line[4:].strip(), "why": "", "log": {"scenario": line[4:].strip(), "attempts": []},
               "expect": {"has": [], "hasNot": []}}
        calls.append(cur); att = None; continue
    if line.startswith("@ "):
        _, day, time, reached = line.split()
        if not re.fullmatch(r"([01]\d|2[0-3]):[0-5]\d", time): err(f"{n}: bad time {time}")
        if reached not in REACHED: err(f"{n}: bad reached {reached}")
        att = {"day": int(day), "time": time, "reached": reached, "turns": []}
        cur["log"]["attempts"].append(att); continue
    key, _, val = line.partition(":")
    val = val.strip()
    if key == "why": cur["why"] = val
    elif key == "people":
        c, i, co = [x.strip() for x in val.split(";")]
        cur["log"]["people"] = {"caller": c, "interviewer": i, "company": co}
    elif key == "movedOn": cur["log"]["movedOn"] = (val == "true")
    elif key == "has": cur["expect"]["has"] = patterns(val)
    elif key == "hasNot": cur["expect"]["hasNot"] = patterns(val)
    elif key == "overall": cur["expect"]["overall"] = bounds(val)
    elif key == "scores":
        sc = {}
        for part in val.split(";"):
            d, _, b = part.strip().partition(":")
            if d not in DIMS: err(f"{n}: bad score dim {d}")
            sc[d] = bounds(b.replace(",", " "))
        cur["expect"]["scores"] = sc
    elif key == "them":
        att["turns"].append({"speaker": "them", "text": val})
    elif key.startswith("me "):
        bits = key.split()
        secs = float(bits[1])
        turn = {"speaker": "me", "text": val, "seconds": secs}
        if len(bits) > 2: turn["how"] = bits[2]
        words = len(val.split())
        rate = words / secs
        if not 1.6 <= rate <= 3.4: err(f"{n}: {words} words in {secs}s = {rate:.1f} w/s")
        att["turns"].append(turn)
    else:
        err(f"{n}: unknown key {key!r}")

for c in calls:
    if not c["why"]: err(f"{c['name']}: no why")
    if "people" not in c["log"]: err(f"{c['name']}: no people")
    days = [a["day"] for a in c["log"]["attempts"]]
    if days != sorted(days): err(f"{c['name']}: attempts out of order")
    hasd = {p["dimension"] for p in c["expect"]["has"]}
    if hasd & {p["dimension"] for p in c["expect"]["hasNot"]}: err(f"{c['name']}: has and hasNot overlap")
    for p in c["expect"]["has"] + c["expect"]["hasNot"]:
        if "attempt" in p and p["attempt"] >= len(c["log"]["attempts"]): err(f"{c['name']}: attempt index out of range")
    for a in c["log"]["attempts"]:
        if a["reached"] == "no_answer" and a["turns"]: err(f"{c['name']}: turns on no_answer")
        if a["reached"] != "no_answer" and not any(t["speaker"] == "me" for t in a["turns"]): err(f"{c['name']}: no caller turn")
names = [c["name"] for c in calls]
if len(set(names)) != len(names): err("duplicate names")
with open("calls.jsonl", "w", encoding="utf-8") as f:
    for c in calls:
        f.write(json.dumps(c, ensure_ascii=False) + "\n")
good = sum(1 for c in calls if not c["expect"]["has"])
print(len(calls), "calls;", good, "with no expected fault;",
      sum(len(a["turns"]) for c in calls for a in c["log"]["attempts"] if True), "turns")
sys.exit(1 if errors else 0)
