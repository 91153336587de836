# Sourced by bin/borealis, bin/test and .ci/run: exports JAVA_HOME pointing at a JDK >= 21.
# Takes $JAVA_HOME when it is new enough, else the newest JDK >= 21 under /usr/lib/jvm or on PATH.

_borealis_java_major() {
  "$1/bin/java" -XshowSettings:properties -version 2>&1 \
    | awk -F'= ' '/java.specification.version/ {print $2; exit}' | cut -d. -f1
}

_borealis_pick_jdk() {
  local best="" best_major=0 home major
  local candidates=()
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME")
  for home in /usr/lib/jvm/* /usr/local/lib/jvm/* /opt/java/*; do
    [ -d "$home" ] && candidates+=("$home")
  done
  if command -v java >/dev/null 2>&1; then
    candidates+=("$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")")
  fi
  for home in "${candidates[@]}"; do
    [ -x "$home/bin/java" ] && [ -x "$home/bin/javac" ] || continue
    major=$(_borealis_java_major "$home")
    [ -n "$major" ] || continue
    if [ "$home" = "${JAVA_HOME:-}" ] && [ "$major" -ge 21 ]; then best=$home; break; fi
    if [ "$major" -ge 21 ] && [ "$major" -gt "$best_major" ]; then best=$home; best_major=$major; fi
  done
  if [ -z "$best" ]; then
    echo "Borealis needs a JDK 21 or newer; none found (JAVA_HOME=${JAVA_HOME:-unset}, /usr/lib/jvm, PATH)." >&2
    echo "Install one (for example Debian's openjdk-21-jdk or Temurin 21+) or set JAVA_HOME to it." >&2
    return 1
  fi
  export JAVA_HOME="$best"
  # Maven's own libraries use sun.misc.Unsafe; JDK 24+ warns about it on every build.
  if [ "$(_borealis_java_major "$best")" -ge 24 ]; then
    case " ${MAVEN_OPTS:-} " in
      *sun-misc-unsafe-memory-access*) ;;
      *) export MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow" ;;
    esac
  fi
  export PATH="$JAVA_HOME/bin:$PATH"
}

_borealis_pick_jdk
