#!/usr/bin/env bash
BASE=${1:-/tmp/swift-s3}
for f in "$BASE"/run/*.pid; do [ -f "$f" ] && kill "$(cat "$f")" 2>/dev/null; rm -f "$f"; done
