#!/usr/bin/env python3
"""Checks the held-out set in this folder: lines.jsonl, pairs.jsonl, calls.jsonl.

Rules come from the labelling guide (LABELLING.md) and the grader contract
(grader-contract.md). Prints counts; exits 1 with a list of problems if any check fails.
"""
import json, os, re, sys, collections

HERE = os.path.dirname(os.path.abspath(__file__))
ORDER = ["greeting", "identify", "ask_for_person", "ask_availability", "leave_message",
         "express_interest", "ask_status", "ask_timeline", "thanks", "closing",
         "recite_credentials", "pressure"]
REACHED = {"receptionist", "voicemail", "interviewer"}
ATTEMPT_REACHED = REACHED | {"no_answer"}
TONES = {"polite", "neutral", "rude"}
STYLES = {"typed", "speech"}
ENGLISH = {"us", "uk", "in", "au", "ie", "za", "ng", "learner", "other"}
LINE_REQUIRED = ["text", "reached", "intents", "tone", "style", "english"]
LINE_OPTIONAL = {"insult", "offTopic", "language", "notEnglish", "accent", "group"}
DIMENSIONS = {"timing", "brevity", "politeness", "purpose"}  # three required + the contract's example
HOW = {"chosen", "typed", "spoken"}
problems = []


def bad(where, msg):
    problems.append(f"{where}: {msg}")


def read_jsonl(name):
    path = os.path.join(HERE, name)
    out = []
    if not os.path.exists(path):
        bad(name, "missing")
        return out
    with open(path, encoding="utf-8") as fh:
        for n, raw in enumerate(fh, 1):
            if not raw.strip():
                bad(f"{name}:{n}", "blank line")
                continue
            try:
                obj = json.loads(raw)
            except json.JSONDecodeError as e:
                bad(f"{name}:{n}", f"not JSON ({e})")
                continue
            if not isinstance(obj, dict):
                bad(f"{name}:{n}", "not a JSON object")
                continue
            out.append((n, obj))
    return out


# ---------------- lines ----------------
lines = read_jsonl("lines.jsonl")
seen = {}
pos = collections.Counter()
reached_c, style_c, eng_c, tone_c, lang_c = (collections.Counter() for _ in range(5))
flag_c = collections.Counter()
for n, r in lines:
    w = f"lines.jsonl:{n}"
    for k in LINE_REQUIRED:
        if k not in r:
            bad(w, f"missing field {k}")
    extra = set(r) - set(LINE_REQUIRED) - LINE_OPTIONAL
    if extra:
        bad(w, f"unknown fields {sorted(extra)}")
    t = r.get("text")
    if not isinstance(t, str) or not t.strip() or t != t.strip():
        bad(w, "text must be a non-empty string without outer spaces")
    else:
        key = re.sub(r"\s+", " ", t.lower())
        if key in seen:
            bad(w, f"duplicate text (also line {seen[key]})")
        seen[key] = n
    if r.get("reached") not in REACHED:
        bad(w, f"bad reached {r.get('reached')!r}")
    if r.get("tone") not in TONES:
        bad(w, f"bad tone {r.get('tone')!r}")
    if r.get("style") not in STYLES:
        bad(w, f"bad style {r.get('style')!r}")
    if r.get("english") not in ENGLISH:
        bad(w, f"bad english {r.get('english')!r}")
    ints = r.get("intents")
    if not isinstance(ints, list) or any(i not in ORDER for i in ints):
        bad(w, f"bad intents {ints!r}")
        ints = []
    elif ints != sorted(set(ints), key=ORDER.index):
        bad(w, "intents not in the guide's table order (or repeated)")
    for f in ("insult", "offTopic", "notEnglish"):
        if f in r and r[f] is not True:
            bad(w, f"{f} should be true when present")
        if r.get(f):
            flag_c[f] += 1
    if "language" in r:
        if not (isinstance(r["language"], str) and re.fullmatch(r"[a-z]{2,3}", r["language"])):
            bad(w, "language must be a language code")
        if ints:
            bad(w, "a line not in English must have intents []")
        if not r.get("notEnglish"):
            bad(w, "language given without notEnglish")
        lang_c[r["language"]] += 1
    elif r.get("notEnglish"):
        bad(w, "notEnglish without language")
    # the guide's decisions that can be checked mechanically
    if "pressure" in ints and r.get("tone") == "polite":
        bad(w, "a polite word does not rescue a demand: pressure lines are not polite")
    if r.get("insult") and r.get("tone") != "rude":
        bad(w, "an insult should be heard as rude")
    if r.get("style") == "speech" and r.get("text") and "language" not in r and re.search(r"[A-Z]", r["text"]):
        bad(w, "speech-style text should be lower case")
    for i in ints:
        pos[i] += 1
    reached_c[r.get("reached")] += 1
    style_c[r.get("style")] += 1
    eng_c[r.get("english")] += 1
    tone_c[r.get("tone")] += 1

