#!/usr/bin/env python3
"""Checks lines.jsonl, pairs.jsonl and calls.jsonl in this folder and prints counts. Exit 1 on any problem."""
import json, os, re, sys, collections
HERE = os.path.dirname(os.path.abspath(__file__))
ORDER = ["greeting","identify","ask_for_person","ask_availability","leave_message","express_interest",
         "ask_status","ask_timeline","thanks","closing","recite_credentials","pressure"]
REACHED = {"receptionist","voicemail","interviewer"}
TONES = {"polite","neutral","rude"}
STYLES = {"typed","speech"}
ENGLISH = {"us","uk","in","au","ie","za","ng","learner","other"}
LINE_KEYS = {"text","reached","intents","tone","style","english"}
OPT_KEYS = {"insult","offTopic","language"}
DIMS = {"timing","brevity","politeness"}          # the three fixed by the contract
errors = []
def err(msg): errors.append(msg)

def read_jsonl(name):
    rows = []
    path = os.path.join(HERE, name)
    if not os.path.exists(path):
        err(f"{name}: missing"); return rows
    for n, raw in enumerate(open(path, encoding="utf-8"), 1):
        if not raw.strip():
            err(f"{name}:{n}: blank line"); continue
        try:
            obj = json.loads(raw)
        except json.JSONDecodeError as e:
            err(f"{name}:{n}: bad JSON: {e}"); continue
        if not isinstance(obj, dict):
            err(f"{name}:{n}: not an object"); continue
        rows.append((n, obj))
    return rows

# ---------- lines ----------
lines = read_jsonl("lines.jsonl")
seen = {}
for n, r in lines:
    where = f"lines.jsonl:{n}"
    keys = set(r)
    if not LINE_KEYS <= keys: err(f"{where}: missing {sorted(LINE_KEYS - keys)}")
    if keys - LINE_KEYS - OPT_KEYS: err(f"{where}: unknown fields {sorted(keys - LINE_KEYS - OPT_KEYS)}")
    t = r.get("text")
    if not isinstance(t, str) or not t.strip(): err(f"{where}: empty text"); t = ""
    key = re.sub(r"\s+", " ", t.strip().lower())
    if key in seen: err(f"{where}: duplicate text of line {seen[key]}")
    seen[key] = n
    if r.get("reached") not in REACHED: err(f"{where}: bad reached {r.get('reached')!r}")
    if r.get("tone") not in TONES: err(f"{where}: bad tone {r.get('tone')!r}")
    if r.get("style") not in STYLES: err(f"{where}: bad style {r.get('style')!r}")
    if r.get("english") not in ENGLISH: err(f"{where}: bad english {r.get('english')!r}")
    ints = r.get("intents")
    if not isinstance(ints, list): err(f"{where}: intents not a list"); ints = []
    bad = [i for i in ints if i not in ORDER]
    if bad: err(f"{where}: unknown intents {bad}")
    elif ints != sorted(set(ints), key=ORDER.index): err(f"{where}: intents not in table order or repeated: {ints}")
    for f in ("insult", "offTopic"):
        if f in r and r[f] is not True: err(f"{where}: {f} must be true when present")
    if r.get("insult") and "pressure" not in ints: err(f"{where}: insult without pressure (guide: insults are pressure)")
    if r.get("insult") and r.get("tone") != "rude": err(f"{where}: insult but tone not rude")
    if "language" in r:
        if not (isinstance(r["language"], str) and re.fullmatch(r"[a-z]{2,3}", r["language"])) or r["language"] == "en":
            err(f"{where}: bad language code {r['language']!r}")
        if ints: err(f"{where}: non-English line must have intents []")
    if "pressure" in ints and r.get("tone") == "polite": err(f"{where}: pressure line marked polite (guide: a polite word does not rescue a demand)")
    if r.get("style") == "speech" and t != t.lower(): err(f"{where}: speech line has capitals")

