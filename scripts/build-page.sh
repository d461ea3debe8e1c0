#!/usr/bin/env bash
# Assembles the page exactly as a user of the npm package would: www/ plus the packed
# package (npm pack, unpacked into dist/www/kernsatz/). Needs scripts/build-wasm.sh first.
set -euo pipefail
cd "$(dirname "$0")/.."
rm -rf dist/www dist/package
mkdir -p dist/www dist/package
cp -r www/. dist/www/
tarball=$(node scripts/pack.mjs dist/package | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log(JSON.parse(s)[0].filename))')
tar -xzf "dist/package/$tarball" -C dist/package
mv dist/package/package dist/www/kernsatz
# Served as a site deploys it: the modules the page loads minified (2.2 KiB less gzipped;
# the package's own copies stay readable, bundlers minify them again).
node scripts/minify.mjs dist/www/kernsatz/pkg/kernsatz.js \
  dist/www/kernsatz/js/{index,worker-client,worker,element,define}.js >/dev/null
echo "page assembled in dist/www (package $tarball)"
