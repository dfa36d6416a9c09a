#!/usr/bin/env bash
# The nightly job (crontab line in README, "Nightly operation"). Optionally fetches new articles from the URL
# and feed lists, then extracts whatever is new or changed. Exit code: that of `pressfacts extract`
# (0 all done, 1 some articles failed, 2 the run could not proceed, 3 another run is active).
# Settings, all optional: PRESSFACTS_RAW (default data/raw), PRESSFACTS_OUT (data/extracted),
# PRESSFACTS_URLS (pipelines/urls.txt), PRESSFACTS_FEEDS (pipelines/feeds.txt), PRESSFACTS_BIN (.venv/bin/pressfacts),
# PRESSFACTS_DELETED (keep | remove: records of sources deleted from the folder).
set -uo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
RAW="${PRESSFACTS_RAW:-$ROOT/data/raw}"
OUT="${PRESSFACTS_OUT:-$ROOT/data/extracted}"
BIN="${PRESSFACTS_BIN:-$ROOT/.venv/bin/pressfacts}"
URLS="${PRESSFACTS_URLS:-$ROOT/pipelines/urls.txt}"
FEEDS="${PRESSFACTS_FEEDS:-$ROOT/pipelines/feeds.txt}"

fetch_args=()
[ -f "$URLS" ] && fetch_args+=(--urls "$URLS")
[ -f "$FEEDS" ] && fetch_args+=(--feeds "$FEEDS")
if [ ${#fetch_args[@]} -gt 0 ]; then
    # A failed fetch must not stop the extraction of what is already there.
    "$BIN" fetch "${fetch_args[@]}" --into "$RAW/fetched" || echo "pressfacts nightly: fetch exited with $?" >&2
fi
exec "$BIN" extract "$RAW" --out "$OUT" --quiet --deleted "${PRESSFACTS_DELETED:-keep}"
