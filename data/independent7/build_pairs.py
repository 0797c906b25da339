#!/usr/bin/env python3
"""Expand hand-written pairs (src-pairs-*.txt: dim || reached || better || worse || why) into pairs.jsonl."""
import glob, json, collections
D={'p':'politeness','b':'brevity'}
out=[]; bad=0
lines={json.loads(l)['text'].lower() for l in open('lines.jsonl',encoding='utf-8')}
seen=set()
for f in sorted(glob.glob('src-pairs-*.txt')):
    for n,l in enumerate(open(f,encoding='utf-8'),1):
        l=l.strip()
        if not l or l.startswith('#'): continue
        p=[x.strip() for x in l.split(' || ')]
        if len(p)!=5: print(f,n,'fields',len(p)); bad+=1; continue
        d,r,b,w,y=p
        if r not in ('receptionist','voicemail','interviewer'): print(f,n,'reached'); bad+=1
        for t in (b,w):
            if t.lower() in lines: print(f,n,'text reused from lines.jsonl'); bad+=1
            if t.lower() in seen: print(f,n,'text reused within pairs'); bad+=1
            seen.add(t.lower())
        if d=='b' and len(b.split())>=len(w.split()): print(f,n,'brevity better not shorter'); bad+=1
        out.append({'dimension':D[d],'reached':r,'better':b,'worse':w,'why':y})
with open('pairs.jsonl','w',encoding='utf-8') as o:
    for x in out: o.write(json.dumps(x,ensure_ascii=False)+'\n')
print('pairs',len(out),'problems',bad)
print(collections.Counter((x['dimension'],x['reached']) for x in out))
