#!/usr/bin/env bash
# Run scripts/wine/<suite>/*.wine-test.ts under Windows Node.js in Wine.
#
#   scripts/wine/run-tests.sh [--suite tests|soak] [FILTER]     (FILTER: substring of test file names)
#
# Suites: `tests` (default; `npm run test:windows-registry`, the `wine` group of npm test) and
# `soak` (`npm run test:soak`, the `soak` group). Each test file is bundled to CommonJS with
# esbuild (the native registry modules left external: they resolve to their Windows builds, see
# resolve-registry-modules.cjs) and run by Node's own test runner inside `wine node.exe`, in its own
# throwaway prefix seeded with fixtures/<name>.reg (and fixtures/<name>/*.reg) when present.
# Prints the spec report and a closing line `<suite label>: N passed, N failed, N skipped`; exits 1 on any
# failure or when no test ran. Reports are kept in reports/wine/ or reports/wine-soak/ (gitignored),
# the counts in reports/wine.json or reports/soak.json for npm test's summary.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

suite=tests
if [ "${1:-}" = "--suite" ]; then suite="${2:?--suite needs tests or soak}"; shift 2; fi
case "$suite" in
  tests) label=wine; reports="$PROJECT_ROOT/reports/wine" ;;
  soak) label=soak; reports="$PROJECT_ROOT/reports/wine-soak" ;;
  *) wine_log "unknown suite '$suite' (tests or soak)"; exit 2 ;;
esac
"$WINE_HARNESS_DIR/provision.sh"

filter="${1:-}"
build="$WINE_CACHE/build-$suite"
rm -rf "$build" "$reports"; mkdir -p "$build" "$reports"

mapfile -t tests < <(find "$WINE_HARNESS_DIR/$suite" -maxdepth 1 -name "*${filter}*.wine-test.ts" | sort)
((${#tests[@]})) || { wine_log "no test files match '$filter'"; echo "$label: 0 passed, 0 failed"; exit 1; }

t0=$(date +%s%N)
# --supported:dynamic-import=false: the source loads the registry modules with import(), which must
# become require() so the resolve hook applies (as scripts/build.mjs does for the shipped bundles).
"$PROJECT_ROOT/node_modules/.bin/esbuild" "${tests[@]}" --bundle --platform=node --format=cjs --target=node22 \
  --external:registry-js --external:native-reg --supported:dynamic-import=false --loader:.reg=text --sourcemap=inline --log-level=warning \
  --outdir="$build" --out-extension:.js=.cjs
wine_log "bundled ${#tests[@]} test file(s) in $(( ($(date +%s%N) - t0) / 1000000 )) ms"

# The CLI as scripts/build.mjs bundles it, built here (not in dist/) so the tests always run the
# current source. Tests run it under Windows node.exe from $NICPROPS_CLI (a Windows path).
t0=$(date +%s%N)
cli="$build/cli/nicprops.cjs"
mkdir -p "$(dirname "$cli")"
# Through scripts/build.mjs, so its plugins (inline page scripts) apply as in the shipped bundle.
(cd "$PROJECT_ROOT" && node scripts/build.mjs cli --outfile "$cli" >/dev/null)
export NICPROPS_CLI="$(win_path "$cli")"
wine_log "bundled the CLI in $(( ($(date +%s%N) - t0) / 1000000 )) ms"

pass=0; fail=0; skip=0; status=0
for ts in "${tests[@]}"; do
  name="$(basename "$ts" .ts)"
  bundle="$build/$name.cjs"
  seeds=()
  base="$WINE_HARNESS_DIR/fixtures/${name%.wine-test}"
  [ -f "$base.reg" ] && seeds+=(--reg "$base.reg")
  if [ -d "$base" ]; then for f in "$base"/*.reg; do seeds+=(--reg "$f"); done; fi
  # Optional Linux-side step: tests/<name>.prepare.mjs (<name> without .wine-test) runs with this machine's node (DATA_DIR
  # as its argument, NICPROPS_CLI_UNIX set) and the test finds its output in $WINE_TEST_DATA.
  data="$build/$name.data"; mkdir -p "$data"
  export WINE_TEST_DATA="$(win_path "$data")"
  prepare="$WINE_HARNESS_DIR/$suite/${name%.wine-test}.prepare.mjs"
  if [ -f "$prepare" ] && ! NICPROPS_CLI_UNIX="$cli" node "$prepare" "$data"; then
    wine_log "$name: $(basename "$prepare") failed"; fail=$((fail + 1)); status=1; continue
  fi
  t0=$(date +%s%N)
  set +e
  "$WINE_HARNESS_DIR/with-prefix.sh" "${seeds[@]}" -- \
    "$WINE_HARNESS_DIR/wine-node.sh" --stdout "$reports/$name.stdout.txt" --stderr "$reports/$name.stderr.txt" \
      --test --experimental-test-isolation=none \
      --test-reporter=spec --test-reporter-destination="$(win_path "$reports/$name.spec.txt")" \
      --test-reporter=tap --test-reporter-destination="$(win_path "$reports/$name.tap")" \
      "$(win_path "$bundle")"
  rc=$?
  set -e
  ms=$(( ($(date +%s%N) - t0) / 1000000 ))
  [ -f "$reports/$name.spec.txt" ] && tr -d '\r' <"$reports/$name.spec.txt"
  p=$(tr -d '\r' <"$reports/$name.tap" 2>/dev/null | sed -n 's/^# pass \([0-9]*\)$/\1/p' | tail -1)
  f=$(tr -d '\r' <"$reports/$name.tap" 2>/dev/null | sed -n 's/^# fail \([0-9]*\)$/\1/p' | tail -1)
  sk=$(tr -d '\r' <"$reports/$name.tap" 2>/dev/null | sed -n 's/^# \(skipped\|todo\) \([0-9]*\)$/\2/p' | awk '{ n += $1 } END { print n + 0 }')
  if [ -z "$p" ] || [ -z "$f" ]; then
    wine_log "$name: no test results (exit $rc); stderr:"; tr -d '\r' <"$reports/$name.stderr.txt" >&2 || true
    f=$((${f:-0} + 1)); p=${p:-0}
  fi
  ((rc == 0)) || status=1
  wine_log "$name: $p passed, $f failed in $ms ms (prefix, seed and run)"
  pass=$((pass + p)); fail=$((fail + f)); skip=$((skip + ${sk:-0}))
done

echo "$label: $pass passed, $fail failed, $skip skipped"
# For npm test's summary (scripts/run-tests.mjs).
mkdir -p "$PROJECT_ROOT/reports" && printf '{"passed":%d,"failed":%d,"skipped":%d}\n' "$pass" "$fail" "$skip" >"$PROJECT_ROOT/reports/$label.json"
((fail == 0 && pass > 0 && status == 0))
