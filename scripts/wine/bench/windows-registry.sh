#!/usr/bin/env bash
# bench:windows-registry: whole-process time of `nicprops show --all --json --source live` under
# Wine against `wine reg query <class key> /s`, on a prefix seeded with a 64 adapters x 60
# properties Net class key (bench/generate-large-source.ts). Prints both medians and their ratio.
#
#   bash scripts/wine/bench/windows-registry.sh [--runs N] [--adapters A] [--properties P] [--json FILE]
#
# The CLI is dist/cli/nicprops.cjs as `node scripts/build.mjs cli` builds it (rebuilt here).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../lib.sh"

runs=5; adapters=64; properties=60; json=""
while (($#)); do
  case "$1" in
    --runs) runs="$2"; shift 2 ;;
    --adapters) adapters="$2"; shift 2 ;;
    --properties) properties="$2"; shift 2 ;;
    --json) json="$2"; shift 2 ;;
    *) wine_log "unknown option $1"; exit 2 ;;
  esac
done

"$WINE_HARNESS_DIR/provision.sh"
(cd "$PROJECT_ROOT" && node scripts/build.mjs cli >/dev/null)
work="$(mktemp -d "${TMPDIR:-/tmp}/nicprops-wine-bench.XXXXXX")"
trap 'rm -rf "$work"' EXIT
seed="$work/class-${adapters}x${properties}.reg"
(cd "$PROJECT_ROOT" && node scripts/run-ts.mjs scripts/wine/bench/generate.ts "$seed" "$adapters" "$properties")
wine_log "generated $seed ($(du -k "$seed" | cut -f1) kB, $(grep -c '^\[' "$seed") keys)"

"$WINE_HARNESS_DIR/with-prefix.sh" --reg "$seed" -- \
  node "$WINE_HARNESS_DIR/bench/measure.mjs" --runs "$runs" --adapters "$adapters" --properties "$properties" ${json:+--json "$json"}
