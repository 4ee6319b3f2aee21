#!/usr/bin/env bash
# Lints the process models the way Camunda Modeler does, so CI and developers see the same problems.
#   BPMN: bpmnlint with the repo's .bpmnlintrc (bpmnlint:recommended + camunda-compat rules for Camunda 7.24).
#   DMN:  dmnlint with the repo's .dmnlintrc (dmnlint:recommended).
# Usage: .ci/lint-models.sh            lints processes/*.bpmn and processes/*.dmn
#        .ci/lint-models.sh FILE...    lints the given .bpmn/.dmn files
# Exits non-zero if any file has an error or a warning (bpmnlint reports e.g. a missing history time to live
# as a warning, so warnings fail too).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
LINT="$ROOT/.ci/lint"
cd "$ROOT"

# Install the pinned linters from package-lock.json, again whenever the lock file changed.
STAMP="$LINT/node_modules/.installed-from-lock.sha256"
LOCK_SHA="$(sha256sum "$LINT/package-lock.json" | cut -d' ' -f1)"
if [[ ! -x "$LINT/node_modules/.bin/bpmnlint" || ! -x "$LINT/node_modules/.bin/dmnlint" \
      || "$(cat "$STAMP" 2>/dev/null)" != "$LOCK_SHA" ]]; then
  echo "Installing model linters (npm ci in .ci/lint)..."
  (cd "$LINT" && npm ci --no-audit --no-fund --loglevel=error)
  echo "$LOCK_SHA" > "$STAMP"
fi

# bpmnlint and dmnlint read their rc file from the working directory (the repo root) and resolve the packages
# it names (bpmnlint-plugin-camunda-compat) from there too. Those live in .ci/lint/node_modules, not
# ./node_modules, so NODE_PATH makes Node look there as well.
export NODE_PATH="$LINT/node_modules${NODE_PATH:+:$NODE_PATH}"

bpmn=() dmn=()
if (( $# )); then
  for f in "$@"; do
    case "$f" in
      *.bpmn) bpmn+=("$f") ;;
      *.dmn) dmn+=("$f") ;;
      *) echo "Not a .bpmn or .dmn file: $f" >&2; exit 2 ;;
    esac
  done
else
  shopt -s nullglob
  bpmn=(processes/*.bpmn)
  dmn=(processes/*.dmn)
  shopt -u nullglob
fi

failed=0
if (( ${#bpmn[@]} )); then
  echo "bpmnlint (.bpmnlintrc): ${bpmn[*]}"
  if "$LINT/node_modules/.bin/bpmnlint" --max-warnings=0 "${bpmn[@]}"; then
    echo "BPMN: OK"
  else
    echo "BPMN: FAILED" >&2
    failed=1
  fi
else
  echo "bpmnlint: no BPMN files to lint"
fi

if (( ${#dmn[@]} )); then
  echo "dmnlint (.dmnlintrc): ${dmn[*]}"
  if "$LINT/node_modules/.bin/dmnlint" "${dmn[@]}"; then
    echo "DMN: OK"
  else
    echo "DMN: FAILED" >&2
    failed=1
  fi
else
  echo "dmnlint: no DMN files to lint"
fi

if (( failed )); then
  echo "Model lint failed." >&2
  exit 1
fi
echo "Model lint passed."
