#!/usr/bin/env bash
# Run a make target (default: test) on another Debian's own QGIS, in a debootstrap chroot.
#
#   scripts/qgis_chroot.sh 3.40 [target]      # what `make test-qgis QGIS=3.40` calls
#   PYTEST_ARGS=tests/test_plugin.py scripts/qgis_chroot.sh 3.40   # only some tests
#
# QGIS line -> Debian suite: 3.22 bookworm (Debian 12), 3.40 trixie (Debian 13), 3.44 sid.
# The chroot is built once from Debian's mirror into $POT_CHROOTS (default
# /var/cache/pot-seguimiento/chroots, shared by every clone on the machine) and reused; each
# run copies a clean copy of the working tree (tracked and new files, no build products)
# and ../shared/data into it, so nothing of the host's build leaks into the result.
set -euo pipefail

version=${1:?usage: $0 QGIS_VERSION [make target]}
target=${2:-test}
case "$version" in
  3.22) suite=bookworm ;;
  3.40) suite=trixie ;;
  3.44) suite=sid ;;
  *) echo "QGIS $version: not a line we test (3.22, 3.40, 3.44)"; exit 2 ;;
esac

here=$(cd "$(dirname "$0")/.." && pwd)
chroots=${POT_CHROOTS:-/var/cache/pot-seguimiento/chroots}
root=$chroots/$suite
mirror=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
SUDO=$([ "$(id -u)" = 0 ] || echo sudo)

# One run at a time per chroot: every clone on the machine shares it, its /work copy and its proc/sys/dev
# mounts. Without the lock a second run reused the mounts the first made (so it did not unmount them) and the
# first, finishing, unmounted them under the second; it also replaced the first's /work copy mid-run. The lock
# (flock on fd 9, released when this script exits) makes the second run wait; the chroot's own processes do not
# inherit it (in_chroot closes fd 9), so a server a test leaves behind cannot hold it.
$SUDO mkdir -p "$chroots"
lock=$chroots/$suite.lock
[ -w "$lock" ] || { $SUDO touch "$lock" && $SUDO chmod a+rw "$lock"; }
exec 9>>"$lock"
if ! flock -n 9; then
  echo "Another run is using the $suite chroot ($lock); waiting for it to finish…"
  flock 9
fi

mounted=()
cleanup() {
  for ((i = ${#mounted[@]} - 1; i >= 0; i--)); do $SUDO umount -l "${mounted[i]}" 2>/dev/null || true; done
}
trap cleanup EXIT

mount_system() {
  for fs in proc sys dev dev/pts; do
    mountpoint -q "$root/$fs" && continue
    $SUDO mkdir -p "$root/$fs"
    case $fs in
      proc) $SUDO mount -t proc proc "$root/proc" ;;
      *) $SUDO mount --bind "/$fs" "$root/$fs" ;;
    esac
    mounted+=("$root/$fs")
  done
}

in_chroot() { $SUDO chroot "$root" /usr/bin/env -i HOME=/root PATH=/usr/sbin:/usr/bin:/sbin:/bin \
  LANG=C.UTF-8 DEBIAN_FRONTEND=noninteractive CI="${CI:-}" bash -c "$1" 9>&-; }

if [ ! -e "$root/.pot-ready" ]; then
  echo "Building the $suite chroot in $root (Debian's mirror only; once per machine)…"
  command -v debootstrap >/dev/null || { $SUDO apt-get update && $SUDO apt-get install -y debootstrap; }
  $SUDO rm -rf "$root" && $SUDO mkdir -p "$root"
  $SUDO debootstrap --variant=minbase --include=ca-certificates,make,git,zip,unzip,locales \
    "$suite" "$root" "$mirror"
  # A machine clock past the Release file's validity (sid's is short) must not stop apt.
  echo 'Acquire::Check-Valid-Until "false";' | $SUDO tee "$root/etc/apt/apt.conf.d/99pot" >/dev/null
  echo "es_CO.UTF-8 UTF-8" | $SUDO tee "$root/etc/locale.gen" >/dev/null
  $SUDO touch "$root/.pot-ready"
fi

# The host's network settings, pip configuration and certificates (pip behind a TLS proxy).
$SUDO cp /etc/resolv.conf "$root/etc/resolv.conf"
[ -f /etc/pip.conf ] && $SUDO cp /etc/pip.conf "$root/etc/pip.conf"
if [ -d /usr/local/share/ca-certificates ]; then
  $SUDO cp -r /usr/local/share/ca-certificates/. "$root/usr/local/share/ca-certificates/"
fi
$SUDO cp /etc/ssl/certs/ca-certificates.crt "$root/usr/local/share/ca-certificates/host-bundle.crt"
mount_system
in_chroot "update-ca-certificates >/dev/null 2>&1; locale-gen >/dev/null 2>&1 || true"

# A clean copy of the working tree and the shared test data.
work="$root/work"
$SUDO rm -rf "$work" && $SUDO mkdir -p "$work/main" "$work/shared"
(cd "$here" && git ls-files -z --cached --others --exclude-standard) \
  | (cd "$here" && $SUDO tar --null -T - -cf - 2>/dev/null) | $SUDO tar -xf - -C "$work/main"
# The web libraries npm fetched on the host (the chroot has no npm of its own).
[ -d "$here/web/node_modules" ] && $SUDO cp -r "$here/web/node_modules" "$work/main/web/"
[ -d "$here/../shared/data" ] && $SUDO cp -r "$here/../shared/data" "$work/shared/"

# PYTEST_ARGS (the Makefile's: which tests `make test` runs, default the whole suite) goes through as it was given.
args=${PYTEST_ARGS:+PYTEST_ARGS=$(printf %q "$PYTEST_ARGS")}
echo "QGIS $version ($suite): make $target ${args}"
in_chroot "cd /work/main && make $target ${args}"
