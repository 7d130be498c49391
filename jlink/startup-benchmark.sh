#!/usr/bin/env bash
# The startup benchmark (a benchmark, not a test): process start → first tiles painted (the HUD logs "first cached
# tiles in N ms" when it shows the last session's picture, STALE, and "first live tiles in N ms" when this session's
# first poll is on screen, both measured from the process's start time), the CPU time the process had used by the
# live tiles (as the HUD logs it in that line; polled from /proc for images that do not), and its resident memory
# (RSS) 60 s after the live tiles on the simulated build plane (87 tiles), side by side for:
#   image + AOT, cached   bin/maestro as shipped, started again: the config directory holds the picture a previous
#                         run saved (cache/picture-*.json), shown STALE until the first poll replaces it
#   image + AOT cache     bin/maestro as shipped (jvm.options, lib/app/maestro.aot), first start (no saved picture)
#   image, JDK CDS only   the same with MAESTRO_AOT=off (the JDK's default CDS archive jlink made is still used)
#   image, no CDS         the same with MAESTRO_AOT=off and -Xshare:off
#   java -cp (build)      the build's JDK on jlink/target/deps with default JVM options (G1, heap by machine size),
#                         as `./mvnw javafx:run` runs the HUD, minus Maven
#   image, kubeconfig     bin/maestro as shipped, first start, as on a developer's or on-call engineer's desktop:
#                         $KUBECONFIG names two contexts (written here; their API server does not answer), so the
#                         previews come from a cluster the HUD connects to, not the simulated one, after the tiles
#   image, hub display    bin/maestro as shipped, first start, as a wall display runs it: `gui --hub` on the feed of a
#                         `hub --sim` the script starts once beforehand in a process of its own (the same 87 tiles;
#                         the simulator, the simulated cluster and the pollers live in the hub, not in the display)
#   JavaFX floor          not the HUD: the least a JavaFX window with 87 labels costs here (jlink/floor/FloorWindow.java,
#                         compiled by this script), started by the image's own launcher (its runtime, JVM options and
#                         window settings) with an AOT cache of its own made by one training run; what no change to
#                         the HUD's own code can go below
# A second table gives the median of each milestone the HUD logs with its first live tiles (toolkit up, command line
# read, sources, window building, first poll on the plane, window shown, first live data): the window's path and the
# data's, which meet at the tiles ("first live data" is the FX thread taking them, after the window is shown).
# Every run but the cached ones starts from an empty config directory; the working directory is the repository root
# (so the chart and policies are found).
# Usage: jlink/startup-benchmark.sh [RUNS] [RSS_SECONDS]   (defaults 3 and 60), after ./mvnw -Pdist package.
# VARIANTS="warm aot" runs only those (of warm aot kube cds none cp hub floor). Extra JVM options for the image's runs:
# MAESTRO_JAVA_OPTIONS, as for bin/maestro. MAESTRO_IMAGE: another image to measure (e.g. an older build's, whose
# log says "first tiles in N ms" for its only tiles, which were live).
# Needs a display: $DISPLAY, else it starts Xvfb (apt-get install xvfb). Prints the load average with the figures:
# on a shared 2-core machine, wall-clock times move with it; CPU seconds much less.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
runs=${1:-3}
rss_seconds=${2:-60}
variants=${VARIANTS:-warm aot kube cds none cp hub floor}
extra_options=${MAESTRO_JAVA_OPTIONS:-}
image=${MAESTRO_IMAGE:-$root/jlink/target/image/maestro}
deps="$root/jlink/target/deps"
java_home=${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}
[ -x "$image/bin/maestro" ] || { echo "no image at $image: run ./mvnw -Pdist package first" >&2; exit 2; }

# The work directory, the processes killed on exit (`pids`) and the virtual screen: scripts/lib.sh, as the other
# checks on a virtual screen.
# shellcheck source=scripts/lib.sh
. "$root/scripts/lib.sh"
if [ -z "${DISPLAY:-}" ]; then
  start_xvfb 1600x1000
  display_note="Xvfb $DISPLAY 1600x1000x24 (started here)"
else
  display_note="DISPLAY=$DISPLAY"
fi

