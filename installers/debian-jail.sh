# A fresh Debian for the package tests (sourced by test-deb-install.sh and test-rpm-install.sh): a debootstrap minbase
# chroot (the base system, no GTK, no X), made once and kept in ~/.cache/maestro-deb-test/<suite>.tar, unpacked into a
# work directory that is removed, mounts and all, when the test ends. Needs root (chroot, mount) and debootstrap.
# MAESTRO_TEST_SUITE (bookworm) and MAESTRO_TEST_MIRROR (http://deb.debian.org/debian) choose the Debian.
# Gives: $work, $jail, in_jail COMMAND (sh -c in the chroot, a clean environment), pass MESSAGE, fail MESSAGE,
# $passed, and the checks both packages' tests make of an installed maestro (check_installed_status,
# check_installed_aot_cache, check_gone).

[ "$(id -u)" -eq 0 ] || { echo "run as root (chroot, mount)" >&2; exit 2; }
suite=${MAESTRO_TEST_SUITE:-bookworm}
mirror=${MAESTRO_TEST_MIRROR:-http://deb.debian.org/debian}
cache_dir=${XDG_CACHE_HOME:-$HOME/.cache}/maestro-deb-test
base="$cache_dir/$suite.tar"

work=$(mktemp -d /var/tmp/maestro-package-test.XXXXXX)
jail="$work/root"
cleanup() {
  for mount in dev/pts dev sys proc; do umount -l "$jail/$mount" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT

if [ ! -f "$base" ]; then
  echo "making a bare Debian $suite (once; kept in $base) ..."
  mkdir -p "$cache_dir"
  debootstrap --variant=minbase "$suite" "$work/base" "$mirror" >"$work/debootstrap.log" 2>&1 ||
    { tail -20 "$work/debootstrap.log"; exit 2; }
  tar -C "$work/base" -cf "$base" .
  rm -rf "$work/base"
fi
mkdir -p "$jail"
tar -C "$jail" -xf "$base"
mount -t proc proc "$jail/proc"
mount -t sysfs sys "$jail/sys"
mount --bind /dev "$jail/dev"
mount --bind /dev/pts "$jail/dev/pts"
cp /etc/resolv.conf "$jail/etc/resolv.conf"

in_jail() {
  chroot "$jail" /usr/bin/env -i HOME=/root LANG=C.UTF-8 \
    PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin /bin/sh -c "$1"
}
passed=0
pass() { echo "PASS $*"; passed=$((passed + 1)); }
fail() { echo "FAIL $*" >&2; exit 1; }

# The installed command, as both packages put it there: /usr/bin/maestro on the PATH, and `maestro status --sim --json`
# from it lists the simulated plane's tiles.
check_installed_status() {
  [ "$(in_jail 'command -v maestro')" = /usr/bin/maestro ] || fail "maestro is not on the PATH"
  local json tiles
  json=$(in_jail "cd /tmp && maestro status --sim --json")
  grep -q '"simulated" : true' <<<"$json" || fail "status --sim --json: $json"
  tiles=$(grep -c '"branch" :' <<<"$json" || true)
  [ "$tiles" -gt 0 ] || fail "status --sim --json listed no tiles: $(echo "$json" | head -20)"
  pass "/usr/bin/maestro status --sim --json: simulated plane, $tiles tiles"
}

# The AOT cache made at build time is used at /opt/maestro: the install scripts gave the jars the time it was made with.
check_installed_aot_cache() {
  local loaded
  loaded=$(in_jail "cd /tmp && MAESTRO_JAVA_OPTIONS=-Xlog:class+load maestro --version" | grep ' io.intelgraph.maestro.cli.Main source:' || true)
  grep -q 'shared objects file' <<<"$loaded" || fail "the AOT cache was not used at /opt/maestro: $loaded"
  pass "the AOT cache made at build time is used at /opt/maestro (${loaded#*source: })"
}

# check_gone WHEN PATH…: fails naming the first PATH still there WHEN (e.g. "after rpm -e").
check_gone() {
  local when=$1 path
  shift
  for path in "$@"; do
    in_jail "test ! -e $path" || fail "$path is still there $when"
  done
}
