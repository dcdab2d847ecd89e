#!/usr/bin/env bash
# Debian's Chromium for the KPI dashboard's browser test (test/dashboard/browser.test.ts), which
# drives it with playwright-core and never downloads a browser. Installs it when missing.
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive
command -v chromium >/dev/null || { apt-get update -qq && apt-get install -y -qq chromium >/dev/null; }
chromium --version 2>/dev/null
