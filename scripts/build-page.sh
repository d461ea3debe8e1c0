#!/usr/bin/env bash
# Assembles the page exactly as a user of the npm package would: www/ plus the packed
# package (npm pack, unpacked into dist/www/kernsatz/). Needs scripts/build-wasm.sh first.
set -euo pipefail
cd "$(dirname "$0")/.."
rm -rf dist/www dist/package
mkdir -p dist/www dist/package
cp -r www/. dist/www/
tarball=$(npm pack --silent --pack-destination dist/package | tail -n 1)
tar -xzf "dist/package/$tarball" -C dist/package
mv dist/package/package dist/www/kernsatz
echo "page assembled in dist/www (package $tarball)"
