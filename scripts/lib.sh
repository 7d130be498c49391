# Shared by the scripts that check on a virtual screen: sourced, not run.
# A work directory removed on exit together with every process listed in `pids`, a virtual X screen, and the HUD's
# test class path (the checks' own mains live with the tests).

work=$(mktemp -d)
pids=()
on_exit=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for command in "${on_exit[@]}"; do eval "$command" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT

# start_xvfb WIDTHxHEIGHT: a virtual screen on a free display number; exports DISPLAY.
start_xvfb() {
  exec 3<> "$work/displayfd"
  # -noreset: a window that closes must not make the server reset under the next one.
  Xvfb -displayfd 3 -screen 0 "$1x24" -nolisten tcp -noreset 2>/dev/null &
  pids+=($!)
  for _ in $(seq 1 50); do [ -s "$work/displayfd" ] && break; sleep 0.1; done
  export DISPLAY=":$(head -1 "$work/displayfd")"
}

# hud_test_classpath: compiles the HUD and its tests (from the current directory, the repository root) and prints
# their class path.
hud_test_classpath() {
  ./mvnw -q -pl src/hud -am test-compile dependency:build-classpath -Dmdep.outputFile="$work/cp.txt" \
    -Dmdep.includeScope=test >"$work/build.log" 2>&1 || { cat "$work/build.log" >&2; return 1; }
  echo "src/hud/target/test-classes:src/hud/target/classes:$(cat "$work/cp.txt")"
}
