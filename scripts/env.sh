# Sourced by ./nabaa and ./test: finds a JDK >= 21 and exports JAVA_HOME, since the
# machine's default java may be older. Order: $JAVA_HOME, java on PATH, /usr/lib/jvm/*.
java_major() {
  "$1/bin/java" -XshowSettings:properties -version 2>&1 |
    sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p' | head -n 1
}

find_jdk() {
  local candidates=()
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME")
  if command -v java >/dev/null 2>&1; then
    candidates+=("$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")")
  fi
  local d
  for d in /usr/lib/jvm/* /opt/java/* /opt/jdk*; do [ -d "$d" ] && candidates+=("$d"); done
  for d in "${candidates[@]}"; do
    if [ -x "$d/bin/java" ] && [ -x "$d/bin/javac" ]; then
      local v; v=$(java_major "$d")
      if [ -n "$v" ] && [ "$v" -ge 21 ]; then echo "$d"; return 0; fi
    fi
  done
  return 1
}

if ! NABAA_JDK=$(find_jdk); then
  echo "nabaa: no JDK 21 or newer found (looked at \$JAVA_HOME, PATH and /usr/lib/jvm)." >&2
  echo "       Install one (e.g. apt-get install openjdk-21-jdk) or set JAVA_HOME." >&2
  exit 1
fi
export JAVA_HOME="$NABAA_JDK"
export PATH="$JAVA_HOME/bin:$PATH"

if ! command -v mvn >/dev/null 2>&1; then
  echo "nabaa: Maven (mvn) is needed to build; installing it with apt-get." >&2
  (apt-get update -qq && apt-get install -y -qq maven) >&2 || {
    echo "nabaa: could not install Maven; install it and retry." >&2; exit 1; }
fi

# Maven's own bundled Guava calls sun.misc.Unsafe; newer JDKs warn about it on every build.
if [ "$(java_major "$JAVA_HOME")" -ge 24 ]; then
  export MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow"
fi
