#!/usr/bin/env bash
# Prints the test class path of a built module of this repository, for JVMs in the lab guest:
#   lab/classpath.sh MODULE
# Maven resolves the third-party jars; the repository's own modules always come from this
# checkout's build output (target/classes, target/test-classes), never from a jar of the same
# version that another checkout may have left in the local Maven repository.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/.." && pwd)
module=${1:?usage: lab/classpath.sh MODULE}
out="$repo/$module/target/lab-classpath.txt"
# package first, in the same reactor: the sibling modules then resolve to this checkout's jars,
# with nothing needed in (or taken from) the local Maven repository.
( cd "$repo" && mvn -B -q -ntp -pl "$module" -am -DskipTests package dependency:build-classpath \
    -Dmdep.includeScope=test -Dmdep.outputFile="$out" ) >&2
own() { # one class path entry -> this checkout's output folder when it is one of our modules
  case "$1" in
    */org/borealis/borealis-*)
      local file=${1##*/} dir
      dir=$(basename "$(dirname "$(dirname "$1")")"); dir=${dir#borealis-}
      case "$file" in
        *-tests.jar) echo "$repo/$dir/target/test-classes" ;;
        *.jar) echo "$repo/$dir/target/classes" ;;
      esac ;;
    "$repo"/*/target/*-tests.jar) echo "${1%/target/*}/target/test-classes" ;;
    "$repo"/*/target/*.jar) echo "${1%/target/*}/target/classes" ;;
    "$repo"/*/pom.xml) ;; # a module without classes (native)
    *) echo "$1" ;;
  esac
}
cp="$repo/$module/target/test-classes:$repo/$module/target/classes"
IFS=: read -r -a entries < "$out" || true # no newline at the end
for e in "${entries[@]}"; do
  entry=$(own "$e")
  if [ -n "$entry" ]; then cp="$cp:$entry"; fi
done
echo "$cp"
