"""Validate the hand-written calls in calls_src.py and write calls.jsonl."""
import json, re
from calls_src import CALLS
DIMS={'timing','brevity','politeness','purpose'}
ok=True
for c in CALLS:
    assert set(c)=={'name','why','log','expect'}, c['name']
    L=c['log']; atts=L['attempts']
    for a in atts:
        assert set(a)=={'day','time','reached','turns'}
        assert isinstance(a['day'],int) and re.fullmatch(r'\d\d:\d\d',a['time'])
        assert a['reached'] in ('receptionist','voicemail','interviewer','no_answer')
        for tu in a['turns']:
            assert tu['speaker'] in ('them','me')
            if tu['speaker']=='me':
                w=len(tu['text'].split()); s=tu['seconds']; r=w/s
                if not (1.6<=r<=3.4) and w>=4: print('SECONDS?',c['name'],w,s,round(r,2),tu['text'][:50]); ok=False
    e=c['expect']
    for pat in e.get('has',[])+e.get('hasNot',[]):
        assert set(pat)<= {'dimension','attempt','turn'}
        if 'attempt' in pat: assert pat['attempt']<len(atts)
        if 'turn' in pat:
            tu=atts[pat['attempt']]['turns'][pat['turn']]; assert tu['speaker']=='me', (c['name'],pat)
        d=pat.get('dimension')
        if d: assert set([d] if isinstance(d,str) else d)<=DIMS
with open('calls.jsonl','w') as f:
    for c in CALLS: f.write(json.dumps(c,ensure_ascii=False)+'\n')
print(len(CALLS),'calls','ok' if ok else 'check seconds')
