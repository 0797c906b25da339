# helper used while writing: relabel.py FILE  reads "textsubstring => newmeta" pairs on stdin
# newmeta is "reached|tone|style|english|intents|flags"; optional "=> new text" replaces the text
import sys
p=sys.argv[1]; L=open(p).read().split('\n')
for spec in sys.stdin.read().strip().split('\n'):
    if not spec.strip(): continue
    parts=[x.strip() for x in spec.split('=>')]
    sub,meta=parts[0],parts[1]
    hits=[i for i,l in enumerate(L) if not l.startswith('#') and sub in l.split('|',6)[-1]]
    assert len(hits)==1,(sub,hits)
    i=hits[0]; text=L[i].split('|',6)[6]
    if len(parts)>2: text=parts[2]
    L[i]=meta+'|'+text
open(p,'w').write('\n'.join(L))
