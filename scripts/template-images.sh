#!/usr/bin/env bash
# Renders the README's template images (docs/images/templates/*.png) from the filled examples:
# the CLI writes each .xlsx, LibreOffice prints it (scripts/render-xlsx.ts), ImageMagick trims the page.
# Needs: apt-get install -y --no-install-recommends libreoffice-calc-nogui poppler-utils imagemagick
set -euo pipefail
cd "$(dirname "$0")/.."
out=docs/images/templates
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$out"

# template, language, then pairs of "page-number:image-name" (pages are the sheets, in order)
render() {
  local template=$1 lang=$2
  shift 2
  npm run -s cli -- template "$template" --example --lang "$lang" --out "$work/$template.xlsx" >/dev/null
  npx ts-node scripts/render-xlsx.ts "$work/$template.xlsx" "$work/$template" 160 >/dev/null
  for pair in "$@"; do
    local page=${pair%%:*} name=${pair#*:}
    local png
    png=$(ls "$work/$template"/*.png | sort -V | sed -n "${page}p")
    convert "$png" -trim +repage -bordercolor white -border 16 "$out/$name.png"
    echo "$out/$name.png"
  done
}

render umkm id 1:umkm-register 3:umkm-dashboard
render bsc en 1:bsc-register 5:bsc-strategy-map 7:bsc-dashboard
render prism en 1:prism-register
render ipms en 1:ipms-register 2:ipms-kpi-specification
