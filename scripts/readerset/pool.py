#!/usr/bin/env python3
"""Lists the articles both systems put in their top 3 that no story write-up has judged yet.

  ./nabaa eval --details /tmp/details.jsonl
  scripts/readerset/pool.py /tmp/details.jsonl [--held-out]   # held-out stories only with the flag

A story's search results and its `add` list were judged when it was written down (the relevant ones
kept, the others dropped); an article outside them was never read for that question. Each unjudged
article is printed with the question, the story's relevant headlines and whether the question's gold
answer appears in it, to be judged by reading it (`build.py --show` prints a story's articles).
Each verdict goes to pooled.tsv (question, article, yes or no, and for a no a few words why); build.py
adds the relevant ones to their question, and pool.py does not list a judged article again.
"""
import json
import os
import sys

import corpus
import spec
from build import fold, java_hash, pooled

HERE = os.path.dirname(os.path.abspath(__file__))


def main():
    spec.load_stories()
    docs = corpus.load()
    by_id = {d.id: d for d in docs}
    judged, stories = {}, {}
    for st in spec.STORIES:
        judged[st['key']] = {d.id for d in corpus.search(docs, st['query'])} | set(st['add'])
        stories[st['key']] = st
    judged_here = pooled()
    held_out = '--held-out' in sys.argv
    count = 0
    with open(sys.argv[1], encoding='utf-8') as f:
        for line in f:
            row = json.loads(line)
            if row.get('absent') or 'pool' not in row:
                continue
            key = row['id'].rsplit('-', 1)[0]
            if (java_hash(key) % 5 == 0) != held_out:
                continue
            done = judged_here.get(row['id'], {})
            fresh = [i for i in row['pool'] if i in by_id and i not in judged[key] and i not in done]
            if not fresh:
                continue
            print(f"== {row['id']} {row['question']}  (now {row['now']}, gold {row.get('answer')})")
            for i in judged[key]:
                if i in by_id and i not in stories[key]['drop']:
                    print('   relevant', i, by_id[i].title[:90])
            for i in fresh:
                d = by_id[i]
                gold = [a for a in row.get('answer', []) if fold(a) in fold(d.title + ' ' + d.body)]
                print('   ?', i, d.date, '|', d.title[:100], '| gold in it:', gold or '-')
                count += 1
    print(count, 'unjudged articles', file=sys.stderr)


if __name__ == '__main__':
    main()
