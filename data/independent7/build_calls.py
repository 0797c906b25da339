#!/usr/bin/env python3
"""Check the hand-written CALLS (src_calls.py) against the contract's --calls shape and write calls.jsonl."""
import json, re
from src_calls import CALLS
REACHED={'receptionist','voicemail','interviewer','no_answer'}
DIMS={'timing','brevity','politeness'}
bad=0
def err(*a):
    global bad; bad+=1; print(*a)
lines={json.loads(l)['text'].lower() for l in open('lines.jsonl',encoding='utf-8')}
for l in open('pairs.jsonl',encoding='utf-8'):
    p=json.loads(l); lines.add(p['better'].lower()); lines.add(p['worse'].lower())
seen=set(); names=set()
for c in CALLS:
    n=c['name']
    if n in names: err(n,'dup name')
    names.add(n)
    if set(c)!={'name','why','log','expect'}: err(n,'keys',set(c))
    log=c['log']; at=log['attempts']
    for i,a in enumerate(at):
        if not isinstance(a['day'],int) or a['day']<0: err(n,i,'day')
        if not re.fullmatch(r'([01]\d|2[0-3]):[0-5]\d',a['time']): err(n,i,'time')
        if a['reached'] not in REACHED: err(n,i,'reached')
        for j,tu in enumerate(a['turns']):
            if tu['speaker'] not in ('me','them'): err(n,i,j,'speaker')
            if tu['speaker']=='me':
                k=tu['text'].lower()
                if k in lines: err(n,i,j,'text reused from lines/pairs')
                if k in seen: err(n,i,j,'text reused within calls')
                seen.add(k)
    e=c['expect']
    for key in ('has','hasNot'):
        for p in e[key]:
            if set(p)-{'tip','dimension','attempt','turn'}: err(n,'pattern keys',p)
            d=p.get('dimension')
            for x in ([d] if isinstance(d,str) else d or []):
                if x not in DIMS: err(n,'dimension',x)
            if 'attempt' in p:
                if p['attempt']>=len(at): err(n,'attempt out of range',p)
                elif 'turn' in p:
                    turns=at[p['attempt']]['turns']
                    if p['turn']>=len(turns) or turns[p['turn']]['speaker']!='me': err(n,'turn not a caller turn',p)
    if set(e.get('overall',{}))-{'min','max'}: err(n,'overall')
with open('calls.jsonl','w',encoding='utf-8') as o:
    for c in CALLS: o.write(json.dumps(c,ensure_ascii=False)+'\n')
print('calls',len(CALLS),'problems',bad)
