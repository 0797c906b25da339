#!/usr/bin/env python3
"""Serialise the hand-written call logs in src_calls.py to calls.jsonl and check their shape
against the contract's --calls input (day, HH:MM time, reached, turns) and the expectation format."""
import json, re
from src_calls import CALLS

DIMS = {"timing", "brevity", "politeness", "purpose", "composure"}
REACHED = {"receptionist", "voicemail", "interviewer", "no_answer"}
out = []
for c in CALLS:
    log = {"scenario": c["name"], "people": c["people"], "attempts": []}
    for a in c["attempts"]:
        assert isinstance(a["day"], int) and a["day"] >= 0
        assert re.fullmatch(r"([01]\d|2[0-3]):[0-5]\d", a["time"]), a["time"]
        assert a["reached"] in REACHED
        turns = []
        for t in a["turns"]:
            if t[0] == "them":
                turns.append({"speaker": "them", "text": t[1]})
            else:
                sp, text, secs = t
                words = len(text.split())
                rate = words / secs
                assert 1.9 <= rate <= 3.3, (c["name"], text, words, secs, round(rate, 2))
                turns.append({"speaker": "me", "text": text, "seconds": secs})
        if a["reached"] == "no_answer":
            assert not turns
        else:
            assert any(t["speaker"] == "me" for t in turns), c["name"]
        log["attempts"].append({"day": a["day"], "time": a["time"], "reached": a["reached"], "turns": turns})
    if "movedOn" in c:
        log["movedOn"] = c["movedOn"]
    e = c["expect"]
    for p in e.get("has", []) + e.get("hasNot", []):
        assert p["dimension"] in DIMS
        if "attempt" in p:
            assert 0 <= p["attempt"] < len(log["attempts"])
            if "turn" in p:
                assert 0 <= p["turn"] < len(log["attempts"][p["attempt"]]["turns"])
    hasd = {p["dimension"] for p in e.get("has", [])}
    assert not hasd & {p["dimension"] for p in e.get("hasNot", [])}, c["name"]
    for d in e.get("scores", {}):
        assert d in DIMS
    out.append({"name": c["name"], "why": c["why"], "log": log, "expect": e})
names = [o["name"] for o in out]
assert len(set(names)) == len(names)
with open("calls.jsonl", "w", encoding="utf-8") as f:
    for o in out:
        f.write(json.dumps(o, ensure_ascii=False) + "\n")
good = sum(1 for o in out if not o["expect"]["has"])
print(len(out), "calls;", good, "expected to go well")
