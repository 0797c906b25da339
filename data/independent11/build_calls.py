#!/usr/bin/env python3
"""Convert the hand-written src/calls.txt to calls.jsonl and check shapes:
days/times in the contract's format, a plausible speaking rate for each caller turn,
expectation patterns that name known dimensions and existing attempts."""
import json, re, sys, collections, pathlib
HERE = pathlib.Path(__file__).parent
DIMS = {"timing", "brevity", "politeness", "purpose", "composure"}
REACHED = {"receptionist", "voicemail", "interviewer", "no_answer"}
calls, cur, err = [], None, 0
def fail(msg):
    global err; err += 1; print(msg, file=sys.stderr)
def pats(s):
    out = []
    for p in filter(None, (x.strip() for x in s.split(","))):
        d, _, a = p.partition("@")
        if d not in DIMS: fail(f"bad dimension {d}")
        out.append({"dimension": d, **({"attempt": int(a)} if a else {})})
    return out
def bound(s):
    m = re.fullmatch(r"(min|max)(\d+)", s.strip())
    if not m: fail(f"bad bound {s}"); return {}
    return {m.group(1): int(m.group(2))}
for n, raw in enumerate((HERE/"src"/"calls.txt").read_text(encoding="utf-8").splitlines(), 1):
    line = raw.strip()
    if not line or line.startswith("#"): continue
    if line.startswith("== "):
        cur = {"name": line[3:].strip(), "why": "", "log": {"scenario": line[3:].strip(), "attempts": []},
               "expect": {"has": [], "hasNot": []}}
        calls.append(cur); continue
    if line.startswith("why:"): cur["why"] = line[4:].strip(); continue
    if line.startswith("people:"):
        c, i, co = [x.strip() for x in line[7:].split("|")]
        cur["log"]["people"] = {"caller": c, "interviewer": i, "company": co}; continue
    if line.startswith("moved:"): cur["log"]["movedOn"] = line[6:].strip() == "true"; continue
    if line.startswith("expect:"):
        for part in line[7:].split(";"):
            k, _, v = part.strip().partition("=")
            if k in ("has", "hasNot"): cur["expect"][k] = pats(v)
            elif k == "overall": cur["expect"]["overall"] = {}; [cur["expect"]["overall"].update(bound(b)) for b in v.split(",")]
            elif k == "scores":
                sc = cur["expect"].setdefault("scores", {})
                for item in v.split(","):
                    d, b = item.split(":")
                    if d not in DIMS: fail(f"bad score dim {d}")
                    sc.setdefault(d, {}).update(bound(b))
            else: fail(f"{n}: bad expect key {k}")
        continue
    if line.startswith("@ "):
        day, time, reached = line[2:].split()
        if not re.fullmatch(r"([01]\d|2[0-3]):[0-5]\d", time): fail(f"{n}: bad time")
        if reached not in REACHED: fail(f"{n}: bad reached")
        cur["log"]["attempts"].append({"day": int(day), "time": time, "reached": reached, "turns": []}); continue
    if line.startswith("them:"):
        cur["log"]["attempts"][-1]["turns"].append({"speaker": "them", "text": line[5:].strip()}); continue
    m = re.match(r"me (\d+(?:\.\d+)?):\s*(.*)", line)
    if m:
        secs = float(m.group(1)); secs = int(secs) if secs.is_integer() else secs
        text = m.group(2).strip()
        words = len(text.split())
        rate = words / secs
        if not (1.5 <= rate <= 3.3 or (words <= 3 and secs <= 2)): fail(f"{n}: implausible rate {rate:.2f} w/s ({words} words in {secs}s)")
        cur["log"]["attempts"][-1]["turns"].append({"speaker": "me", "text": text, "seconds": secs}); continue
    fail(f"{n}: unparsed line: {line}")
for c in calls:
    atts = c["log"]["attempts"]
    days = [a["day"] for a in atts]
    if days != sorted(days): fail(f"{c['name']}: days out of order")
    for a in atts:
        if a["reached"] == "no_answer" and a["turns"]: fail(f"{c['name']}: no_answer with turns")
        if a["reached"] != "no_answer" and not any(t["speaker"] == "me" for t in a["turns"]): fail(f"{c['name']}: attempt without caller turn")
    for p in c["expect"]["has"] + c["expect"]["hasNot"]:
        if "attempt" in p and p["attempt"] >= len(atts): fail(f"{c['name']}: pattern attempt out of range")
    has = {(p["dimension"], p.get("attempt")) for p in c["expect"]["has"]}
    for p in c["expect"]["hasNot"]:
        if (p["dimension"], p.get("attempt")) in has or (p["dimension"], None) in has and "attempt" not in p:
            fail(f"{c['name']}: contradictory has/hasNot {p}")
    if not c["why"] or "people" not in c["log"]: fail(f"{c['name']}: missing why/people")
names = collections.Counter(c["name"] for c in calls)
for k, v in names.items():
    if v > 1: fail(f"duplicate name {k}")
with open(HERE/"calls.jsonl", "w", encoding="utf-8") as fh:
    for c in calls: fh.write(json.dumps(c, ensure_ascii=False) + "\n")
good = [c for c in calls if not c["expect"]["has"]]
print("calls", len(calls), "good (no has)", len(good),
      "multi-attempt", sum(1 for c in calls if len(c["log"]["attempts"]) > 1),
      "caller turns", sum(1 for c in calls for a in c["log"]["attempts"] for t in a["turns"] if t["speaker"] == "me"))
print("has dims", dict(collections.Counter(p["dimension"] for c in calls for p in c["expect"]["has"])))
print("reached", dict(collections.Counter(a["reached"] for c in calls for a in c["log"]["attempts"])))
sys.exit(1 if err else 0)
