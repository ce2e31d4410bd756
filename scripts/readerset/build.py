#!/usr/bin/env python3
"""Writes data/eval/reader-questions.jsonl from the stories written down in stories_*.py.

  scripts/readerset/build.py            # writes the file, prints counts and warnings
  scripts/readerset/build.py --show KEY  # the articles judged relevant for stories whose key starts with KEY

A question's relevant articles are its story's (search, minus drop, plus add), those published at
or before the reader's clock, narrowed by its `narrow` pattern, plus those judged relevant to it in
pooled.tsv (articles both systems ranked in their top 3 that the story's search had missed: pool.py). A warning says when a gold answer
appears in none of them (then it is written the way no outlet writes it).
"""
import json
import os
import re
import sys
from collections import Counter
from datetime import datetime, timezone

import corpus
import spec

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(corpus.ROOT, 'data', 'eval', 'reader-questions.jsonl')


def java_hash(s):
    """String.hashCode, to report the held-out fifth as ReaderQuestion.heldOut() chooses it."""
    h = 0
    data = s.encode('utf-16-be')
    for i in range(0, len(data), 2):
        h = (31 * h + int.from_bytes(data[i:i + 2], 'big')) & 0xFFFFFFFF
    return h - (1 << 32) if h >= 1 << 31 else h


def fold(s):
    s = s.translate(str.maketrans('٠١٢٣٤٥٦٧٨٩', '0123456789'))
    return re.sub(r'[\s\W_]+', ' ', corpus.norm(s)).strip()


def pooled():
    """pooled.tsv: {question id: {article id: True when judged relevant, False when not}}."""
    out = {}
    with open(os.path.join(HERE, 'pooled.tsv'), encoding='utf-8') as f:
        for line in f:
            if line.startswith('#') or not line.strip():
                continue
            qid, article, verdict = line.rstrip('\n').split('\t')[:3]
            assert verdict in ('yes', 'no'), line
            out.setdefault(qid, {})[article] = verdict == 'yes'
    return out


def utc(iso):
    return datetime.fromisoformat(iso).astimezone(timezone.utc)


def main():
    spec.load_stories()
    docs = corpus.load()
    by_id = {d.id: d for d in docs}
    out, warnings, keys = [], [], set()
    judged = pooled()
    for st in spec.STORIES:
        assert st['key'] not in keys, st['key']
        keys.add(st['key'])
        ids = [d.id for d in corpus.search(docs, st['query']) if d.id not in st['drop']]
        ids += [a for a in st['add'] if a not in ids]
        if '--show' in sys.argv and st['key'].startswith(sys.argv[sys.argv.index('--show') + 1]):
            print('==', st['key'], st['query'])
            for i in ids:
                print('  ', i, by_id[i].date, '|', by_id[i].title[:90])
        for n, q in enumerate(st['qs'], 1):
            now = utc(q['now'])
            rel = sorted(i for i in ids if utc(by_id[i].at) <= now)
            if q['narrow']:
                rel = [i for i in rel if re.search(corpus.norm(q['narrow']), by_id[i].ntext)]
            qid = f"{st['key']}-{n}"
            for i, yes in judged.pop(qid, {}).items():
                if yes and i not in rel:
                    if utc(by_id[i].at) > now:
                        warnings.append(f"{qid}: pooled {i} is after its clock")
                    else:
                        rel = sorted(rel + [i])
            if not rel:
                warnings.append(f"{st['key']}#{n}: no relevant article before its clock")
            item = {'id': f"{st['key']}-{n}", 'story': st['key'], 'slice': q['slice'], 'question': q['question'],
                    'now': q['now']}
            if q['context']:
                item['context'] = q['context']
            if q['answer']:
                answers = q['answer'] if isinstance(q['answer'], list) else [q['answer']]
                item['answer'] = answers
                if not any(fold(a) in fold(by_id[i].title + ' ' + by_id[i].body) for i in rel for a in answers):
                    warnings.append(f"{st['key']}#{n}: gold answer {answers} in no relevant article")
            item['relevant'] = rel
            out.append(item)
    for qid in judged:
        warnings.append(f"pooled.tsv: no question {qid}")
    held = {k for k in keys if java_hash(k) % 5 == 0}
    print(f'{len(spec.STORIES)} stories, {len(out)} questions; held out: {len(held)} stories,'
          f' {sum(1 for o in out if o["story"] in held)} questions', file=sys.stderr)
    print(dict(Counter(o['slice'] for o in out)), file=sys.stderr)
    for w in warnings:
        print('warning:', w, file=sys.stderr)
    if '--show' not in sys.argv:
        with open(OUT, 'w', encoding='utf-8') as f:
            for o in out:
                f.write(json.dumps(o, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    main()