if len(lines) != 400:
    bad("lines.jsonl", f"expected 400 lines, found {len(lines)}")
for i in ORDER:
    if pos[i] < 20:
        bad("lines.jsonl", f"intent {i} has only {pos[i]} positives (need 20)")
for rch in REACHED:
    if reached_c[rch] == 0:
        bad("lines.jsonl", f"no lines reaching {rch}")

# ---------------- pairs ----------------
pairs = read_jsonl("pairs.jsonl")
dim_c = collections.Counter()
pair_seen = set()
for n, p in pairs:
    w = f"pairs.jsonl:{n}"
    for k in ("dimension", "reached", "better", "worse", "why"):
        if k not in p:
            bad(w, f"missing field {k}")
    if set(p) - {"dimension", "reached", "better", "worse", "why"}:
        bad(w, "unknown fields")
    if p.get("dimension") not in ("politeness", "brevity"):
        bad(w, f"bad dimension {p.get('dimension')!r}")
    if p.get("reached") not in REACHED:
        bad(w, f"bad reached {p.get('reached')!r}")
    for k in ("better", "worse", "why"):
        if not isinstance(p.get(k), str) or not p.get(k, "").strip():
            bad(w, f"{k} must be a non-empty string")
    if p.get("better") == p.get("worse"):
        bad(w, "better and worse are the same")
    key = (p.get("dimension"), p.get("better"), p.get("worse"))
    if key in pair_seen:
        bad(w, "duplicate pair")
    pair_seen.add(key)
    if p.get("dimension") == "brevity" and isinstance(p.get("better"), str) and isinstance(p.get("worse"), str):
        if len(p["better"].split()) >= len(p["worse"].split()):
            bad(w, "brevity pair: the better line should be the shorter one")
    dim_c[p.get("dimension")] += 1
if dim_c["politeness"] != 60 or dim_c["brevity"] != 60:
    bad("pairs.jsonl", f"expected 60 politeness + 60 brevity, found {dict(dim_c)}")

# ---------------- calls ----------------
calls = read_jsonl("calls.jsonl")
names = set()
TIME = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")
exp_c = collections.Counter()


def check_finding(w, f, n_attempts):
    if not isinstance(f, dict) or not f or set(f) - {"dimension", "attempt", "turn"}:
        bad(w, f"finding pattern must use only dimension/attempt/turn: {f!r}")
        return
    if "dimension" in f:
        d = f["dimension"]
        ds = d if isinstance(d, list) else [d]
        if not ds or any(x not in DIMENSIONS for x in ds):
            bad(w, f"unknown dimension {d!r}")
    if "attempt" in f and not (isinstance(f["attempt"], int) and 0 <= f["attempt"] < n_attempts):
        bad(w, f"attempt {f.get('attempt')!r} out of range")


