#!/usr/bin/env bash
# Installs and starts what the tests need beyond Node: PostgreSQL 15 (the host-postgres tests) and
# Chromium (the browser tests), from Debian's packages. Idempotent; run as root (CI does, from .ci/run).
set -euo pipefail
need=()
command -v pg_ctlcluster >/dev/null 2>&1 || need+=(postgresql)
[ -x /usr/bin/chromium ] || need+=(chromium)
# A CJK font, so the Chinese handbook and report screenshots in test-results/ show their text.
[ -f /usr/share/fonts/truetype/wqy/wqy-microhei.ttc ] || need+=(fonts-wqy-microhei)
if [ ${#need[@]} -gt 0 ]; then
  echo "services: installing ${need[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi
version=$(ls /usr/lib/postgresql | sort -n | tail -1)
pg_ctlcluster "$version" main start 2>/dev/null || pg_ctlcluster "$version" main status >/dev/null
# The tests connect over the local socket as the current user.
su postgres -c "psql -tAc \"select 1 from pg_roles where rolname = '$(whoami)'\"" | grep -q 1 ||
  su postgres -c "createuser -s $(whoami)"
echo "services: PostgreSQL $version running; Chromium at /usr/bin/chromium"
