#!/usr/bin/env bash
# The .rpm, as far as a Debian build host can take it (no RPM distribution's mirror is reachable here, so its
# dependencies are checked by name, not installed):
#  1. what it declares: the summary and description package managers show, the system libraries it requires by
#     their Fedora/RHEL names (GTK 3, X11, ALSA, Mesa's GL, xdg-utils), its licence and address;
#  2. `rpm -i` in a fresh Debian (installers/debian-jail.sh, with Debian's rpm tool and xdg-utils, which its
#     scriptlets call) runs its scriptlets without a failure; `maestro status --sim --json` from the installed path
#     prints the simulated plane's tiles, with the app's classes from the AOT cache (the scriptlet gives the jars the
#     time the cache was made with); the command, the kiosk unit and the desktop entry are where they belong;
#  3. `rpm -e maestro` takes it all away again.
# Usage (root, for chroot and mount): installers/test-rpm-install.sh [PACKAGE.rpm]
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
rpm_file=$(readlink -f "${1:-$(ls "$root"/installers/target/maestro-*.x86_64.rpm 2>/dev/null | head -1)}")
[ -f "$rpm_file" ] || { echo "no .rpm: run ./mvnw -Pdist package first, or name one" >&2; exit 2; }
command -v rpm >/dev/null || { echo "needs rpm (apt-get install rpm) to read the package" >&2; exit 2; }
# shellcheck source=installers/debian-jail.sh
source "$root/installers/debian-jail.sh"
cp "$rpm_file" "$jail/tmp/maestro.rpm"

echo "testing $(basename "$rpm_file") in a fresh Debian $suite"

# 1. What the package says of itself.
query() { rpm -qp --qf "$1" "$rpm_file" 2>/dev/null; }
summary=$(query '%{SUMMARY}')
spec_summary=$(sed -n 's/^Summary: //p' "$root/installers/linux/rpm/maestro.spec")
[ "$summary" = "$spec_summary" ] && [ "$summary" != "$(query '%{NAME}')" ] ||
  fail "the summary should be the spec's sentence, not the package name: '$summary'"
pass "summary: $summary"
requires=$(rpm -qp --requires "$rpm_file" 2>/dev/null)
for library in gtk3 libX11 libXtst alsa-lib mesa-libGL xdg-utils; do
  grep -qx "$library" <<<"$requires" || fail "the package does not require $library: $(echo $requires)"
done
pass "requires GTK 3, X11, ALSA, Mesa's GL and xdg-utils by name ($(grep -vc '^rpmlib\|^/' <<<"$requires") packages)"
[ -n "$(query '%{URL}')" ] && [ -n "$(query '%{LICENSE}')" ] && query '%{DESCRIPTION}' | grep -q 'Maestro Build HUD' ||
  fail "address, licence or description missing: $(query '%{URL} / %{LICENSE} / %{DESCRIPTION}')"
pass "address $(query '%{URL}'), licence $(query '%{LICENSE}')"

# 2. Installed, its scriptlets run, run from the installed path.
in_jail "apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends rpm xdg-utils" \
  >"$work/apt.log" 2>&1 || { tail -30 "$work/apt.log"; fail "apt-get install rpm xdg-utils"; }
# Debian's rpm refuses to install into the system unless told it is meant (--force-debian); --nodeps, since the
# requirements above name Fedora's packages, which no Debian database holds.
installed=$(in_jail "rpm -i --nodeps --force-debian /tmp/maestro.rpm 2>&1; echo \"exit \$?\"")
[ "$(tail -1 <<<"$installed")" = "exit 0" ] && ! grep -qi 'scriptlet failed\|error' <<<"$installed" ||
  fail "rpm -i: $installed"
pass "rpm -i $(basename "$rpm_file"): its scriptlets ran without a failure"
check_installed_status
check_installed_aot_cache
in_jail "test -f /usr/lib/systemd/user/maestro-kiosk.service && test -x /usr/bin/maestro-kiosk" || fail "kiosk unit or launcher missing"
in_jail "test -f /usr/share/applications/maestro-maestro.desktop" || fail "no desktop entry in /usr/share/applications"
pass "kiosk unit, /usr/bin/maestro-kiosk and the desktop entry installed"

# 3. Removed without a trace of its own.
removed=$(in_jail "rpm -e --nodeps --force-debian maestro 2>&1; echo \"exit \$?\"")
[ "$(tail -1 <<<"$removed")" = "exit 0" ] || fail "rpm -e maestro: $removed"
check_gone "after rpm -e" /opt/maestro /usr/bin/maestro /usr/bin/maestro-kiosk /usr/lib/systemd/user/maestro-kiosk.service \
  /usr/share/applications/maestro-maestro.desktop
pass "rpm -e maestro: /opt/maestro, the command, the kiosk unit and the desktop entry are gone"
echo "$passed passed, 0 failed"
