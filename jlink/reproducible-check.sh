#!/usr/bin/env bash
# Reproducible builds: builds the committed HEAD twice from clean, in two fresh copies at different paths
# (git archive, so nothing of this work tree's target/ or uncommitted edits gets in), a minute or more apart, and
# compares the SHA-256 of every jar the build makes. Prints the table; exits 1 when a jar differs.
# What makes them equal: project.build.outputTimestamp in the root pom (every zip entry gets that time), Maven's
# plugins writing no build time or path, and the wrapper pinning Maven by checksum.
# Usage: jlink/reproducible-check.sh        MVN_ARGS=-o for an offline build with a warm Maven cache.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

for n in 1 2; do
  mkdir -p "$work/build-$n"
  git -C "$root" archive HEAD | tar -x -C "$work/build-$n"
  echo "build $n of $(git -C "$root" rev-parse --short HEAD) in $work/build-$n ..."
  # shellcheck disable=SC2086 # MVN_ARGS is a list of options
  (cd "$work/build-$n" && ./mvnw -B -q ${MVN_ARGS:-} -DskipTests package >"$work/build-$n.log" 2>&1) ||
    { tail -30 "$work/build-$n.log"; exit 2; }
done

(cd "$work/build-1" && find . -path '*/target/*.jar' -not -path '*/target/deps/*' | sort) > "$work/jars"
[ -s "$work/jars" ] || { echo "the build made no jars" >&2; exit 2; }
differ=0
printf '\n%-56s  %-64s  %s\n' "jar" "SHA-256" "builds 1 and 2"
while read -r jar; do
  one=$(sha256sum "$work/build-1/$jar" | cut -d' ' -f1)
  two=$( [ -f "$work/build-2/$jar" ] && sha256sum "$work/build-2/$jar" | cut -d' ' -f1 || echo missing)
  if [ "$one" = "$two" ]; then
    printf '%-56s  %-64s  %s\n' "${jar#./}" "$one" "same"
  else
    differ=1
    printf '%-56s  %-64s  %s\n' "${jar#./}" "$one" "DIFFERENT: build 2 $two"
  fi
done < "$work/jars"
echo
if [ "$differ" -eq 0 ]; then
  echo "reproducible: every jar has the same SHA-256 in both builds"
else
  echo "NOT reproducible: see the jars marked DIFFERENT (diffoscope shows what changed)"
  exit 1
fi
