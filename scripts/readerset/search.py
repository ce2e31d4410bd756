#!/usr/bin/env python3
"""Finds the articles of a news story in the shared corpus, to judge reader-set questions.

  scripts/readerset/search.py '-d 2018-07-15:2018-07-16 T:فرنسا ; T:كرواتيا|كأس العالم'
  scripts/readerset/search.py --show SK-sport-2209-20180715      # one article's lead, to judge it

Prints id, publication time (UTC), outlet and headline of each match (see corpus.search).
"""
import sys

import corpus

if __name__ == '__main__':
    docs = corpus.load()
    if len(sys.argv) > 2 and sys.argv[1] == '--show':
        wanted = set(sys.argv[2:])
        for d in docs:
            if d.id in wanted:
                print(d.id, d.date, d.source, d.category)
                print(d.title)
                print(d.body[:1200])
                print('---')
        sys.exit(0)
    for query in sys.argv[1:]:
        hits = corpus.search(docs, query)
        print(f'{len(hits)} articles: {query}')
        for d in hits[:60]:
            print(' ', d.id, d.date, d.source[:5], '|', d.title[:100])