build_cp=$(ls "$deps"/*.jar | grep -vE '/javafx-[a-z]+-[0-9.]+\.jar$' | paste -sd: -)
clk_tck=$(getconf CLK_TCK)

# first_tiles_line LOG PID: the program's first-tiles line once it is written, or nothing if the program ends first
# (or after 120 s). It waits without polling: a loop that runs sed, head and sleep every 0.1 s takes CPU from the start
# it measures, and on two cores that made the first tiles ~250 ms later (session 31: 1,650 against 1,400 ms, 3 + 3).
# tail -F sleeps on inotify until the log grows; grep ends at the first match.
first_tiles_line() {
  local log=$1 pid=$2 tail_fd line
  exec {tail_fd}< <(exec tail -n +1 -F --pid="$pid" "$log" 2>/dev/null)
  line=$(timeout 120 grep -m1 -E 'first (live )?tiles in [0-9]+ ms' <&"$tail_fd")
  exec {tail_fd}<&-
  printf '%s\n' "$line"
}

# run_once VARIANT WAIT_FOR_RSS: prints "cached_ms live_ms cpu_ms rss_kb" (cached_ms - when no cached picture was
# shown, rss_kb 0 when not waited for)
run_once() {
  local variant=$1 wait_rss=$2 log="$work/run.log" config="$work/config-$RANDOM"
  mkdir -p "$config"
  [ "$variant" = warm ] && cp -r "$work/warm-config/." "$config/"
  : > "$log"
  # Only the kubeconfig variant has one (this function runs in a subshell: the export ends with it); a file that does
  # not exist keeps the runner's own ~/.kube/config from taking the others off the simulated cluster.
  export KUBECONFIG="$work/no-kubeconfig"
  [ "$variant" = kube ] && KUBECONFIG="$work/kubeconfig"
  case "$variant" in
    aot | warm | kube) (cd "$root" && MAESTRO_CONFIG_DIR="$config" MAESTRO_JAVA_OPTIONS="$extra_options" exec "$image/bin/maestro" gui --sim >"$log" 2>&1) & ;;
    cds) (cd "$root" && MAESTRO_CONFIG_DIR="$config" MAESTRO_AOT=off MAESTRO_JAVA_OPTIONS="$extra_options" exec "$image/bin/maestro" gui --sim >"$log" 2>&1) & ;;
    none) (cd "$root" && MAESTRO_CONFIG_DIR="$config" MAESTRO_AOT=off MAESTRO_JAVA_OPTIONS="-Xshare:off $extra_options" exec "$image/bin/maestro" gui --sim >"$log" 2>&1) & ;;
    cp) (cd "$root" && MAESTRO_CONFIG_DIR="$config" exec "$java_home/bin/java" -cp "$build_cp" io.intelgraph.maestro.cli.Main gui --sim >"$log" 2>&1) & ;;
    hub) (cd "$root" && MAESTRO_CONFIG_DIR="$config" MAESTRO_JAVA_OPTIONS="$extra_options" exec "$image/bin/maestro" gui --hub "$hub_feed" >"$log" 2>&1) & ;;
    floor) (cd "$root" && MAESTRO_JAVA_OPTIONS="$extra_options" exec "$work/floor-image/bin/maestro" gui 87 >"$log" 2>&1) & ;;
  esac
  local pid=$! live="" cpu=0 rss=0 line
  line=$(first_tiles_line "$log" "$pid")
  live=$(sed -n 's/.*first \(live \)\{0,1\}tiles in \([0-9]*\) ms.*/\2/p' <<<"$line")
  if [ -n "$live" ]; then
    # The CPU time the program logged at its first tiles; else read here, a moment late.
    local logged
    logged=$(sed -n 's/.*first \(live \)\{0,1\}tiles in [0-9]* ms ([^,;]*, \([0-9.]*\) CPU s.*/\2/p' <<<"$line")
    if [ -n "$logged" ]; then
      cpu=$(awk -v s="$logged" 'BEGIN {printf "%d", s * 1000}')
    else
      read -r utime stime < <(awk '{print $14, $15}' "/proc/$pid/stat")
      cpu=$(((utime + stime) * 1000 / clk_tck))
    fi
  fi
  if [ -z "$live" ]; then
    echo "run of $variant painted no live tiles; its log:" >&2
    tail -20 "$log" >&2
    kill "$pid" 2>/dev/null || true
    return 1
  fi
  local cached
  cached=$(sed -n 's/.*first cached tiles in \([0-9]*\) ms.*/\1/p' "$log" | head -1)
  record_marks "$variant" "$line"
  if [ "$wait_rss" = yes ]; then
    # 60 s after the live tiles rather than after the start: on a loaded machine the start alone can take that long.
    local until=$(($(date +%s%N) / 1000000 + rss_seconds * 1000))
    while [ "$(($(date +%s%N) / 1000000))" -lt "$until" ]; do sleep 0.5; done
    rss=$(awk '/^VmRSS:/ {print $2}' "/proc/$pid/status")
  fi
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  echo "${cached:--} $live $cpu $rss"
}

