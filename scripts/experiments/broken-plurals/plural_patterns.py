import sys
# Candidate noun / broken-plural pairs among the analyzed corpus words (vocabulary.tsv from
# PluralVocabulary): each plural pattern applied to each word seen MIN times or more, kept when the
# plural is seen MIN times too. Usage: plural_patterns.py VOCABULARY.tsv [MIN]
voc={};surf={}
for l in open(sys.argv[1]):
    t,c,s=l.rstrip('\n').split('\t'); voc[t]=int(c); surf[t]=s
MIN=int(sys.argv[2]) if len(sys.argv)>2 else 10
out=[]
def add(s,p,pat):
    if p in voc and voc[p]>=MIN and s!=p: out.append((min(voc[s],voc[p]),s,p,pat))
for s,c in voc.items():
    if c<MIN: continue
    n=len(s)
    if n==3:
        a,b,d=s
        add(s,'ا'+a+b+'ا'+d,'afal'); add(s,a+b+'و'+d,'fuul'); add(s,a+b+'ا'+d,'fiaal')
    if n==4 and s[2]=='ي':
        a,b,_,d=s
        add(s,a+b+d+'اء','fualaa'); add(s,'ا'+a+b+d+'اء','afilaa'); add(s,a+b+'اء'+d,'faail'); add(s,a+b+d,'fala'); add(s,a+b+'ا'+d,'fiaal2')
    if n==4 and s[1]=='ا':
        a,_,b,d=s
        add(s,a+'وا'+b+d,'fawail'); add(s,a+b+'ا'+d,'fuaal')
    if n==4 and s[0]=='م':
        _,a,b,d=s
        add(s,'م'+a+'ا'+b+d,'mafail')
    if n==5 and s[1]=='ا' and s[3]=='و':
        a,_,b,_,d=s; add(s,a+'وا'+b+'ي'+d,'fawail2')
    if n==5 and s[0]=='م' and s[3]=='و':
        _,a,b,_,d=s; add(s,'م'+a+'ا'+b+'ي'+d,'mafail2')
    if n==5 and s[0]=='ت' and s[3]=='ي':
        _,a,b,_,d=s; add(s,'ت'+a+'ا'+b+'ي'+d,'tafail')
    if n==4 and s[2]=='ا':
        a,b,_,d=s; add(s,'ا'+a+b+d,'afila')
    if n==4:  # فعلل -> فعالل
        a,b,c3,d=s
        if 'ا' not in s and 'و' not in s and 'ي' not in s: add(s,a+b+'ا'+c3+d,'faalil')
seen=set()
for m,s,p,pat in sorted(out,key=lambda x:-x[0]):
    if (s,p) in seen: continue
    seen.add((s,p))
    print(f"{m}\t{pat}\t{s} ({voc[s]}: {surf[s]})\t{p} ({voc[p]}: {surf[p]})")