for n, c in calls:
    w = f"calls.jsonl:{n}"
    if set(c) - {"name", "why", "log", "expect"}:
        bad(w, "unknown top-level fields")
    nm = c.get("name")
    if not isinstance(nm, str) or not nm:
        bad(w, "missing name")
    elif nm in names:
        bad(w, f"duplicate name {nm}")
    names.add(nm)
    log = c.get("log")
    if not isinstance(log, dict):
        bad(w, "log must be an object")
        continue
    if set(log) - {"scenario", "attempts", "movedOn", "people"}:
        bad(w, f"log has fields the contract does not define: {sorted(set(log) - {'scenario', 'attempts', 'movedOn', 'people'})}")
    if "movedOn" in log and not isinstance(log["movedOn"], bool):
        bad(w, "movedOn must be boolean")
    if "people" in log:
        pe = log["people"]
        if not isinstance(pe, dict) or set(pe) - {"caller", "interviewer", "company"} or \
                any(not isinstance(v, str) for v in pe.values()):
            bad(w, "people must have string caller/interviewer/company")
    atts = log.get("attempts")
    if not isinstance(atts, list) or not atts:
        bad(w, "attempts must be a non-empty list")
        atts = []
    prev_day = -1
    for ai, a in enumerate(atts):
        wa = f"{w} attempt {ai}"
        if set(a) - {"day", "time", "reached", "turns"}:
            bad(wa, "unknown attempt fields")
        if not isinstance(a.get("day"), int) or a["day"] < 0:
            bad(wa, "day must be a whole number >= 0")
        elif a["day"] < prev_day:
            bad(wa, "attempts out of day order")
        else:
            prev_day = a["day"]
        if not isinstance(a.get("time"), str) or not TIME.match(a["time"]):
            bad(wa, "time must be HH:MM, 24-hour")
        if a.get("reached") not in ATTEMPT_REACHED:
            bad(wa, f"bad reached {a.get('reached')!r}")
        turns = a.get("turns", [])
        if not isinstance(turns, list):
            bad(wa, "turns must be a list")
            continue
        if a.get("reached") == "no_answer" and turns:
            bad(wa, "no_answer attempt should have no turns")
        for ti, t in enumerate(turns):
            wt = f"{wa} turn {ti}"
            if t.get("speaker") not in ("me", "them"):
                bad(wt, "speaker must be me or them")
            if not isinstance(t.get("text"), str) or not t["text"].strip():
                bad(wt, "text must be a non-empty string")
            allowed = {"speaker", "text"} | ({"seconds", "how", "choice", "intents"} if t.get("speaker") == "me" else set())
            if set(t) - allowed:
                bad(wt, f"unknown turn fields {sorted(set(t) - allowed)}")
            if "seconds" in t and not (isinstance(t["seconds"], (int, float)) and t["seconds"] > 0):
                bad(wt, "seconds must be a positive number")
            if "how" in t and t["how"] not in HOW:
                bad(wt, "bad how")
            if "choice" in t and t.get("how") != "chosen":
                bad(wt, "choice only for chosen lines")
            if "intents" in t:
                ti_ = t["intents"]
                if not isinstance(ti_, list) or any(i not in ORDER for i in ti_) or \
                        ti_ != sorted(set(ti_), key=ORDER.index):
                    bad(wt, "intents must be vocabulary words in table order")
    exp = c.get("expect")
    if not isinstance(exp, dict) or not exp or set(exp) - {"has", "hasNot", "overall"}:
        bad(w, "expect must have only has / hasNot / overall")
        continue
    for k in ("has", "hasNot"):
        if k in exp:
            if not isinstance(exp[k], list) or not exp[k]:
                bad(w, f"{k} must be a non-empty list")
                continue
            for f in exp[k]:
                check_finding(w, f, len(atts))
            exp_c[k] += len(exp[k])
    if "overall" in exp:
        o = exp["overall"]
        if not isinstance(o, dict) or not o or set(o) - {"min", "max"} or \
                any(not isinstance(v, int) or not 0 <= v <= 100 for v in o.values()) or \
                o.get("min", 0) > o.get("max", 100):
            bad(w, "overall must be {min, max} within 0-100")
        exp_c["overall"] += 1
    # contradiction: the same exact pattern both expected and not expected
    hs = [json.dumps(f, sort_keys=True) for f in exp.get("has", [])]
    hn = [json.dumps(f, sort_keys=True) for f in exp.get("hasNot", [])]
    if set(hs) & set(hn):
        bad(w, "same finding in has and hasNot")
if len(calls) != 30:
    bad("calls.jsonl", f"expected 30 calls, found {len(calls)}")

# ---------------- report ----------------
print(f"lines: {len(lines)}")
print("  positives per intent: " + ", ".join(f"{i} {pos[i]}" for i in ORDER))
print(f"  no intent: {sum(1 for _, r in lines if not r.get('intents'))}")
print("  reached: " + ", ".join(f"{k} {v}" for k, v in reached_c.most_common()))
print("  style: " + ", ".join(f"{k} {v}" for k, v in style_c.most_common()))
print("  tone: " + ", ".join(f"{k} {v}" for k, v in tone_c.most_common()))
print("  english: " + ", ".join(f"{k} {v}" for k, v in eng_c.most_common()))
print("  flags: " + ", ".join(f"{k} {v}" for k, v in flag_c.most_common()))
print("  languages: " + ", ".join(f"{k} {v}" for k, v in sorted(lang_c.items())))
print(f"pairs: {len(pairs)} ({', '.join(f'{k} {v}' for k, v in sorted(dim_c.items()))})")
print(f"calls: {len(calls)} (has patterns {exp_c['has']}, hasNot patterns {exp_c['hasNot']}, overall bands {exp_c['overall']})")
if problems:
    print(f"\n{len(problems)} problem(s):")
    for p in problems:
        print("  " + p)
    sys.exit(1)
print("OK")
