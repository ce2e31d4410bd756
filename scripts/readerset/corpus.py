"""The shared corpus for judging the reader set: loaded once (cached under var/), normalized, searched.

Only ids, dates and headlines are ever printed; nothing of the corpus is written into the repository.
"""
import gzip
import json
import os
import pickle
import re

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
CORPUS = os.environ.get('NABAA_CORPUS', os.path.join(ROOT, '..', 'shared', 'corpus', 'ant-multisource-2018.jsonl.gz'))
CACHE = os.path.join(ROOT, 'var', 'readerset-corpus.pickle')


def norm(s):
    """Drops harakat and tatweel, folds alef, yeh, teh marbuta, waw and yeh hamza forms, lower case."""
    s = re.sub('[\u064B-\u0652\u0640]', '', s)
    s = re.sub('[أإآٱ]', 'ا', s).replace('ى', 'ي').replace('ة', 'ه').replace('ؤ', 'و').replace('ئ', 'ي')
    return s.lower()


class Doc:
    __slots__ = ('id', 'date', 'at', 'source', 'category', 'title', 'body', 'ntitle', 'ntext')

    def __init__(self, d):
        # date: the outlet's local time, to the minute, for display and day filters; at: the full ISO
        # time with its offset (AlArabiya writes +04:00, the others +00:00), for comparing with a clock
        self.id, self.date, self.at = d['id'], d['date'][:16], d['date']
        self.source, self.category = d['source'], d['category']
        self.title, self.body = d['title'], d['body']
        self.ntitle, self.ntext = norm(d['title']), norm(d['title'] + '\n' + d['body'])


def load():
    if os.path.exists(CACHE):
        with open(CACHE, 'rb') as f:
            return pickle.load(f)
    with gzip.open(CORPUS, 'rt', encoding='utf-8') as f:
        docs = [Doc(json.loads(line)) for line in f]
    os.makedirs(os.path.dirname(CACHE), exist_ok=True)
    with open(CACHE, 'wb') as f:
        pickle.dump(docs, f)
    return docs


def search(docs, query):
    """Articles matching a query, oldest first. Query: '[-d FROM:TO] [-c CATEGORY] [-t] term ; term ...'.

    Every term must match (a regular expression over normalized text, so 'a|b' is either); a term
    written 'T:...' must match the headline; -t makes every term a headline term; -d bounds the
    publication day (UTC, inclusive), -c the category.
    """
    toks = query.strip().split(' ')
    days, category, titles = None, None, False
    while toks and toks[0] in ('-d', '-c', '-t'):
        flag = toks.pop(0)
        if flag == '-d':
            days = toks.pop(0).split(':')
        elif flag == '-c':
            category = toks.pop(0)
        else:
            titles = True
    terms = [t.strip() for t in ' '.join(toks).split(';') if t.strip()]
    in_title = [re.compile(norm(t[2:])) for t in terms if t.startswith('T:')]
    in_text = [re.compile(norm(t)) for t in terms if not t.startswith('T:')]
    hits = [d for d in docs
            if all(p.search(d.ntitle) for p in in_title)
            and all(p.search(d.ntitle if titles else d.ntext) for p in in_text)
            and (not days or days[0] <= d.date[:10] <= days[1])
            and (not category or d.category == category)]
    return sorted(hits, key=lambda d: d.date)
