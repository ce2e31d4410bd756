#!/usr/bin/env python3
"""How often a new question opened with و is read as a follow-up of the answer before it.

Pairs the context question of every follow-up in data/eval/*.jsonl with six new questions opened
with و (another topic: the league, the dollar, Syria, France's president, the World Cup, oil), asks
them through `nabaa eval` as the chat would (the context first), and counts those whose first story
is the context answer's first story: a new question taken for a follow-up.

Usage (from the repository root, after ./nabaa eval has built var/eval):
    python3 scripts/experiments/follow-ups/new-questions-after-answers.py
"""
import glob
import json
import os
import subprocess
import tempfile

NEW = ["ومين فاز بالدوري؟", "وكم سعر الدولار؟", "وشو صار بسوريا؟", "ومين رئيس فرنسا؟", "وامتى كاس العالم؟", "وكم سعر النفط؟"]


def main():
    contexts = {}
    for path in sorted(glob.glob("data/eval/*.jsonl")):
        for line in open(path, encoding="utf-8"):
            q = json.loads(line)
            if q.get("context"):
                contexts[(q["context"], q["now"])] = True
    work = tempfile.mkdtemp()
    probes = os.path.join(work, "probes.jsonl")
    with open(probes, "w", encoding="utf-8") as out:
        for i, ((context, now), _) in enumerate(contexts.items()):
            for j, text in enumerate(NEW):
                out.write(json.dumps({"id": f"p{i}-{j}", "story": "none", "slice": "follow-up", "question": text,
                                      "now": now, "relevant": ["none"], "context": context}, ensure_ascii=False) + "\n")
    details = os.path.join(work, "details.jsonl")
    subprocess.run(["./nabaa", "eval", "--limit", "1", "--questions", probes, "--details", details],
                   check=True, stdout=subprocess.DEVNULL)
    lead = {}
    env = dict(os.environ, NABAA_HOME="var/eval")
    for context, now in contexts:
        asked = subprocess.run(["./nabaa", "ask", "--json", "--now", now, context], env=env, check=True,
                               capture_output=True, text=True).stdout
        answer = json.loads(asked.strip().splitlines()[-1])
        lead[context] = answer["stories"][0]["id"] if answer["stories"] else None
    taken = total = 0
    for line in open(details, encoding="utf-8"):
        d = json.loads(line)
        if not d["id"].startswith("p"):
            continue
        total += 1
        top = (d.get("top") or [{}])[0].get("id")
        i = int(d["id"][1:].split("-")[0])
        context = list(contexts)[i][0]
        if top is not None and top == lead[context]:
            taken += 1
            print(f"taken for a follow-up: {d['question']} after {context} -> {top}")
    print(f"new questions opened with و read as follow-ups of the answer before: {taken} of {total}")


if __name__ == "__main__":
    main()
