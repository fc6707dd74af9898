#!/usr/bin/env bash
# Readers of a published results page against the database's transaction rate (issue 12): builds
# the EAR, starts the throw-away test domain and database as the test suite does, then runs
# PublicCacheBench (a benchmark, never part of the suite). Run from anywhere; about 5 minutes.
# Options: READERS (default 200), SECONDS_PER_PHASE (default 20), CACHE_SECONDS for the domain's
# VOTING_PUBLIC_CACHE_SECONDS (default 2, as deployed; 0 switches the cache off for comparison).
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw verify -Dit.test=PublicCacheBench -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false \
  -Dfailsafe.failIfNoSpecifiedTests=false -Dbench.readers="${READERS:-200}" \
  -Dbench.seconds="${SECONDS_PER_PHASE:-20}" -Dit.public.cache.seconds="${CACHE_SECONDS:-2}" |
  grep -E '^\||_ratio=|db_per_request|Tests run:|BUILD|ERROR'
