"""Check that no sentence (4+ words) of a caller line is reused across lines, pairs and calls."""
import json,re
def sents(t): return [x.strip().lower() for x in re.split(r'[.!?]+',t) if len(x.split())>=4]
src={}
def add(t,f):
    for s in sents(t): src.setdefault(s,set()).add(f)
for l in open('lines.jsonl'): add(json.loads(l)['text'],'lines')
for l in open('pairs.jsonl'):
    p=json.loads(l); add(p['better'],'pairs'); add(p['worse'],'pairs')
for l in open('calls.jsonl'):
    for a in json.loads(l)['log']['attempts']:
        for t in a['turns']:
            if t['speaker']=='me': add(t['text'],'calls')
bad=[(s,f) for s,f in src.items() if len(f)>1]
for b in bad: print('CROSS',b)
print('cross-file sentence reuse:',len(bad))
