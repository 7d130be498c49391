#!/usr/bin/env bash
# The wall's sounds through a real audio stack, which the headless suite cannot reach: JavaFX media → ALSA → a
# PulseAudio server of its own whose sound card is a pipe sink (it plays in real time, on the system clock, into a
# FIFO this script records). Each shipped sound is played by the HUD's AudioClipPlayer as the wall plays it; the recording's
# notes, length and level are compared with the shipped file's (SoundCheck, NoteTrack). Prints PASS or what differs.
# Usage: scripts/sound-check.sh
# Needs: apt-get install -y --no-install-recommends pulseaudio pulseaudio-utils libasound2-plugins xvfb, and a JDK >= 21.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
for tool in pulseaudio pactl Xvfb; do
  command -v "$tool" >/dev/null || {
    echo "needs $tool: apt-get install -y --no-install-recommends pulseaudio pulseaudio-utils libasound2-plugins xvfb" >&2
    exit 2
  }
done

. "$root/scripts/lib.sh"
on_exit+=('[ -n "${XDG_RUNTIME_DIR:-}" ] && pulseaudio --kill')

cd "$root"
classpath=$(hud_test_classpath) || exit 1
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"

# A private sound server: its own HOME (ALSA reads ~/.asoundrc) and runtime directory, nothing of the user's touched.
export HOME="$work/home" XDG_RUNTIME_DIR="$work/run"
mkdir -p "$HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
printf 'pcm.!default { type pulse }\nctl.!default { type pulse }\n' >"$HOME/.asoundrc"
pulseaudio -n --daemonize=yes --exit-idle-time=-1 --log-target=file:"$work/pulse.log" -L "module-native-protocol-unix" \
  -L "module-pipe-sink sink_name=heard file=$work/sink.fifo format=s16le rate=44100 channels=2 use_system_clock_for_timing=yes"
pactl set-default-sink heard

start_xvfb 800x600

failed=0
for kind in break fix; do
  cat "$work/sink.fifo" >"$work/heard-$kind.raw" &
  recorder=$!
  sleep 0.5
  "$java" -cp "$classpath" io.intelgraph.maestro.ui.sound.SoundCheck play "$kind" 2>"$work/play-$kind.log" || {
    cat "$work/play-$kind.log" >&2
    failed=1
  }
  sleep 0.3
  kill "$recorder"
  wait "$recorder" 2>/dev/null || true
  "$java" -cp "$classpath" io.intelgraph.maestro.ui.sound.SoundCheck hear "$work/heard-$kind.raw" "$kind" || failed=1
done
[ "$failed" -eq 0 ] && echo "PASS: both sounds reached the audio device as shipped" || { echo "FAIL"; exit 1; }