# ---------- pairs ----------
pairs = read_jsonl("pairs.jsonl")
pseen = set()
for n, p in pairs:
    where = f"pairs.jsonl:{n}"
    need = {"dimension","reached","better","worse","why"}
    if set(p) != need: err(f"{where}: fields must be exactly {sorted(need)}, got {sorted(p)}")
    if p.get("dimension") not in ("politeness","brevity"): err(f"{where}: bad dimension")
    if p.get("reached") not in REACHED: err(f"{where}: bad reached")
    for k in ("better","worse","why"):
        if not isinstance(p.get(k), str) or not p.get(k, "").strip(): err(f"{where}: empty {k}")
    if p.get("better") == p.get("worse"): err(f"{where}: better == worse")
    k = (p.get("better"), p.get("worse"))
    if k in pseen: err(f"{where}: duplicate pair")
    pseen.add(k)
    if p.get("dimension") == "brevity" and len(str(p.get("better")).split()) >= len(str(p.get("worse")).split()):
        err(f"{where}: brevity pair where better is not shorter")

# ---------- calls ----------
calls = read_jsonl("calls.jsonl")
HHMM = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")
names = set()
def check_pattern(where, pat, nattempts):
    if not isinstance(pat, dict) or not pat: err(f"{where}: pattern must be a non-empty object"); return
    extra = set(pat) - {"dimension", "attempt"}
    if extra: err(f"{where}: pattern uses fields the contract does not define for this purpose: {sorted(extra)}")
    if "dimension" not in pat: err(f"{where}: pattern needs a dimension")
    d = pat.get("dimension")
    ds = d if isinstance(d, list) else [d]
    if not ds or any(x not in DIMS for x in ds): err(f"{where}: bad dimension {d!r}")
    if "attempt" in pat and not (isinstance(pat["attempt"], int) and 0 <= pat["attempt"] < nattempts):
        err(f"{where}: attempt {pat['attempt']!r} out of range")
for n, c in calls:
    where = f"calls.jsonl:{n}"
    if set(c) != {"name","why","log","expect"}: err(f"{where}: fields must be name, why, log, expect; got {sorted(c)}")
    if not isinstance(c.get("name"), str) or c.get("name") in names: err(f"{where}: missing or duplicate name")
    names.add(c.get("name"))
    if not isinstance(c.get("why"), str) or not c["why"].strip(): err(f"{where}: empty why")
    log = c.get("log")
    if not isinstance(log, dict): err(f"{where}: log not an object"); continue
    if set(log) - {"scenario","attempts","movedOn","people"}: err(f"{where}: unknown log fields {sorted(set(log) - {'scenario','attempts','movedOn','people'})}")
    if "scenario" in log and not isinstance(log["scenario"], str): err(f"{where}: scenario not a string")
    if "movedOn" in log and not isinstance(log["movedOn"], bool): err(f"{where}: movedOn not boolean")
    if "people" in log:
        pe = log["people"]
        if not isinstance(pe, dict) or set(pe) - {"caller","interviewer","company"} or not all(isinstance(v, str) for v in pe.values()):
            err(f"{where}: bad people")
    atts = log.get("attempts")
    if not isinstance(atts, list) or not atts: err(f"{where}: attempts must be a non-empty list"); atts = []
    lastday = -1
    for ai, a in enumerate(atts):
        aw = f"{where} attempt {ai}"
        if not isinstance(a, dict): err(f"{aw}: not an object"); continue
        if set(a) - {"day","time","reached","turns"}: err(f"{aw}: unknown fields")
        if not (isinstance(a.get("day"), int) and not isinstance(a.get("day"), bool) and a["day"] >= 0): err(f"{aw}: day must be a whole number >= 0")
        elif a["day"] < lastday: err(f"{aw}: attempts out of day order")
        else: lastday = a["day"]
        if not (isinstance(a.get("time"), str) and HHMM.match(a["time"])): err(f"{aw}: time must be HH:MM 24-hour")
        if a.get("reached") not in REACHED | {"no_answer"}: err(f"{aw}: bad reached")
        turns = a.get("turns")
        if not isinstance(turns, list): err(f"{aw}: turns not a list"); continue
        if a.get("reached") == "no_answer" and turns: err(f"{aw}: no_answer attempt with turns")
        if a.get("reached") != "no_answer" and not any(isinstance(t, dict) and t.get("speaker") == "me" for t in turns):
            err(f"{aw}: no caller turn")
        for ti, t in enumerate(turns):
            tw = f"{aw} turn {ti}"
            if not isinstance(t, dict): err(f"{tw}: not an object"); continue
            if set(t) - {"speaker","text","seconds","how","choice","intents"}: err(f"{tw}: unknown fields")
            if t.get("speaker") not in ("me","them"): err(f"{tw}: bad speaker")
            if not isinstance(t.get("text"), str) or not t["text"].strip(): err(f"{tw}: empty text")
            if "seconds" in t and not (isinstance(t["seconds"], (int, float)) and t["seconds"] > 0): err(f"{tw}: bad seconds")
            if t.get("speaker") == "them" and set(t) & {"seconds","how","choice","intents"}: err(f"{tw}: caller-only fields on a 'them' turn")
            if "how" in t and t["how"] not in ("chosen","typed","spoken"): err(f"{tw}: bad how")
            if "choice" in t and (t.get("how") != "chosen" or not isinstance(t["choice"], str)): err(f"{tw}: choice only for chosen lines")
            if "intents" in t:
                ti_ = t["intents"]
                if not isinstance(ti_, list) or any(i not in ORDER for i in ti_): err(f"{tw}: bad intents")
                elif ti_ != sorted(set(ti_), key=ORDER.index): err(f"{tw}: intents not in vocabulary order")
    ex = c.get("expect")
    if not isinstance(ex, dict) or set(ex) - {"has","hasNot","overall"}: err(f"{where}: bad expect"); continue
    for k in ("has","hasNot"):
        v = ex.get(k, [])
        if not isinstance(v, list): err(f"{where}: expect.{k} not a list"); continue
        for pi, pat in enumerate(v): check_pattern(f"{where} expect.{k}[{pi}]", pat, len(atts))
    if not ex.get("has") and not ex.get("hasNot") and "overall" not in ex: err(f"{where}: expect is empty")
    if "overall" in ex:
        o = ex["overall"]
        if not isinstance(o, dict) or not o or set(o) - {"min","max"} or not all(isinstance(x, (int, float)) and 0 <= x <= 100 for x in o.values()):
            err(f"{where}: overall must be {{min, max}} within 0-100")
        elif o.get("min", 0) > o.get("max", 100): err(f"{where}: overall min > max")

