#!/usr/bin/env bash
# Installs the .deb on a fresh Debian 12 and uses it there, as an IT department would: a
# minimal bookworm made by debootstrap (no GrantDesk build dependencies in it), then
# `apt-get install ./grantdesk_*.deb`, which must resolve every dependency from Debian. In
# that system: the programs start, the demo loads, keys for the demo's reviewer and approver
# (张敏, 王立: the review names its reviewer, and only the reviewer may sign) sign
# and countersign a decided review, the package verifies as approved; the desktop entry, the
# icons, the MIME type and the man pages are where a desktop looks for them, and `xdg-open`
# on a .gdpkg starts GrantDesk with the Verify Package dialog (photographed on an X screen).
# lintian checks the package on the host. Needs root, debootstrap and the network (Debian's
# mirror); not part of scripts/test.sh for that reason. Two to six minutes, mostly downloads.
#
# Usage (as root): scripts/check-deb.sh [BUILD_DIR]   (default build/release; the .deb is built
#                  there with cpack when it is missing). The pictures and logs go to
#                  BUILD_DIR/check-deb/. Exit 0 when every check passed.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build/release}
out="$build/check-deb"
mirror=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
[ "$(id -u)" = 0 ] || { echo "check-deb.sh: run as root (debootstrap and chroot)"; exit 64; }
for tool in debootstrap lintian xvfb-run xdotool import; do
  command -v "$tool" >/dev/null || { echo "check-deb.sh: $tool is missing (apt-get install debootstrap lintian xvfb xdotool imagemagick)"; exit 64; }
done

deb=$(ls "$build"/grantdesk_*_amd64.deb 2>/dev/null | head -n 1 || true)
if [ -z "$deb" ]; then
  cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release
  cmake --build "$build" --target grantdesk grantdesk-cli grantdesk_packaging_files
  (cd "$build" && cpack -G DEB)
  deb=$(ls "$build"/grantdesk_*_amd64.deb | head -n 1)
fi
rm -rf "$out" && mkdir -p "$out"
echo "== package: $deb"

failures=0
check() { # check DESCRIPTION COMMAND...: runs the command, says ok or FAIL
  local what=$1; shift
  if "$@" >>"$out/checks.log" 2>&1; then echo "ok    $what"; else echo "FAIL  $what"; failures=$((failures + 1)); fi
}

# lintian refuses to run as root without complaint; it reads the package as nobody.
cp "$deb" "$out/grantdesk.deb" && chmod 644 "$out/grantdesk.deb"
lintian_log="$out/lintian.log"
(cd /tmp && su nobody -s /bin/sh -c "lintian -EvIL +pedantic '$(realpath "$out/grantdesk.deb")'") >"$lintian_log" 2>&1 || true
check "lintian: no error and no warning" sh -c "! grep -E '^(E|W):' '$lintian_log'"

root=$(mktemp -d /tmp/grantdesk-fresh.XXXXXX)
cleanup() {
  for m in tmp/.X11-unix proc; do mountpoint -q "$root/$m" && umount "$root/$m"; done
  rm -rf --one-file-system "$root"
}
trap cleanup EXIT
echo "== a fresh Debian 12 in $root (debootstrap, minbase)"
debootstrap --variant=minbase bookworm "$root" "$mirror" >"$out/debootstrap.log" 2>&1
cp /etc/resolv.conf "$root/etc/resolv.conf"
mount -t proc proc "$root/proc"
cp "$out/grantdesk.deb" "$root/root/grantdesk.deb"
in_root() { chroot "$root" env -i HOME=/root PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 "$@"; }

echo "== apt-get install ./grantdesk.deb"
check "apt resolves and installs every dependency" \
  in_root sh -c 'apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y /root/grantdesk.deb'
in_root dpkg-query -W -f='${Package} ${Version}\n' grantdesk | tee -a "$out/checks.log"
echo "   $(in_root sh -c 'dpkg -l | grep -c "^ii"') packages in the system after the install"

