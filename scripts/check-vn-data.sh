#!/usr/bin/env bash
# The generated Vietnam data and the merger corrections must be what scripts/generate-vn-data.mjs
# makes from shared/data/vn-admin, when that folder is beside the repository (CI has it). The
# generator prints its comparison of the three merger sources and stops on any unexplained
# difference. Run by .ci/run.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -d ../shared/data/vn-admin ]; then
  echo "vn data: no ../shared/data/vn-admin beside the repository; nothing to regenerate"
  exit 0
fi
node scripts/generate-vn-data.mjs
git diff --exit-code --stat -- src/vn/generated scripts/merger LICENSES \
  || { echo "vn data: the checked-in data differs from what the generator makes" >&2; exit 1; }
