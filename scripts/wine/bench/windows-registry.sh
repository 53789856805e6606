#!/usr/bin/env bash
# bench:windows-registry: the live registry under Wine, whole processes (`wine node.exe nicprops …`).
#  1. Reading: `nicprops show --all --json --source live` against `wine reg query <class key> /s` on
#     a 64 adapters x 60 properties Net class key (bench/generate-large-source.ts): both medians
#     and their ratio (measure.mjs).
#  2. Writing: set of one value, a change set of 10 values and 10 Not Present, reset of a
#     60-property adapter and undo of it, and show --all, on the same key with the two REG_BINARY
#     install values every real adapter key has (generate.ts --install-values; measure-writes.mjs).
#
#   bash scripts/wine/bench/windows-registry.sh [--runs N] [--adapters A] [--properties P]
#        [--only read|write] [--cli PATH] [--json PREFIX]
#
# The CLI is dist/cli/nicprops.cjs as `node scripts/build.mjs cli` builds it (rebuilt here);
# --cli measures another build instead (for example one made from an older commit).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../lib.sh"

runs=5; adapters=64; properties=60; json=""; only=""; cli=""
while (($#)); do
  case "$1" in
    --runs) runs="$2"; shift 2 ;;
    --adapters) adapters="$2"; shift 2 ;;
    --properties) properties="$2"; shift 2 ;;
    --json) json="$2"; shift 2 ;;
    --only) only="$2"; shift 2 ;;
    --cli) cli="$(realpath "$2")"; shift 2 ;;
    *) wine_log "unknown option $1"; exit 2 ;;
  esac
done

"$WINE_HARNESS_DIR/provision.sh"
if [ -z "$cli" ]; then (cd "$PROJECT_ROOT" && node scripts/build.mjs cli >/dev/null); cli="$PROJECT_ROOT/dist/cli/nicprops.cjs"; fi
work="$(mktemp -d "${TMPDIR:-/tmp}/nicprops-wine-bench.XXXXXX")"
trap 'rm -rf "$work"' EXIT

if [ "$only" != write ]; then
  seed="$work/class-${adapters}x${properties}.reg"
  (cd "$PROJECT_ROOT" && node scripts/run-ts.mjs scripts/wine/bench/generate.ts "$seed" "$adapters" "$properties")
  wine_log "generated $seed ($(du -k "$seed" | cut -f1) kB, $(grep -c '^\[' "$seed") keys)"
  "$WINE_HARNESS_DIR/with-prefix.sh" --reg "$seed" -- \
    node "$WINE_HARNESS_DIR/bench/measure.mjs" --runs "$runs" --adapters "$adapters" --properties "$properties" --cli "$cli" ${json:+--json "$json-read.json"}
fi

if [ "$only" != read ]; then
  seed="$work/class-${adapters}x${properties}-installed.reg"
  (cd "$PROJECT_ROOT" && node scripts/run-ts.mjs scripts/wine/bench/generate.ts "$seed" "$adapters" "$properties" --install-values)
  wine_log "generated $seed with install values ($(du -k "$seed" | cut -f1) kB)"
  "$WINE_HARNESS_DIR/with-prefix.sh" --reg "$seed" -- \
    node "$WINE_HARNESS_DIR/bench/measure-writes.mjs" --runs "$runs" --cli "$cli" ${json:+--json "$json-write.json"}
fi
