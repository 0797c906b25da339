#!/usr/bin/env python3
"""Print the counts quoted in HOW-WRITTEN.md (markdown tables)."""
import json, collections
C = collections.Counter
L = [json.loads(l) for l in open("lines.jsonl", encoding="utf-8")]
P = [json.loads(l) for l in open("pairs.jsonl", encoding="utf-8")]
K = [json.loads(l) for l in open("calls.jsonl", encoding="utf-8")]
def table(title, counter, order=None):
    print(f"\n| {title} | lines |\n|---|---|")
    for k in (order or sorted(counter, key=lambda k: -counter[k])):
        print(f"| {k} | {counter[k]} |")
print(f"lines: {len(L)}, pairs: {len(P)}, calls: {len(K)}")
table("reached", C(r["reached"] for r in L), ["receptionist", "voicemail", "interviewer"])
table("tone", C(r["tone"] for r in L), ["polite", "neutral", "rude"])
table("style", C(r["style"] for r in L), ["typed", "speech"])
table("english", C(r["english"] for r in L), ["us", "uk", "in", "au", "ie", "za", "ng", "learner", "other"])
ORDER = ["greeting", "identify", "ask_for_person", "ask_availability", "leave_message", "express_interest",
         "ask_status", "ask_timeline", "thanks", "closing", "recite_credentials", "pressure"]
table("intent", C(i for r in L for i in r["intents"]), ORDER)
table("intents on a line", C(len(r["intents"]) for r in L), sorted(set(len(r["intents"]) for r in L)))
print(f"\ninsult: {sum(1 for r in L if r.get('insult'))}, offTopic: {sum(1 for r in L if r.get('offTopic'))}, "
      f"not English: {sum(1 for r in L if r.get('language'))} ({', '.join(sorted(r['language'] for r in L if r.get('language')))})")
print("\n| reached | typed | speech |\n|---|---|---|")
for rch in ["receptionist", "voicemail", "interviewer"]:
    c = C(r["style"] for r in L if r["reached"] == rch)
    print(f"| {rch} | {c['typed']} | {c['speech']} |")
print("\n| pairs | receptionist | voicemail | interviewer |\n|---|---|---|---|")
for d in ["politeness", "brevity"]:
    c = C(p["reached"] for p in P if p["dimension"] == d)
    print(f"| {d} | {c['receptionist']} | {c['voicemail']} | {c['interviewer']} |")
print("\n| call | has | hasNot |\n|---|---|---|")
for k in K:
    h = ", ".join(p["dimension"] + (f"@{p['attempt']}" if "attempt" in p else "") + (f".{p['turn']}" if "turn" in p else "") for p in k["expect"]["has"]) or "—"
    hn = ", ".join(p["dimension"] for p in k["expect"]["hasNot"])
    print(f"| {k['name']} | {h} | {hn} |")
