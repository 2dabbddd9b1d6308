#!/usr/bin/env bash
# Regenerates docs/scorecard-demo.png, the README's picture of `npm run demo -- --format html`:
# the demo page rendered by headless Chromium (CHROME_PATH, or chromium on the PATH).
set -euo pipefail
cd "$(dirname "$0")/.."
chrome="${CHROME_PATH:-$(command -v chromium || command -v chromium-browser || command -v google-chrome)}"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
npx tsx scripts/demo.ts --format html --lang vi > "$tmp/demo.html"
"$chrome" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking \
  --disable-component-update --disable-sync --hide-scrollbars --force-device-scale-factor=1 \
  --user-data-dir="$tmp/profile" --window-size=1100,1500 --screenshot="$tmp/demo.png" "file://$tmp/demo.html" 2>/dev/null
cp "$tmp/demo.png" docs/scorecard-demo.png
echo "docs/scorecard-demo.png: $(wc -c < docs/scorecard-demo.png) bytes"
