#!/usr/bin/env bash
# Draws icon.png (the Marketplace wants at least 128×128): a UN-blue page with a numbered
# paragraph and its sub-items. Needs ImageMagick and the DejaVu fonts (Debian packages
# imagemagick, fonts-dejavu-core); the PNG is committed, so this runs only to change it.
set -euo pipefail
cd "$(dirname "$0")"
/usr/bin/convert -size 256x256 xc:none \
  -fill '#009edb' -draw 'roundrectangle 8,8 247,247 40,40' \
  -fill white -draw 'roundrectangle 56,36 200,220 10,10' \
  -fill '#009edb' -font DejaVu-Serif-Bold -pointsize 46 -annotate +72+98 '1.' \
  -draw 'rectangle 124,66 184,80' -draw 'rectangle 124,90 172,98' \
  -fill '#5b6b7a' -font DejaVu-Sans-Bold -pointsize 26 -annotate +88+146 '(a)' \
  -draw 'rectangle 138,126 184,136' -draw 'rectangle 88,162 184,170' -draw 'rectangle 88,184 160,192' \
  -resize 128x128 -strip PNG32:icon.png