# The config directory of the cached runs: one run of the image until it has saved its picture.
prepare_warm_config() {
  local log="$work/warm.log" config="$work/warm-config"
  mkdir -p "$config"
  (cd "$root" && MAESTRO_CONFIG_DIR="$config" exec "$image/bin/maestro" gui --sim >"$log" 2>&1) &
  local pid=$!
  for _ in $(seq 1 1200); do
    compgen -G "$config/cache/picture-*.json" >/dev/null && break
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
  done
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  compgen -G "$config/cache/picture-*.json" >/dev/null || { echo "the warm-up run saved no picture; its log:" >&2; tail -20 "$log" >&2; exit 1; }
}

# The hub the hub display runs follow: `hub --sim` on a free loopback port, in a process and config directory of its own.
start_hub() {
  local log="$work/hub.log" config="$work/hub-config"
  mkdir -p "$config"
  (cd "$root" && MAESTRO_CONFIG_DIR="$config" exec "$image/bin/maestro" hub --sim --bind 127.0.0.1 --port 0 >"$log" 2>&1) &
  hub_pid=$!
  pids+=("$hub_pid")
  for _ in $(seq 1 600); do
    hub_feed=$(sed -n 's/.* feed \(ws:[^ ]*\).*/\1/p' "$log" | head -1)
    [ -n "$hub_feed" ] && return 0
    kill -0 "$hub_pid" 2>/dev/null || break
    sleep 0.1
  done
  echo "the hub did not start; its log:" >&2
  tail -20 "$log" >&2
  exit 1
}

# The floor's image: the HUD image's runtime, JVM options and launcher (bin/maestro, so the floor gets every setting the
# HUD's window starts with), and one jar in which the launcher's main class, io.intelgraph.maestro.cli.Main, opens the
# floor window; its AOT cache from one run that exits at its first frame. Started as `bin/maestro gui 87`.
prepare_floor() {
  local javac="$java_home/bin/javac" classes="$work/floor-classes" log="$work/floor-training.log"
  local floor_app="$work/floor-image/lib/app" shim="$work/floor-src/io/intelgraph/maestro/cli/Main.java"
  [ -x "$javac" ] || { echo "the floor variant needs a JDK's javac (JAVA_HOME=$java_home has none)" >&2; exit 2; }
  mkdir -p "$(dirname "$shim")" "$floor_app" "$work/floor-image/bin"
  cat >"$shim" <<'JAVA'
package io.intelgraph.maestro.cli;

import floor.FloorWindow;

import java.util.Arrays;

/** What the image's launcher starts: here, the floor window (its arguments after "gui"). */
public final class Main {
    public static void main(String[] args) {
        FloorWindow.main(Arrays.copyOfRange(args, 1, args.length));
    }
}
JAVA
  "$javac" -d "$classes" --module-path "$(ls "$deps"/javafx-*-linux.jar | paste -sd: -)" --add-modules javafx.controls \
    "$root/jlink/floor/FloorWindow.java" "$shim"
  "$java_home/bin/jar" --create --file "$floor_app/floor.jar" -C "$classes" .
  echo floor.jar >"$floor_app/classpath"
  cp "$image/lib/app/jvm.args" "$floor_app/"
  cp "$image/bin/maestro" "$work/floor-image/bin/"
  ln -s "$image/lib/runtime" "$work/floor-image/lib/runtime"
  (cd "$root" && MAESTRO_JAVA_OPTIONS="-XX:AOTCacheOutput=$floor_app/maestro.aot $extra_options" \
    "$work/floor-image/bin/maestro" gui 87 --exit >"$log" 2>&1) ||
    { echo "the floor window's training run failed; its log:" >&2; tail -20 "$log" >&2; exit 1; }
}

variant_name() {
  case "$1" in
    warm) echo "image + AOT, cached" ;;
    aot) echo "image + AOT cache" ;;
    kube) echo "image, kubeconfig" ;;
    cds) echo "image, JDK CDS only" ;;
    none) echo "image, no CDS" ;;
    cp) echo "java -cp (build)" ;;
    hub) echo "image, hub display" ;;
    floor) echo "JavaFX floor" ;;
  esac
}

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR + 1) / 2)]}'; }

