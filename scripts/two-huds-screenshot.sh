#!/usr/bin/env bash
# The README's picture of one hub feeding two displays: starts `hub --sim` and two `gui --hub` windows side by side
# on a virtual screen, waits for their tiles, and writes the screen as a PNG.
# Usage: scripts/two-huds-screenshot.sh [OUT.png]   (default assets/screenshots/hud-two-displays.png)
# Needs: the jlink image (./mvnw -Pdist package), and xvfb, xdotool, imagemagick (apt-get install -y xvfb xdotool
# imagemagick libgtk-3-0).
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
out=${1:-$root/assets/screenshots/hud-two-displays.png}
maestro=${MAESTRO_IMAGE:-$root/jlink/target/image/maestro}/bin/maestro
port=${HUB_PORT:-3311}
[ -x "$maestro" ] || { echo "no image at $maestro: run ./mvnw -Pdist package first" >&2; exit 2; }

# shellcheck source=scripts/lib.sh
. "$root/scripts/lib.sh"
start_xvfb 2880x900

cd "$root"
MAESTRO_CONFIG_DIR="$work/hub" "$maestro" hub --sim --port "$port" >"$work/hub.log" 2>&1 &
pids+=($!)
for _ in $(seq 1 100); do
  curl -fs "http://127.0.0.1:$port/health" >/dev/null 2>&1 && break
  sleep 0.2
done

for i in 0 1; do
  MAESTRO_CONFIG_DIR="$work/display-$i" "$maestro" gui --hub "ws://127.0.0.1:$port" >"$work/display-$i.log" 2>&1 &
  pids+=($!)
done
# Both windows up, with tiles (each logs its first live tiles).
for _ in $(seq 1 150); do
  if grep -q "first live tiles" "$work/display-0.log" 2>/dev/null && grep -q "first live tiles" "$work/display-1.log" 2>/dev/null; then
    break
  fi
  sleep 0.2
done
i=0
for w in $(xdotool search --name "Build HUD"); do
  xdotool windowmove "$w" $((i * 1440)) 0
  i=$((i + 1))
done
sleep 3 # a few ticks of the running builds' clocks
mkdir -p "$(dirname "$out")"
import -window root "$out"
echo "wrote $out ($i windows)"