echo "== the programs, from the installed paths"
check "grantdesk-cli --version" in_root /usr/bin/grantdesk-cli --version
check "the demo loads" in_root /usr/bin/grantdesk-cli --db /root/desk.sqlite demo
check "the demo's audit trail verifies" in_root /usr/bin/grantdesk-cli --db /root/desk.sqlite audit verify
decided=$(in_root /usr/bin/grantdesk-cli --db /root/desk.sqlite list --status decided | awk 'NR == 2 { print $1 }')
echo "   a decided review: $decided"
check "a reviewer's and an approver's keys" in_root sh -c \
  'export GRANTDESK_PASSPHRASE=check-deb-passphrase
   grantdesk-cli keygen --alg sm2 --name 张敏 --unit 福建省大数据局 --out /root/reviewer &&
   grantdesk-cli keygen --alg sm2 --name 王立 --unit 福建省大数据局 --out /root/approver'
check "export signs $decided" in_root env GRANTDESK_PASSPHRASE=check-deb-passphrase \
  /usr/bin/grantdesk-cli --db /root/desk.sqlite export "$decided" --key /root/reviewer --out /root/case.gdpkg
check "the approver countersigns" in_root env GRANTDESK_PASSPHRASE=check-deb-passphrase \
  /usr/bin/grantdesk-cli --db /root/desk.sqlite countersign /root/case.gdpkg --key /root/approver
check "the package verifies as approved" in_root sh -c \
  '/usr/bin/grantdesk-cli verify /root/case.gdpkg --require-approved | tail -n 1 | grep -q "valid and approved"'

echo "== what a desktop finds"
for size in 16 22 24 32 48 64 128 256; do
  check "icon ${size}x${size}" in_root test -s "/usr/share/icons/hicolor/${size}x${size}/apps/org.grantdesk.GrantDesk.png"
done
check "icon scalable" in_root test -s /usr/share/icons/hicolor/scalable/apps/org.grantdesk.GrantDesk.svg
check "man pages" in_root test -s /usr/share/man/man1/grantdesk.1.gz -a -s /usr/share/man/man1/grantdesk-cli.1.gz
check "AppStream metadata" in_root test -s /usr/share/metainfo/org.grantdesk.GrantDesk.metainfo.xml
# A desktop system has these; installing them runs the triggers that register the MIME type
# and the entry's MimeType= (the same triggers run when GrantDesk is installed after them).
in_root sh -c 'DEBIAN_FRONTEND=noninteractive apt-get install -y xdg-utils desktop-file-utils shared-mime-info' >>"$out/checks.log" 2>&1
check "desktop entry valid (desktop-file-validate)" \
  in_root desktop-file-validate /usr/share/applications/org.grantdesk.GrantDesk.desktop
check "*.gdpkg is application/x-grantdesk-package" in_root sh -c \
  'test "$(xdg-mime query filetype /root/case.gdpkg)" = application/x-grantdesk-package'
check "a .gdpkg opens with GrantDesk" in_root sh -c \
  'test "$(xdg-mime query default application/x-grantdesk-package)" = org.grantdesk.GrantDesk.desktop'

echo "== a double click: xdg-open case.gdpkg on an X screen"
display=:$((90 + RANDOM % 200))
Xvfb "$display" -screen 0 1280x800x24 >/dev/null 2>&1 &
xvfb=$!
sleep 1
mkdir -p "$root/tmp/.X11-unix" && mount --bind /tmp/.X11-unix "$root/tmp/.X11-unix"
in_root sh -c "DISPLAY=$display XDG_RUNTIME_DIR=/tmp/run xdg-open /root/case.gdpkg" >"$out/xdg-open.log" 2>&1 &
shown=no
for _ in $(seq 1 40); do
  sleep 0.5
  # The dialog's title names the file: "验证数据包 — case.gdpkg — …".
  if DISPLAY=$display xdotool search --onlyvisible --name 'case\.gdpkg' >/dev/null 2>&1; then shown=yes; break; fi
done
sleep 2
DISPLAY=$display import -window root "$out/xdg-open.png"
check "the Verify Package dialog opened (see $out/xdg-open.png)" test "$shown" = yes
for pid in $(pgrep -x grantdesk); do
  [ "$(readlink "/proc/$pid/root")" = "$root" ] && kill "$pid"
done
sleep 1
kill "$xvfb" 2>/dev/null || true

echo "== $failures failed (log: $out/checks.log)"
[ "$failures" = 0 ]
