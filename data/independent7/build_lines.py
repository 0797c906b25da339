#!/usr/bin/env python3
"""Expand the hand-written short codes in src-*.txt into lines.jsonl and check shapes.
Code line: reached|intents|tone|style|english|flags|text
  reached r/v/i; intents space-separated short codes; tone p/n/r; style t/s;
  flags comma-separated: ot (offTopic), ins (insult), lang:xx (language code)."""
import glob, json, sys, collections
R={'r':'receptionist','v':'voicemail','i':'interviewer'}
ORDER=['greeting','identify','ask_for_person','ask_availability','leave_message','express_interest',
       'ask_status','ask_timeline','thanks','closing','recite_credentials','pressure']
SHORT=dict(gr='greeting',id='identify',afp='ask_for_person',av='ask_availability',lm='leave_message',
           ei='express_interest',st='ask_status',tl='ask_timeline',th='thanks',cl='closing',
           rc='recite_credentials',pr='pressure')
T={'p':'polite','n':'neutral','r':'rude'}; S={'t':'typed','s':'spoken'}
out=[]; seen=set(); bad=0
for f in sorted(g for g in glob.glob('src-*.txt') if not g.startswith('src-pairs')):
    for n,l in enumerate(open(f,encoding='utf-8'),1):
        l=l.rstrip('\n')
        if not l.strip() or l.startswith('#'): continue
        parts=l.split('|',6)
        if len(parts)!=7: print(f,n,'bad field count'); bad+=1; continue
        rc,ints,tone,style,eng,flags,text=parts
        try:
            intents=[SHORT[x] for x in ints.split()]
        except KeyError as e:
            print(f,n,'bad intent',e); bad+=1; continue
        if len(set(intents))!=len(intents): print(f,n,'dup intent'); bad+=1
        intents=sorted(intents,key=ORDER.index)
        rec={'text':text,'reached':R[rc],'intents':intents,'tone':T[tone],'style':S[style],'english':eng}
        for fl in filter(None,flags.split(',')):
            if fl=='ot': rec['offTopic']=True
            elif fl=='ins': rec['insult']=True
            elif fl.startswith('lang:'): rec['language']=fl[5:]
            else: print(f,n,'bad flag',fl); bad+=1
        if (eng=='no')!=('language' in rec): print(f,n,'english/language mismatch'); bad+=1
        if 'language' in rec and intents: print(f,n,'non-English with intents'); bad+=1
        if rec.get('insult') and 'pressure' not in intents: print(f,n,'insult without pressure'); bad+=1
        if 'pressure' in intents and rec['tone']=='polite': print(f,n,'pressure marked polite'); bad+=1
        if style=='s' and any(c in text for c in '.,?!;:"') : print(f,n,'punctuation in spoken line:',text[:50]); bad+=1
        if style=='s' and text!=text.lower(): print(f,n,'capitals in spoken line'); bad+=1
        if text.lower() in seen: print(f,n,'duplicate text'); bad+=1
        seen.add(text.lower())
        out.append(rec)
with open('lines.jsonl','w',encoding='utf-8') as w:
    for r in out: w.write(json.dumps(r,ensure_ascii=False)+'\n')
print('lines',len(out),'problems',bad)
C=collections.Counter
print('reached',C(r['reached'] for r in out))
print('tone',C(r['tone'] for r in out))
print('style',C(r['style'] for r in out))
print('english',sorted(C(r['english'] for r in out).items()))
print('intents',[(k,sum(k in r['intents'] for r in out)) for k in ORDER])
print('no intents',sum(not r['intents'] for r in out),'offTopic',sum(r.get('offTopic',False) for r in out),'insult',sum(r.get('insult',False) for r in out))
print('words: <=4',sum(len(r['text'].split())<=4 for r in out),' >=40',sum(len(r['text'].split())>=40 for r in out))
