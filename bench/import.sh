#!/usr/bin/env bash
# Import throughput: the app's importer vs `sqlite3 .import` of the same generated 1 M-row observations file, in the
# same run (docs/PERFORMANCE.md, "Import throughput"). Installs nothing.
# Usage: bench/import.sh [--rows N] [--runs N] [--shuffle] [--no-profile] [--keep]
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v sqlite3 >/dev/null 2>&1; then
  echo "sqlite3 is not installed; it is the reference point of this benchmark: apt-get install -y sqlite3" >&2
  exit 2
fi

dotnet build bench/ImportBench -c Release -nologo -v quiet >&2
dotnet bench/ImportBench/bin/Release/net10.0/ImportBench.dll "$@"
