#!/usr/bin/env bash
# The startup benchmark (a benchmark, not a test): process start → first tiles painted (the HUD logs
# "first tiles in N ms", measured from the process's start time), the CPU time the process had used by then, and
# its resident memory (RSS) after 60 s on the simulated build plane (87 tiles), side by side for:
#   image + AOT cache   bin/maestro as shipped (jvm.options, lib/app/maestro.aot)
#   image, JDK CDS only the same with MAESTRO_AOT=off (the JDK's default CDS archive jlink made is still used)
#   image, no CDS       the same with MAESTRO_AOT=off and -Xshare:off
#   java -cp (build)    the build's JDK on jlink/target/deps with default JVM options (G1, heap by machine size),
#                       as `./mvnw javafx:run` runs the HUD, minus Maven
# Every run starts from an empty config directory in the repository root (so the chart and policies are found).
# Usage: jlink/startup-benchmark.sh [RUNS] [RSS_SECONDS]   (defaults 3 and 60), after ./mvnw -Pdist package.
# Needs a display: $DISPLAY, else it starts Xvfb (apt-get install xvfb). Prints the load average with the figures:
# on a shared 2-core machine, wall-clock times move with it; CPU seconds much less.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
runs=${1:-3}
rss_seconds=${2:-60}
image="$root/jlink/target/image/maestro"
deps="$root/jlink/target/deps"
java_home=${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}
[ -x "$image/bin/maestro" ] || { echo "no image at $image: run ./mvnw -Pdist package first" >&2; exit 2; }

work=$(mktemp -d)
xvfb_pid=""
cleanup() {
  [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT
if [ -z "${DISPLAY:-}" ]; then
  exec 3<> "$work/displayfd"
  Xvfb -displayfd 3 -screen 0 1600x1000x24 -nolisten tcp 2>/dev/null &
  xvfb_pid=$!
  for _ in $(seq 1 50); do [ -s "$work/displayfd" ] && break; sleep 0.1; done
  export DISPLAY=":$(head -1 "$work/displayfd")"
  display_note="Xvfb $DISPLAY 1600x1000x24 (started here)"
else
  display_note="DISPLAY=$DISPLAY"
fi

build_cp=$(ls "$deps"/*.jar | grep -vE '/javafx-[a-z]+-[0-9.]+\.jar$' | paste -sd: -)
clk_tck=$(getconf CLK_TCK)

# run VARIANT-INDEX RUN-INDEX WAIT_FOR_RSS: prints "first_ms cpu_ms rss_kb" (rss_kb 0 when not waited for)
run_once() {
  local variant=$1 wait_rss=$2 log="$work/run.log" config="$work/config-$RANDOM"
  mkdir -p "$config"
  : > "$log"
  local start
  start=$(date +%s%N)
  case "$variant" in
    aot) (cd "$root" && MAESTRO_CONFIG_DIR="$config" exec "$image/bin/maestro" gui --sim >"$log" 2>&1) & ;;
    cds) (cd "$root" && MAESTRO_CONFIG_DIR="$config" MAESTRO_AOT=off exec "$image/bin/maestro" gui --sim >"$log" 2>&1) & ;;
    none) (cd "$root" && MAESTRO_CONFIG_DIR="$config" MAESTRO_AOT=off MAESTRO_JAVA_OPTIONS="-Xshare:off" exec "$image/bin/maestro" gui --sim >"$log" 2>&1) & ;;
    cp) (cd "$root" && MAESTRO_CONFIG_DIR="$config" exec "$java_home/bin/java" -cp "$build_cp" io.intelgraph.maestro.cli.Main gui --sim >"$log" 2>&1) & ;;
  esac
  local pid=$! first="" cpu=0 rss=0
  for _ in $(seq 1 1200); do
    first=$(sed -n 's/.*first tiles in \([0-9]*\) ms.*/\1/p' "$log" | head -1)
    if [ -n "$first" ]; then
      read -r utime stime < <(awk '{print $14, $15}' "/proc/$pid/stat")
      cpu=$(((utime + stime) * 1000 / clk_tck))
      break
    fi
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
  done
  if [ -z "$first" ]; then
    echo "run of $variant painted no tiles; its log:" >&2
    tail -20 "$log" >&2
    kill "$pid" 2>/dev/null || true
    return 1
  fi
  if [ "$wait_rss" = yes ]; then
    local until=$((start / 1000000 + rss_seconds * 1000))
    while [ "$(($(date +%s%N) / 1000000))" -lt "$until" ]; do sleep 0.5; done
    rss=$(awk '/^VmRSS:/ {print $2}' "/proc/$pid/status")
  fi
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  echo "$first $cpu $rss"
}

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR + 1) / 2)]}'; }

echo "Startup benchmark: $runs runs per variant, RSS after ${rss_seconds} s; $display_note"
echo "JDK $("$image/lib/runtime/bin/java" -version 2>&1 | head -1 | sed 's/.*"\(.*\)".*/\1/') (image), $("$java_home/bin/java" -version 2>&1 | head -1 | sed 's/.*"\(.*\)".*/\1/') (java -cp); $(nproc) cores; load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
printf '\n%-22s | %-34s | %-22s | %s\n' "variant" "first tiles, ms: median (min–max)" "CPU s to first tiles" "RSS after ${rss_seconds} s"
printf '%s\n' "-----------------------+------------------------------------+------------------------+---------------"
for variant in aot cds none cp; do
  : > "$work/firsts"
  : > "$work/cpus"
  rss=0
  for run in $(seq 1 "$runs"); do
    wait_rss=no
    [ "$run" -eq 1 ] && wait_rss=yes
    read -r first cpu r < <(run_once "$variant" "$wait_rss")
    echo "$first" >> "$work/firsts"
    echo "$cpu" >> "$work/cpus"
    [ "$run" -eq 1 ] && rss=$r
  done
  case "$variant" in
    aot) name="image + AOT cache" ;;
    cds) name="image, JDK CDS only" ;;
    none) name="image, no CDS" ;;
    cp) name="java -cp (build)" ;;
  esac
  range="$(median < "$work/firsts") ($(sort -n "$work/firsts" | head -1)–$(sort -n "$work/firsts" | tail -1))"
  printf '%-22s | %-34s | %-22s | %s MB\n' "$name" "$range" \
    "$(median < "$work/cpus" | awk '{printf "%.1f", $1 / 1000}')" "$((rss / 1024))"
done
echo
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
