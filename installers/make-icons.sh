#!/usr/bin/env bash
# Exports assets/icon/maestro.svg to the icons the installers use (run after editing the SVG; the results are
# committed, so a build needs none of these tools):
#   maestro-{16,32,48,64,128,256,512}.png  Linux (.deb/.rpm desktop entries, jpackage --icon), the README
#   maestro.ico                              Windows (.msi, the .exe launcher)
#   maestro.icns                             macOS (.dmg, the .app bundle)
# Needs ImageMagick (apt-get install imagemagick) and png2icns (apt-get install icnsutils).
set -euo pipefail
cd "$(dirname "$0")/../assets/icon"

magick=$(command -v magick || command -v convert)
for size in 16 32 48 64 128 256 512; do
  # Rendered at 4x and scaled down: ImageMagick's SVG renderer draws thin edges unevenly at small sizes.
  "$magick" -background none -density $((96 * 4 * size / 512)) maestro.svg -resize "${size}x${size}" -strip \
    -define png:exclude-chunks=date,time "maestro-$size.png"
done
"$magick" maestro-16.png maestro-32.png maestro-48.png maestro-64.png maestro-128.png maestro-256.png maestro.ico
png2icns maestro.icns maestro-16.png maestro-32.png maestro-48.png maestro-128.png maestro-256.png maestro-512.png >/dev/null
ls -l maestro*