# ---------- counts ----------
cnt = collections.Counter(i for _, r in lines for i in r.get("intents", []) if i in ORDER)
for i in ORDER:
    if cnt[i] < 20: err(f"lines: only {cnt[i]} positives for {i} (need 20)")
rc = collections.Counter(r.get("reached") for _, r in lines)
for x in REACHED:
    if rc[x] == 0: err(f"lines: no line reaching {x}")
dc = collections.Counter(p.get("dimension") for _, p in pairs)
if dc["politeness"] < 50 or dc["brevity"] < 50: err(f"pairs: need 50 politeness + 50 brevity, have {dict(dc)}")
if len(calls) < 24: err(f"calls: need 24, have {len(calls)}")

def show(title, counter, order=None):
    keys = order or sorted(counter, key=lambda k: (-counter[k], str(k)))
    print(f"  {title}: " + ", ".join(f"{k} {counter[k]}" for k in keys))
print(f"lines.jsonl: {len(lines)} lines")
show("intents", cnt, ORDER)
print(f"  no intent: {sum(1 for _, r in lines if not r.get('intents'))}")
show("reached", rc)
show("tone", collections.Counter(r.get("tone") for _, r in lines))
show("style", collections.Counter(r.get("style") for _, r in lines))
show("english", collections.Counter(r.get("english") for _, r in lines))
show("flags", collections.Counter(f for _, r in lines for f in ("insult","offTopic","language") if f in r))
show("languages", collections.Counter(r["language"] for _, r in lines if "language" in r))
print(f"pairs.jsonl: {len(pairs)} pairs")
show("dimension", dc)
show("reached", collections.Counter(p.get("reached") for _, p in pairs))
print(f"calls.jsonl: {len(calls)} calls")
show("attempts reached", collections.Counter(a.get("reached") for _, c in calls for a in c.get("log", {}).get("attempts", []) if isinstance(a, dict)))
show("expected findings (has)", collections.Counter("/".join(p["dimension"]) if isinstance(p.get("dimension"), list) else p.get("dimension") for _, c in calls for p in c.get("expect", {}).get("has", [])))
if errors:
    print(f"\n{len(errors)} problem(s):")
    for e in errors: print("  " + e)
    sys.exit(1)
print("\nOK")
