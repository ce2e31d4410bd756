#!/bin/bash
# Questions per second of the answering alone, on one thread and on two (AskThreads.java).
# Run `./nabaa bench ingest` first. Usage: scripts/experiments/burst-cpu/ask-threads.sh
set -euo pipefail
cd "$(dirname "$0")/../../.."
. scripts/env.sh
mvn -q -B compile dependency:build-classpath -Dmdep.outputFile=target/experiment-classpath.txt
out=target/experiments/burst-cpu
mkdir -p "$out"
cp=target/classes:$(cat target/experiment-classpath.txt)
"$JAVA_HOME/bin/javac" -d "$out" -cp "$cp" scripts/experiments/burst-cpu/AskThreads.java
"$JAVA_HOME/bin/java" -Xmx512m --add-modules jdk.incubator.vector -cp "$out:$cp" com.nabaa.app.AskThreads 2>/dev/null
