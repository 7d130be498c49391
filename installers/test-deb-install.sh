#!/usr/bin/env bash
# The .deb as a new user meets it, in a clean Debian (a debootstrap minbase chroot: the base system, no GTK, no X):
#  1. before its dependencies are there, the launcher (unpacked from the .deb) says in one sentence which package
#     to install instead of opening the window, and the command-line subcommands run without GTK (and, since unpacking
#     is not installing, say in one sentence that the AOT cache is not used, without the JVM's error lines);
#  2. `apt-get install ./maestro_*.deb` brings GTK and the rest the package declares; `maestro status --sim --json`
#     from the installed path prints the simulated plane's tiles, with the app's classes from the AOT cache;
#     `maestro preview list` and `maestro inspect bundle` (a real Sigstore bundle) answer with no JVM warnings;
#  3. `apt-get remove maestro` takes it all away again: /opt/maestro, /usr/bin/maestro, the kiosk unit.
# Usage (root, for chroot and mount): installers/test-deb-install.sh [PACKAGE.deb]
# The Debian: installers/debian-jail.sh (debootstrap, made once and kept in ~/.cache/maestro-deb-test/<suite>.tar).
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
deb=$(readlink -f "${1:-$(ls "$root"/installers/target/maestro_*_amd64.deb 2>/dev/null | head -1)}")
[ -f "$deb" ] || { echo "no .deb: run ./mvnw -Pdist package first, or name one" >&2; exit 2; }
# shellcheck source=installers/debian-jail.sh
source "$root/installers/debian-jail.sh"
cp "$deb" "$jail/tmp/maestro.deb"

echo "testing $(basename "$deb") in a fresh Debian $suite"

# 1. No GTK yet: the launcher, unpacked as it is installed, before apt brings the dependencies.
in_jail "dpkg-deb -x /tmp/maestro.deb /tmp/unpacked"
said=$(in_jail "/tmp/unpacked/opt/maestro/bin/maestro gui --sim 2>&1; echo \"exit \$?\"")
sentence=$(echo "$said" | head -1)
[ "$(tail -1 <<<"$said")" = "exit 3" ] || fail "without GTK the launcher should exit 3, it said: $said"
grep -q 'install the package libgtk-3-0' <<<"$sentence" || fail "without GTK the launcher should name libgtk-3-0: $said"
[ "$(echo "$said" | wc -l)" -eq 2 ] || fail "without GTK the launcher should say one sentence, it said: $said"
pass "without GTK, 'maestro gui' says: $sentence"
in_jail "/tmp/unpacked/opt/maestro/bin/maestro status --sim --json >/tmp/status.json 2>/tmp/status.err"
grep -q '"simulated" : true' "$jail/tmp/status.json" || fail "'maestro status --sim --json' should run without GTK"
pass "without GTK, 'maestro status --sim --json' runs"
# Unpacked, the jars have the time of packaging, not the one the AOT cache was made with (the install script puts it
# back): the launcher says so in one sentence instead of the JVM's "[error][aot]" lines.
grep -q '^maestro: the start-up cache .* touch -m -d @' "$jail/tmp/status.err" && ! grep -q '\[error' "$jail/tmp/status.err" ||
  fail "unpacked, the launcher should say in one sentence that the AOT cache is not used: $(cat "$jail/tmp/status.err")"
pass "unpacked without the install script's jar times: one sentence on the AOT cache, no JVM error lines"
in_jail "rm -rf /tmp/unpacked"

# 2. Installed with its declared dependencies, run from the installed path.
in_jail "apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends /tmp/maestro.deb" \
  >"$work/apt.log" 2>&1 || { tail -30 "$work/apt.log"; fail "apt-get install of the .deb"; }
pass "apt-get install $(basename "$deb") (with $(grep -c '^Setting up' "$work/apt.log") packages it depends on or is)"
in_jail "ldconfig -p | grep 'libgtk-3.so.0' >/dev/null" || fail "GTK 3 did not come with the package"
check_installed_status
# The on-call engineer's preview list (the simulated cluster: Vert.x, Netty) and a bundle's verification (sigstore-java,
# protobuf): their answers and nothing else, no JVM warnings on stderr (JDK 25 warned of Netty's and protobuf's Unsafe).
listed=$(in_jail "cd /tmp && KUBECONFIG=/nonexistent maestro preview list 2>&1")
grep -q 'SIMULATED cluster' <<<"$listed" && ! grep -q '^WARNING' <<<"$listed" || fail "preview list: $listed"
pass "maestro preview list: the simulated cluster, no JVM warnings"
cp "$root/src/core/test/resources/supplychain/sigstore/happy-path-v0.3/bundle.sigstore.json" "$jail/tmp/bundle.sigstore.json"
inspected=$(in_jail "cd /tmp && maestro inspect bundle bundle.sigstore.json 2>&1")
grep -q 'SIGNED, VERIFIED' <<<"$inspected" && ! grep -q '^WARNING' <<<"$inspected" || fail "inspect bundle: $inspected"
pass "maestro inspect bundle: a real Sigstore bundle verified offline, no JVM warnings"
check_installed_aot_cache
in_jail "test -f /usr/lib/systemd/user/maestro-kiosk.service && test -x /usr/bin/maestro-kiosk" || fail "kiosk unit or launcher missing"
pass "kiosk: /usr/lib/systemd/user/maestro-kiosk.service and /usr/bin/maestro-kiosk installed"

# 3. Removed without a trace of its own.
in_jail "DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq maestro" >"$work/remove.log" 2>&1 ||
  { tail -20 "$work/remove.log"; fail "apt-get remove maestro"; }
check_gone "after apt-get remove" /opt/maestro /usr/bin/maestro /usr/bin/maestro-kiosk \
  /usr/lib/systemd/user/maestro-kiosk.service
pass "apt-get remove maestro: /opt/maestro, /usr/bin/maestro and the kiosk unit are gone"
echo "$passed passed, 0 failed"
