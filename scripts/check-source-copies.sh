#!/usr/bin/env bash
# The copies of the plans' source texts in test/fixtures/sources must equal the project's
# shared/sources, when that folder is beside the repository (CI has it; a plain clone does not,
# and the tests read only the copies). Run by .ci/run.
set -euo pipefail
cd "$(dirname "$0")/.."
shared="../shared/sources"
if [ ! -d "$shared" ]; then
  echo "source copies: no $shared beside the repository; nothing to compare"
  exit 0
fi
for f in "$shared"/*.txt; do
  cmp -s "$f" "test/fixtures/sources/$(basename "$f")" || { echo "source copies: test/fixtures/sources/$(basename "$f") differs from $f" >&2; exit 1; }
done
echo "source copies: equal to $shared ($(ls "$shared"/*.txt | wc -l) files)"