# The milestones the HUD logs in its first-live-tiles line ("…; command line read 540 ms, toolkit up 620 ms, …)"), one
# file per variant and milestone, for the table of where the time went. (The floor's line has none.)
marks="toolkit up|command line read|sources|window building|first poll on the plane|window shown|first live data"
record_marks() {
  local variant=$1 line name
  line=$(sed -n 's/.*first live tiles in [0-9]* ms ([^;]*; \([^)]*\)).*/\1/p' <<<"$2")
  [ -n "$line" ] || return 0
  while IFS= read -r name; do
    sed -n "s/.*\(^\|, \)$name \([0-9]*\) ms.*/\2/p" <<<"$line" >> "$work/mark-$variant-${name// /-}"
  done < <(tr '|' '\n' <<<"$marks")
}

range() { echo "$(median < "$1") ($(sort -n "$1" | head -1)–$(sort -n "$1" | tail -1))"; }

# A kubeconfig as kubectl writes one, two contexts; the discard port, so connecting fails at once after the tiles.
write_kubeconfig() {
  cat > "$work/kubeconfig" <<'KUBECONFIG'
apiVersion: v1
kind: Config
clusters:
- cluster: {server: "https://127.0.0.1:9"}
  name: staging
- cluster: {server: "https://127.0.0.1:9"}
  name: production
contexts:
- context: {cluster: staging, user: oncall, namespace: previews}
  name: staging
- context: {cluster: production, user: oncall}
  name: production
current-context: staging
users:
- name: oncall
  user: {token: not-a-real-token}
KUBECONFIG
}

echo "Startup benchmark: $runs runs per variant, RSS ${rss_seconds} s after the first live tiles; $display_note"
echo "JDK $("$image/lib/runtime/bin/java" -version 2>&1 | head -1 | sed 's/.*"\(.*\)".*/\1/') (image), $("$java_home/bin/java" -version 2>&1 | head -1 | sed 's/.*"\(.*\)".*/\1/') (java -cp); $(nproc) cores; load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
[ -n "$extra_options" ] && echo "extra JVM options for the image: $extra_options"
case " $variants " in *" warm "*) prepare_warm_config ;; esac
case " $variants " in *" kube "*) write_kubeconfig ;; esac
case " $variants " in *" hub "*) start_hub ;; esac
case " $variants " in *" floor "*) prepare_floor ;; esac
printf '\n%-20s | %-26s | %-26s | %-14s | %s\n' "variant" "first cached tiles, ms" "first live tiles, ms" "CPU s to live" "RSS +${rss_seconds} s"
printf '%-20s | %-26s | %-26s | %-14s |\n' "" "median (min–max), STALE" "median (min–max)" ""
printf '%s\n' "---------------------+----------------------------+----------------------------+----------------+---------------"
for variant in $variants; do
  : > "$work/cacheds"
  : > "$work/lives-$variant"
  : > "$work/cpus"
  rss=0
  for run in $(seq 1 "$runs"); do
    wait_rss=no
    [ "$run" -eq 1 ] && wait_rss=yes
    read -r cached live cpu r < <(run_once "$variant" "$wait_rss")
    [ "$cached" != - ] && echo "$cached" >> "$work/cacheds"
    echo "$live" >> "$work/lives-$variant"
    echo "$cpu" >> "$work/cpus"
    [ "$run" -eq 1 ] && rss=$r
  done
  name=$(variant_name "$variant")
  cached_range="—"
  [ -s "$work/cacheds" ] && cached_range="$(range "$work/cacheds")"
  printf '%-20s | %-26s | %-26s | %-14s | %s MB\n' "$name" "$cached_range" "$(range "$work/lives-$variant")" \
    "$(median < "$work/cpus" | awk '{printf "%.1f", $1 / 1000}')" "$((rss / 1024))"
done
echo
# Where the time went: the median of each milestone, ms from the process's start (the two paths to the tiles are the
# window's — toolkit up, window building, window shown — and the data's — sources, first poll on the plane).
printf '%-20s |' "milestones, median"
while IFS= read -r name; do printf ' %-23s |' "$name"; done < <(tr '|' '\n' <<<"$marks")
printf ' %s\n' "first live tiles"
for variant in $variants; do
  [ -s "$work/mark-$variant-window-shown" ] || continue
  printf '%-20s |' "$(variant_name "$variant")"
  while IFS= read -r name; do
    file="$work/mark-$variant-${name// /-}"
    printf ' %-23s |' "$([ -s "$file" ] && median < "$file" || echo —)"
  done < <(tr '|' '\n' <<<"$marks")
  printf ' %s\n' "$(median < "$work/lives-$variant")"
done
echo
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
