import numpy as np, scipy.sparse as sp, scipy.sparse.linalg as sla, collections, sys, time
t0=time.time()
dim=int(sys.argv[1]) if len(sys.argv)>1 else 200
win=int(sys.argv[2]) if len(sys.argv)>2 else 5
mincount=int(sys.argv[3]) if len(sys.argv)>3 else 5
toks=[];paras=[];p=0
for line in open('tokens.txt',encoding='utf-8'):
    for w in line.split():
        if w=='|': p+=1; continue
        toks.append(w); paras.append(p)
    p+=1
cnt=collections.Counter(toks)
vocab=[w for w,c in cnt.items() if c>=mincount]
idx={w:i for i,w in enumerate(vocab)}
ids=np.array([idx.get(w,-1) for w in toks],dtype=np.int64)
paras=np.array(paras,dtype=np.int64)
V=len(vocab); print('tokens',len(toks),'vocab',V,time.time()-t0,flush=True)
rows=[];cols=[];vals=[]
for d in range(1,win+1):
    a=ids[:-d]; b=ids[d:]; ok=(a>=0)&(b>=0)&(paras[:-d]==paras[d:])
    w=1.0/d
    rows+= [a[ok],b[ok]]; cols+=[b[ok],a[ok]]; vals+=[np.full(ok.sum()*2,w,dtype=np.float32)]
r=np.concatenate(rows); c=np.concatenate(cols); v=np.concatenate(vals)
C=sp.coo_matrix((v,(r,c)),shape=(V,V)).tocsr(); C.sum_duplicates()
print('nnz',C.nnz,time.time()-t0,flush=True)
total=C.sum(); rs=np.asarray(C.sum(axis=1)).ravel(); cs=np.asarray(C.sum(axis=0)).ravel()**0.75; cs=cs/cs.sum()
C=C.tocoo()
pmi=np.log(C.data/total/(rs[C.row]/total)/cs[C.col])
ok=pmi>0
P=sp.csr_matrix((pmi[ok].astype(np.float32),(C.row[ok],C.col[ok])),shape=(V,V))
print('ppmi nnz',P.nnz,time.time()-t0,flush=True)
U,S,Vt=sla.svds(P,k=dim)
E=U*np.sqrt(S)
E/=np.linalg.norm(E,axis=1,keepdims=True)+1e-9
np.save('E.npy',E.astype(np.float32))
with open('vectors.txt','w',encoding='utf-8') as f:
    for i,w in enumerate(vocab):
        f.write(w+'\t'+' '.join('%.4f'%x for x in E[i])+'\n')
print('done',time.time()-t0)
def near(w,k=8):
    i=idx[w]; s=E@E[i]; o=np.argsort(-s)[:k]; return [(vocab[j],round(float(s[j]),2)) for j in o]
for w in ['مدارس','انهيار','جسر','فوز','انتخاب','اتفاق','تذكر','مطار']:
    if w in idx: print(w,near(w))
