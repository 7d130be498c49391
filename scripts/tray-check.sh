#!/usr/bin/env bash
# The system-tray path of desktop notifications on a real X display with a tray, which the headless suite cannot
# reach: under Xvfb with trayer (a freedesktop system tray), installs the HUD's TrayNotifications, shows a break,
# checks the OS-drawn message is on screen, clicks it, and checks the click came back to open the run.
# Usage: scripts/tray-check.sh [OUT.png]   (default assets/screenshots/hud-tray-notice.png); prints PASS or why not.
# Needs: apt-get install -y xvfb trayer xdotool imagemagick libgtk-3-0, and a JDK >= 21 (JAVA_HOME).
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
out=${1:-$root/assets/screenshots/hud-tray-notice.png}
for tool in Xvfb trayer xdotool import; do
  command -v "$tool" >/dev/null || { echo "needs $tool: apt-get install -y xvfb trayer xdotool imagemagick" >&2; exit 2; }
done

. "$root/scripts/lib.sh"

cd "$root"
classpath=$(hud_test_classpath) || exit 1

start_xvfb 1280x800
trayer --edge top --align right --widthtype request --height 32 >"$work/trayer.log" 2>&1 &
pids+=($!)
sleep 1

"${JAVA_HOME:+$JAVA_HOME/bin/}java" -cp "$classpath" io.intelgraph.maestro.ui.notify.TrayNoticeCheck 30 >"$work/check.log" 2>&1 &
check=$!
for _ in $(seq 1 100); do grep -q "^shown:" "$work/check.log" 2>/dev/null && break; sleep 0.2; done
grep -q "^installed in the system tray" "$work/check.log" || { cat "$work/check.log"; echo "FAIL: no tray"; exit 1; }
sleep 1
# AWT draws the message itself: a small window of labels near the tray icon (trayer's panel is top right).
labels=$(xdotool search --onlyvisible --name "sun-awt-X11-XLabelPeer" || true)
[ -n "$labels" ] || { cat "$work/check.log"; echo "FAIL: no message on screen"; exit 1; }
mkdir -p "$(dirname "$out")"
import -window root -crop 460x130+820+0 +repage "$out"
for w in $labels; do
  eval "$(xdotool getwindowgeometry --shell "$w")"
  xdotool mousemove $((X + WIDTH / 2)) $((Y + HEIGHT / 2)) click 1
  sleep 0.5
  grep -q "^clicked" "$work/check.log" && break
done
status=0
wait "$check" || status=$?
cat "$work/check.log"
echo "wrote $out"
[ "$status" -eq 0 ] && echo "PASS: the tray showed the break and the click opened the run" || { echo "FAIL (exit $status)"; exit 1; }
