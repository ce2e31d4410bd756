#!/bin/bash
# Lists candidate noun / broken-plural pairs of the shared corpus (about 15 s): the list the broken
# plurals of src/main/resources/com/nabaa/text/word-families.txt were chosen from by hand.
# Usage (from the repository root, after ./nabaa has built target/classes): scripts/experiments/broken-plurals/run.sh [OUT_DIR]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd); root=$(cd "$here/../../.." && pwd); out=${1:-/tmp/broken-plurals}
. "$root/scripts/env.sh"
mkdir -p "$out/classes"
cp=$(cd "$root" && mvn -q -B dependency:build-classpath -Dmdep.outputFile=/dev/stdout)
"$JAVA_HOME/bin/javac" -d "$out/classes" -cp "$root/target/classes:$cp" "$here/PluralVocabulary.java"
"$JAVA_HOME/bin/java" -Xmx4g -cp "$out/classes:$root/target/classes:$cp" com.nabaa.text.PluralVocabulary \
    "$root/../shared/corpus/ant-multisource-2018.jsonl.gz" "$out/vocabulary.tsv"
python3 "$here/plural_patterns.py" "$out/vocabulary.tsv" 10 > "$out/candidates.tsv"
echo "$(wc -l < "$out/candidates.tsv") candidate pairs in $out/candidates.tsv"
