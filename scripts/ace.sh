#!/usr/bin/env bash
# Accessibility check of an EPUB with Ace by DAISY (axe-core in headless Chromium).
# Usage: scripts/ace.sh BOOK.epub [REPORT_DIR]   (report: REPORT_DIR/report.json and report.html)
# Installs Debian's chromium and @daisy/ace-cli on first use; Ace lives outside the repository in
# ACE_HOME (default ~/.cache/paiban-ace). Exits 2 when Ace finds violations.
set -euo pipefail

if [[ $# -lt 1 || $# -gt 2 ]]; then
  echo "usage: $0 BOOK.epub [REPORT_DIR]" >&2
  exit 64
fi
book=$(realpath "$1")
report=$(realpath -m "${2:-report/ace}")
ace_home=${ACE_HOME:-$HOME/.cache/paiban-ace}
ace_version=1.4.6

if ! command -v chromium >/dev/null; then
  apt-get update -qq
  apt-get install -y -qq chromium >/dev/null
fi

if [[ ! -x "$ace_home/node_modules/.bin/ace-cli" ]]; then
  mkdir -p "$ace_home"
  # Puppeteer must not fetch its own browser (no downloads here): Debian's chromium is used.
  (cd "$ace_home" && PUPPETEER_SKIP_DOWNLOAD=1 npm install --no-audit --no-fund --silent "@daisy/ace-cli@$ace_version")
fi

mkdir -p "$report"
# -E: exit code 2 on violations; -s: silent; -f: overwrite an old report.
PUPPETEER_EXECUTABLE_PATH=/usr/bin/chromium "$ace_home/node_modules/.bin/ace-cli" -E -s -f -o "$report" "$book"
echo "Ace: no violations in $book (report in $report)"
