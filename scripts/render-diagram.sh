#!/usr/bin/env bash
# Renders every processes/*.bpmn to docs/images/<name>.svg and .png with bpmn-js in headless Chromium,
# e.g. processes/LeadLifecycleProcess.bpmn -> docs/images/lead-lifecycle.svg (name without "Process", kebab case).
#
#   scripts/render-diagram.sh                  # all models
#   scripts/render-diagram.sh processes/X.bpmn # just these
#
# Needs node + npm (the pinned bpmn-js and playwright-core come from scripts/diagram/package-lock.json via npm ci)
# and Debian's Chromium at /usr/bin/chromium (apt-get install -y chromium), or another one named by $CHROMIUM.
# Never downloads a browser (no `playwright install`). PNG width: $DIAGRAM_PNG_WIDTH (default 2200).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
tool="$here/scripts/diagram"

if ! command -v npm >/dev/null; then
  echo "render-diagram: needs node and npm (apt-get install -y nodejs npm)" >&2; exit 1
fi
if [ ! -x "${CHROMIUM:-/usr/bin/chromium}" ]; then
  echo "render-diagram: no Chromium at ${CHROMIUM:-/usr/bin/chromium}: apt-get install -y chromium" >&2; exit 1
fi

# npm ci when node_modules is missing or older than the lock file.
if [ ! -f "$tool/node_modules/.package-lock.json" ] \
   || [ "$tool/package-lock.json" -nt "$tool/node_modules/.package-lock.json" ]; then
  (cd "$tool" && npm ci --no-audit --no-fund --loglevel=error)
fi

files=("$@")
if [ ${#files[@]} -eq 0 ]; then
  shopt -s nullglob
  files=("$here"/processes/*.bpmn)
fi
if [ ${#files[@]} -eq 0 ]; then
  echo "render-diagram: no .bpmn files" >&2; exit 1
fi

exec node "$tool/render.mjs" --out-dir "$here/docs/images" --png-width "${DIAGRAM_PNG_WIDTH:-2200}" "${files[@]}"
