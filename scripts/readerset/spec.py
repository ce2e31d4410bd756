"""How a story of the reader set is written down: the search that finds its articles, the ones a
reader of the question would not count (dropped after reading them), and its questions."""
STORIES = []


def S(key, query, drop=(), add=(), qs=()):
    """A story: `query` (corpus.search syntax) finds its articles; `drop` removes those that do not
    answer (previews, side stories), `add` adds those the search misses."""
    STORIES.append(dict(key=key, query=query, drop=list(drop), add=list(add), qs=list(qs)))


def Q(slice_, text, now, answer=None, context=None, narrow=None):
    """A question: its slice, text and the reader's clock; `answer` a gold answer string or a list of
    accepted forms; `context` the question before a follow-up; `narrow` a pattern an article of the
    story must contain to answer this question (a number asked, the aspect a follow-up asks)."""
    return dict(slice=slice_, question=text, now=now, answer=answer, context=context, narrow=narrow)


def More(key, qs):
    """More questions about a story written down before."""
    for st in STORIES:
        if st['key'] == key:
            st['qs'].extend(qs)
            return
    raise KeyError(key)


def load_stories():
    """Reads every stories_*.py beside this file, which fill STORIES; returns STORIES."""
    import glob
    import importlib
    import os
    import sys
    here = os.path.dirname(os.path.abspath(__file__))
    sys.path.insert(0, here)
    for f in sorted(glob.glob(os.path.join(here, 'stories_*.py'))):
        importlib.import_module(os.path.basename(f)[:-3])
    return STORIES
