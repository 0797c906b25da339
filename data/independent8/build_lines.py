"""Expand the hand-written short-code files lines_*.src into lines.jsonl.
Each .src line: reached|intent codes|tone|style|english|variety|flags|text
Only expands codes; every text and label was written by hand in the .src files."""
import json, collections, sys
R={'r':'receptionist','v':'voicemail','i':'interviewer'}
ORDER=['greeting','identify','ask_for_person','ask_availability','leave_message','express_interest',
       'ask_status','ask_timeline','thanks','closing','recite_credentials','pressure']
C=dict(zip(['gr','id','ap','aa','lm','ei','as','at','th','cl','rc','pr'],ORDER))
T={'p':'polite','n':'neutral','r':'rude'}; S={'t':'typed','s':'speech'}
E={'us','uk','in','au','ie','za','ng','learner','other'}
recs=[]; errs=0
for fn in ['lines_r.src','lines_v.src','lines_i.src']:
    for n,l in enumerate(open(fn),1):
        p=l.rstrip('\n').split('|',7)
        if len(p)!=8 or not p[7].strip(): print('BAD',fn,n,l); errs+=1; continue
        r,ints,tone,st,en,var,fl,text=p
        codes=[] if ints=='-' else ints.split()
        for c in codes:
            if c not in C: print('BADCODE',fn,n,c); errs+=1
        if en not in E: print('BADENG',fn,n,en); errs+=1
        rec={'text':text,'reached':R[r],'intents':[i for i in ORDER if i in {C.get(c) for c in codes}],
             'tone':T[tone],'style':S[st],'english':en}
        if var!='-': rec['variety']=var
        for f in ([] if fl=='-' else fl.split(',')):
            if f=='o': rec['offTopic']=True
            elif f=='x': rec['insult']=True
            elif f.startswith('lang='): rec['language']=f[5:]
            else: print('BADFLAG',fn,n,f); errs+=1
        if 'language' in rec and rec['intents']: print('LANG WITH INTENTS',fn,n); errs+=1
        if 'pressure' in rec['intents'] and rec['tone']=='polite': print('POLITE PRESSURE',fn,n,text); errs+=1
        recs.append(rec)
texts=collections.Counter(r['text'] for r in recs)
for t,c in texts.items():
    if c>1: print('DUPTEXT',t); errs+=1
with open('lines.jsonl','w') as f:
    for r in recs: f.write(json.dumps(r,ensure_ascii=False)+'\n')
print(len(recs),'lines; errors',errs)
def cnt(key):
    return collections.Counter(key(r) for r in recs).most_common()
print('reached',cnt(lambda r:r['reached']))
print('tone',cnt(lambda r:r['tone']))
print('style',cnt(lambda r:r['style']))
print('english',cnt(lambda r:r['english']))
print('variety',cnt(lambda r:r.get('variety','-')))
print('language',cnt(lambda r:r.get('language','-')))
ic=collections.Counter(i for r in recs for i in r['intents'])
print('intents',[(i,ic[i]) for i in ORDER], 'empty', sum(1 for r in recs if not r['intents']))
print('offTopic',sum(1 for r in recs if r.get('offTopic')),'insult',sum(1 for r in recs if r.get('insult')))
