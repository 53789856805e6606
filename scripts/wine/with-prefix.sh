#!/usr/bin/env bash
# Run a command against a throwaway Wine prefix whose registry is seeded from .reg files.
#
#   scripts/wine/with-prefix.sh [--reg FILE.reg]... [--reg-raw FILE.reg]... [--keep] -- COMMAND [ARGS...]
#
# - The prefix is a copy of a pristine template (built once per Wine version with `wineboot -i`,
#   cached in $WINE_CACHE): about 0.3 s instead of ~9 s for a fresh prefix.
# - `wineserver -p` is started so every wine process in COMMAND shares one server (no restarts).
# - Each --reg file is imported with `wine reg import`. A file without a UTF-16 BOM (the UTF-8
#   fixtures kept readable in git) is converted to UTF-16LE + BOM first, as regedit writes it:
#   Wine reads BOM-less files as ANSI and would mangle hex(2)/hex(7) data and non-ASCII text.
#   --reg-raw imports a file byte for byte (for interop tests of other encodings).
# - COMMAND runs with WINEPREFIX, WINEDEBUG, NODE_EXE, REGJS_NODE_MODULES, NATIVE_REG_NODE_MODULES and WINE_HARNESS_DIR
#   exported; `scripts/wine/wine-node.sh` runs node.exe scripts inside it.
# - On exit (normal, error or signal) the wineserver is killed (`wineserver -k`) and the prefix
#   removed, unless --keep (then its path is printed). Exit status is COMMAND's.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
[ -f "$WINE_ENV_FILE" ] || { wine_log "not provisioned: run scripts/wine/provision.sh"; exit 2; }
source "$WINE_ENV_FILE"

regs=(); raws=(); keep=0
while (($#)); do
  case "$1" in
    --reg) regs+=("$2"); shift 2 ;;
    --reg-raw) raws+=("$2"); shift 2 ;;
    --keep) keep=1; shift ;;
    --) shift; break ;;
    *) wine_log "unknown option $1"; exit 2 ;;
  esac
done
(($#)) || { wine_log "usage: with-prefix.sh [--reg FILE]... [--keep] -- COMMAND..."; exit 2; }

ms() { echo $(( ($(date +%s%N) - $1) / 1000000 )); }

# --- template prefix, once per Wine version ---------------------------------------------------
template="$WINE_CACHE/prefix-template-$(printf '%s' "$WINE_VERSION" | sha256sum | cut -c1-12)"
if [ ! -f "$template/.harness-ready" ]; then
  t0=$(date +%s%N)
  wine_log "creating template prefix (once per Wine version)"
  rm -rf "$template" "$template.tmp"
  mkdir -p "$template.tmp"
  WINEPREFIX="$template.tmp" wineboot -i >/dev/null 2>&1
  WINEPREFIX="$template.tmp" wineserver -w
  rm -f "$template.tmp/wineserver"
  touch "$template.tmp/.harness-ready"
  mv "$template.tmp" "$template"
  wine_log "template prefix ready in $(ms "$t0") ms"
fi

# --- the throwaway prefix ---------------------------------------------------------------------
t0=$(date +%s%N)
export WINEPREFIX
WINEPREFIX="$(mktemp -d "${TMPDIR:-/tmp}/nicprops-wine.XXXXXX")"
scratch="$(mktemp -d "${TMPDIR:-/tmp}/nicprops-wine-scratch.XXXXXX")"
child=""
cleanup() {
  local rc=$?
  trap - EXIT INT TERM
  # COMMAND runs in its own process group (setsid below): end it first, then Wine.
  if [ -n "$child" ]; then kill -TERM -- "-$child" 2>/dev/null || true; fi
  wineserver -k 2>/dev/null || true
  wineserver -w 2>/dev/null || true
  rm -rf "$scratch"
  if ((keep)); then wine_log "kept prefix $WINEPREFIX"; else rm -rf "$WINEPREFIX"; fi
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# Copy the template: the ~650 MB of DLLs under drive_c/windows are hard links (nothing the
# harness runs writes there), the registry files and everything else are real copies.
(cd "$template" && find . -mindepth 1 -maxdepth 1 ! -name drive_c ! -name .harness-ready -exec cp -a {} "$WINEPREFIX/" \;)
mkdir -p "$WINEPREFIX/drive_c"
(cd "$template/drive_c" && find . -mindepth 1 -maxdepth 1 ! -name windows -exec cp -a {} "$WINEPREFIX/drive_c/" \;)
cp -al "$template/drive_c/windows" "$WINEPREFIX/drive_c/windows"
wineserver -p
wine_log "prefix $WINEPREFIX ready in $(ms "$t0") ms"

# --- seed the registry ------------------------------------------------------------------------
import_reg() {
  local file="$1" log="$scratch/reg-import.log"
  if ! wine reg import "$(win_path "$file")" >"$log" 2>&1; then
    wine_log "reg import $file failed: $(tr -d '\r' <"$log")"; exit 1
  fi
}
t0=$(date +%s%N); n=0
for f in "${regs[@]}"; do
  [ -f "$f" ] || { wine_log "no such .reg file: $f"; exit 2; }
  bom="$(head -c2 "$f" | od -An -tx1 | tr -d ' ')"
  if [ "$bom" = "fffe" ]; then import_reg "$f"; else
    conv="$scratch/$n-$(basename "$f")"
    { printf '\xff\xfe'; sed '1s/^\xef\xbb\xbf//' "$f" | sed 's/\r\?$/\r/' | iconv -f UTF-8 -t UTF-16LE; } >"$conv"
    import_reg "$conv"
  fi
  n=$((n + 1))
done
for f in "${raws[@]}"; do import_reg "$f"; n=$((n + 1)); done
((n == 0)) || wine_log "imported $n .reg file(s) in $(ms "$t0") ms"

export NODE_EXE REGJS_NODE_MODULES NATIVE_REG_NODE_MODULES WINE_HARNESS_DIR
# In the background and waited for, so INT/TERM reach the trap at once (bash defers traps
# while a foreground child runs); setsid gives COMMAND a process group the trap can end.
set +e
setsid "$@" &
child=$!
wait "$child"
rc=$?
child=""
set -e
exit "$rc"
