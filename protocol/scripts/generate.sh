#!/usr/bin/env bash
# Generates the static protobufjs module and its TypeScript types from proto/.
# Usage: scripts/generate.sh [OUT_DIR]   (default: src/generated)
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-src/generated}"
mkdir -p "$out"
protos=$(find proto -name '*.proto' | sort)
# --no-create/--no-verify/--no-convert/--no-delimited keep the module lean: the
# hub only needs encode/decode/toObject on envelopes.
npx pbjs -t static-module -w es6 --es6 --force-number \
  --dependency protobufjs/minimal.js \
  --no-create --no-verify --no-delimited --no-service \
  -o "$out/hub.js" $protos
npx pbts --no-comments -o "$out/hub.d.ts" "$out/hub.js"
