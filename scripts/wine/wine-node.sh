#!/usr/bin/env bash
# Run a script with the Windows node.exe under Wine, inside a prefix made by with-prefix.sh.
#
#   scripts/wine/wine-node.sh [--stdout FILE] [--stderr FILE] [NODE_OPTIONS...] SCRIPT [ARGS...]
#
# Node's stdout/stderr to a PIPE fail under Wine (EBADF), so they always go to files; without
# --stdout/--stderr they are temp files copied to this script's stdout/stderr afterwards.
# 'registry-js' and 'native-reg' resolve to their Windows-side copies from any script location
# (resolve-registry-modules.cjs is preloaded; NODE_PATH is set too). Paths among the arguments are
# passed as given: node.exe maps /abs/unix/paths to Z:\abs\unix\paths since Z: is / in Wine.
# Exit status is node's.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
[ -n "${WINEPREFIX:-}" ] || { wine_log "WINEPREFIX is not set: run under scripts/wine/with-prefix.sh"; exit 2; }
if [ -z "${NODE_EXE:-}" ]; then source "$WINE_ENV_FILE"; fi

out=""; err=""
while (($#)); do
  case "$1" in
    --stdout) out="$2"; shift 2 ;;
    --stderr) err="$2"; shift 2 ;;
    *) break ;;
  esac
done
tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT
o="${out:-$tmp/stdout}"; e="${err:-$tmp/stderr}"
set +e
NODE_PATH="$(win_path "$REGJS_NODE_MODULES");$(win_path "$NATIVE_REG_NODE_MODULES")" \
NICPROPS_WINE_REGISTRY_JS="$(win_path "$REGJS_NODE_MODULES/registry-js")" \
NICPROPS_WINE_NATIVE_REG="$(win_path "$NATIVE_REG_NODE_MODULES/native-reg")" \
  wine "$NODE_EXE" -r "$(win_path "$WINE_HARNESS_DIR/resolve-registry-modules.cjs")" "$@" >"$o" 2>"$e" </dev/null
rc=$?
set -e
[ -n "$out" ] || cat "$o"
[ -n "$err" ] || cat "$e" >&2
exit "$rc"
