#!/usr/bin/env bash
# Runs the test suite from a copy of the repository in a folder with no shared/ beside it, as a
# plain clone from a Git host would be: the tests must read nothing outside the repository.
set -euo pipefail
cd "$(dirname "$0")/.."
top="$(mktemp -d)"
trap 'rm -rf "$top"' EXIT
dir="$top/dx-indicators"
mkdir -p "$dir"
git ls-files -z | xargs -0 -I{} cp --parents {} "$dir"
ln -s "$PWD/node_modules" "$dir/node_modules"
echo "tests from $dir (no shared/ beside it)"
cd "$dir" && node node_modules/vitest/vitest.mjs run --reporter=dot
