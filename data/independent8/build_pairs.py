"""Expand hand-written pairs.src blocks into pairs.jsonl (no text is generated)."""
import json, collections
pairs=[]; cur=None
for l in open('pairs.src'):
    l=l.rstrip('\n')
    if l.startswith('@'):
        d,r=l[1:].split(); cur={'dimension':d,'reached':r}; pairs.append(cur)
    elif l.startswith('+ '): cur['better']=l[2:]
    elif l.startswith('- '): cur['worse']=l[2:]
    elif l.startswith('? '): cur['why']=l[2:]
    elif l.strip(): print('BAD',l)
for p in pairs:
    assert set(p)=={'dimension','reached','better','worse','why'}, p
    assert p['dimension'] in ('politeness','brevity') and p['reached'] in ('receptionist','voicemail','interviewer')
with open('pairs.jsonl','w') as f:
    for p in pairs: f.write(json.dumps(p,ensure_ascii=False)+'\n')
print(len(pairs), collections.Counter((p['dimension'],p['reached']) for p in pairs))
