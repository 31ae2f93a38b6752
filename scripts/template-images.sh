#!/usr/bin/env bash
# Renders the README's template images (docs/images/templates/*.png) from the filled examples:
# the CLI writes each .xlsx, LibreOffice prints it (scripts/render-xlsx.ts), ImageMagick trims the page.
# The last one is the Google Sheets edition's strategy map, drawn with cells (--for sheets).
# Needs: apt-get install -y --no-install-recommends libreoffice-calc-nogui poppler-utils imagemagick \
#          fonts-crosextra-carlito
# (Carlito has Calibri's metrics, the workbook's font: without it LibreOffice draws a wider font and
# the images show text wider than Excel does.)
set -euo pipefail
cd "$(dirname "$0")/.."
out=docs/images/templates
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$out"
if ! fc-match Calibri 2>/dev/null | grep -qi carlito; then
  echo "warning: no Calibri-compatible font (apt-get install fonts-crosextra-carlito); text will look wider" >&2
fi

# The page whose first line of text is exactly $2 (a sheet's title: its first page), in PDF $1.
page_titled() {
  local pdf=$1 title=$2 pages
  pages=$(pdfinfo "$pdf" | awk '/^Pages:/ {print $2}')
  for ((p = 1; p <= pages; p++)); do
    if [ "$(pdftotext -f "$p" -l "$p" -layout "$pdf" - | sed -e 's/^ *//' -e 's/ *$//' | grep -v '^$' | head -1)" = "$title" ]; then
      echo "$p"
      return
    fi
  done
  echo "no page titled \"$title\" in $pdf" >&2
  return 1
}

# template, language, then pairs of "sheet title|image name" (each sheet's first page);
# FOR=sheets renders the file the CLI writes for Google Sheets.
render() {
  local template=$1 lang=$2 file="$1-${FOR:-excel}"
  shift 2
  # Kinerja's functions: the images show the sheets as designed, without the native steps' columns.
  npm run -s cli -- template "$template" --example --lang "$lang" --formulas kinerja \
    --for "${FOR:-excel}" --out "$work/$file.xlsx" >/dev/null
  npx ts-node scripts/render-xlsx.ts "$work/$file.xlsx" "$work/$file" 160 >/dev/null
  local pdf="$work/$file/$file.pdf"
  for pair in "$@"; do
    local title=${pair%%|*} name=${pair#*|} page png
    page=$(page_titled "$pdf" "$title")
    png=$(ls "$work/$file"/*.png | sort -V | sed -n "${page}p")
    convert "$png" -trim +repage -bordercolor white -border 16 "$out/$name.png"
    echo "$out/$name.png"
  done
}

render umkm id "Kartu Skor KPI UMKM|umkm-register" "Kartu Skor KPI UMKM — Dasbor|umkm-dashboard"
render bsc en "Balanced Scorecard|bsc-register" \
  "Strategy map: objectives and cause → effect links|bsc-strategy-map" \
  "Balanced Scorecard — Dashboard|bsc-dashboard"
render prism en "Performance Prism|prism-register"
render ipms en "Integrated Performance Measurement System (IPMS)|ipms-register" \
  "KPI specification records|ipms-kpi-specification"
FOR=sheets render bsc en "Strategy map: objectives and cause → effect links|bsc-strategy-map-sheets"
