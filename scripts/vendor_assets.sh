#!/usr/bin/env bash
# Refresh the vendored front-end assets from the npm registry (versions pinned in package.json).
# The copies are committed, so neither CI nor production needs npm or a CDN.
set -euo pipefail
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cp package.json "$tmp/"
(cd "$tmp" && npm install --silent --no-audit --no-fund)
nm="$tmp/node_modules"
mkdir -p static/vendor/bootstrap tests/e2e/vendor
cp "$nm"/bootstrap/dist/css/bootstrap.min.css{,.map} static/vendor/bootstrap/
cp "$nm"/bootstrap/dist/js/bootstrap.bundle.min.js{,.map} static/vendor/bootstrap/
cp "$nm"/bootstrap/LICENSE static/vendor/bootstrap/LICENSE
mkdir -p static/vendor/arimo
for weight in 400 700; do for style in normal italic; do
  cp "$nm"/@fontsource/arimo/files/arimo-latin{,-ext}-$weight-$style.woff static/vendor/arimo/
done; done
cp "$nm"/@fontsource/arimo/LICENSE static/vendor/arimo/LICENSE
# static/vendor/arimo/arimo.css keeps the latin and latin-ext @font-face rules of 400/700(-italic).css, woff only.
cp "$nm"/axe-core/axe.min.js tests/e2e/vendor/axe.min.js
cp "$nm"/axe-core/LICENSE tests/e2e/vendor/axe-core-LICENSE
echo "vendored: bootstrap $(node -p "require('$nm/bootstrap/package.json').version"), axe-core $(node -p "require('$nm/axe-core/package.json').version")"
