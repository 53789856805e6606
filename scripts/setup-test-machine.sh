#!/usr/bin/env bash
# Install what the tests need beyond npm packages, on Debian 12 (run as root, or with sudo):
#   - Debian's Chromium for the Playwright end-to-end tests (Playwright's own browser download
#     is not used);
#   - Wine and MinGW for running the live registry code path (registry-js, native-reg) against a real Windows registry;
#   - Ansible and ansible-lint (with Debian's collections, ansible.windows among them) for checking
#     the playbooks `nicprops profile export --format ansible` writes.
# Idempotent: packages already installed are left alone.
set -euo pipefail
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"

needed=()
for pkg in chromium wine64 wine g++-mingw-w64-x86-64 mingw-w64-tools ansible ansible-lint; do
  dpkg -s "$pkg" >/dev/null 2>&1 || needed+=("$pkg")
done
if [ "${#needed[@]}" -gt 0 ]; then
  echo "Installing: ${needed[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${needed[@]}" >/dev/null
fi
echo "Test machine ready: $(chromium --version 2>/dev/null || echo 'chromium missing'); $(wine64 --version 2>/dev/null || wine --version); $(ansible-playbook --version 2>/dev/null | head -n 1 || echo 'ansible missing')"
