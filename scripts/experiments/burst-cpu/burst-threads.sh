#!/bin/bash
# Where the CPU of `nabaa bench bot`'s burst goes, per thread group: the asking's virtual threads run
# on the ForkJoinPool workers, "CN CompilerThre" is the JIT, "GC Thread" the collector.
# Run `./nabaa bench ingest` first. Usage: burst-threads.sh [CHATS] (default 2000, as CI runs it).
set -euo pipefail
cd "$(dirname "$0")/../../.."
here=scripts/experiments/burst-cpu
out=$(mktemp); start=$(mktemp); now=$(mktemp)
./nabaa bench bot --chats "${1:-2000}" --seconds 3 > "$out" 2>/dev/null &
seen=0
while ! grep -q "^burst:" "$out"; do
  sleep 0.5
  pid=$(pgrep -f "java.*bench bot" | head -1 || true)
  [ -n "$pid" ] || continue
  python3 "$here/thread-cpu.py" "$pid" > "$now" || continue
  # The burst starts as the last warm-up line is printed: keep the snapshot taken after each one.
  lines=$(grep -c "asked once\|settling round" "$out" || true)
  if [ "$lines" != "$seen" ]; then cp "$now" "$start"; seen=$lines; fi
done
python3 "$here/thread-cpu.py" "$pid" > "$now"
wait
grep -v "^\s*at \|WARN" "$out"
python3 - "$start" "$now" <<'PY'
import os, sys
tick = os.sysconf('SC_CLK_TCK')
a = dict(l.rsplit(' ', 1) for l in open(sys.argv[1]).read().splitlines() if l)
b = dict(l.rsplit(' ', 1) for l in open(sys.argv[2]).read().splitlines() if l)
d = {k: int(b[k]) - int(a.get(k, 0)) for k in b}
total = sum(d.values()) or 1
print("CPU during the burst, by thread group:")
for k, v in sorted(d.items(), key=lambda x: -x[1])[:8]:
    print(f"  {v / tick:7.2f} s {v * 100 / total:5.1f}%  {k}")
PY
rm -f "$out" "$start" "$now"
