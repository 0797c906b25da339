#!/usr/bin/env python3
"""Expands the hand-written sources in src/lines-*.txt into ../lines.jsonl.

Each source line is   reached|tone|style|english|intent codes|flags|text
and is written by hand; this script only expands the short codes into JSON
(and puts intents into the labelling guide's table order). It adds nothing.
"""
import json, glob, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ORDER = ["greeting", "identify", "ask_for_person", "ask_availability", "leave_message",
         "express_interest", "ask_status", "ask_timeline", "thanks", "closing",
         "recite_credentials", "pressure"]
CODES = dict(zip("gr id ap av lm ei st tl th cl rc pr".split(), ORDER))
REACHED = {"R": "receptionist", "V": "voicemail", "I": "interviewer"}
TONE = {"p": "polite", "n": "neutral", "r": "rude"}
STYLE = {"t": "typed", "s": "speech"}

out = []
for path in sorted(glob.glob(os.path.join(HERE, "lines-*.txt"))):
    group = os.path.basename(path)[len("lines-"):-len(".txt")].split("-", 1)[1]
    for n, raw in enumerate(open(path, encoding="utf-8"), 1):
        raw = raw.rstrip("\n")
        if not raw.strip() or raw.startswith("#"):
            continue
        parts = raw.split("|", 6)
        if len(parts) != 7:
            sys.exit(f"{path}:{n}: expected 7 fields")
        r, t, s, eng, codes, flags, text = [p.strip() for p in parts]
        intents = set()
        for c in codes.split():
            if c not in CODES:
                sys.exit(f"{path}:{n}: unknown intent code {c}")
            intents.add(CODES[c])
        rec = {"text": text, "reached": REACHED[r],
               "intents": [i for i in ORDER if i in intents],
               "tone": TONE[t], "style": STYLE[s], "english": eng}
        for f in [f.strip() for f in flags.split(",") if f.strip()]:
            if f == "ins":
                rec["insult"] = True
            elif f == "off":
                rec["offTopic"] = True
            elif f.startswith("lang="):
                rec["language"] = f[5:]
                rec["notEnglish"] = True
            elif f.startswith("acc="):
                rec["accent"] = f[4:]
            else:
                sys.exit(f"{path}:{n}: unknown flag {f}")
        rec["group"] = group
        out.append(rec)

with open(os.path.join(HERE, "..", "lines.jsonl"), "w", encoding="utf-8") as fh:
    for rec in out:
        fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
print(f"wrote {len(out)} lines")


# ---- pairs: src/pairs-<dimension>.txt, lines "R || better || worse || why" ----
pairs = []
for path in sorted(glob.glob(os.path.join(HERE, "pairs-*.txt"))):
    dim = os.path.basename(path)[len("pairs-"):-len(".txt")]
    for n, raw in enumerate(open(path, encoding="utf-8"), 1):
        raw = raw.strip()
        if not raw or raw.startswith("#"):
            continue
        parts = [p.strip() for p in raw.split("||")]
        if len(parts) != 4:
            sys.exit(f"{path}:{n}: expected 4 fields")
        r, better, worse, why = parts
        pairs.append({"dimension": dim, "reached": REACHED[r], "better": better,
                      "worse": worse, "why": why})
with open(os.path.join(HERE, "..", "pairs.jsonl"), "w", encoding="utf-8") as fh:
    for p in pairs:
        fh.write(json.dumps(p, ensure_ascii=False) + "\n")
print(f"wrote {len(pairs)} pairs")


# ---- calls: src/calls.txt (format described at its top) ----
def finding(spec):
    spec = spec.strip()
    d, _, a = spec.partition("@")
    f = {}
    if d:
        dims = d.split("|")
        f["dimension"] = dims[0] if len(dims) == 1 else dims
    if a:
        f["attempt"] = int(a)
    return f

calls, cur, att = [], None, None
for n, raw in enumerate(open(os.path.join(HERE, "calls.txt"), encoding="utf-8"), 1):
    raw = raw.rstrip("\n")
    if not raw.strip() or raw.startswith("#"):
        continue
    if raw.startswith("== "):
        cur = {"name": raw[3:].strip(), "why": "", "log": {"attempts": []}, "expect": {}}
        calls.append(cur)
        continue
    key, _, val = raw.partition(":")
    if raw.startswith("A "):
        kv = dict(x.split("=") for x in raw[2:].split())
        att = {"day": int(kv["day"]), "time": kv["time"], "reached": kv["reached"], "turns": []}
        cur["log"]["attempts"].append(att)
    elif raw.strip() == "movedOn":
        cur["log"]["movedOn"] = True
    elif key == "why":
        cur["why"] = val.strip()
    elif key in ("has", "hasNot"):
        cur["expect"][key] = [finding(s) for s in val.split(",") if s.strip()]
    elif key == "overall":
        cur["expect"]["overall"] = {k: int(v) for k, v in (x.split("=") for x in val.split())}
    elif key == "people":
        c, i, co = [x.strip() for x in val.split("/")]
        cur["log"]["people"] = {"caller": c, "interviewer": i, "company": co}
    elif key == "them":
        att["turns"].append({"speaker": "them", "text": val.strip()})
    elif key.startswith("me"):
        turn = {"speaker": "me", "text": val.strip()}
        opts = key[3:-1].split(",") if key.startswith("me[") else []
        for o in opts:
            o = o.strip()
            if o.replace(".", "").isdigit():
                turn["seconds"] = float(o) if "." in o else int(o)
            elif o in ("chosen", "typed", "spoken"):
                turn["how"] = o
            elif o:
                turn["intents"] = [i for i in ORDER if i in o.split("+")]
                if set(o.split("+")) - set(ORDER):
                    sys.exit(f"calls.txt:{n}: unknown intent in {o}")
        if turn.get("how") == "chosen":
            k = sum(1 for a in cur["log"]["attempts"] for t in a["turns"] if t["speaker"] == "me")
            turn["choice"] = f"{cur['name']}.{k + 1}"
        att["turns"].append(turn)
    else:
        sys.exit(f"calls.txt:{n}: cannot read line")
with open(os.path.join(HERE, "..", "calls.jsonl"), "w", encoding="utf-8") as fh:
    for c in calls:
        fh.write(json.dumps(c, ensure_ascii=False) + "\n")
print(f"wrote {len(calls)} calls")
