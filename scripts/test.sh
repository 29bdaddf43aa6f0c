#!/usr/bin/env bash
# `npm test`: every check CI runs, in two lanes where the machine has room for both.
#
# The static checks and the builds (tsc, ESLint, WXT, web-ext: one core each) run beside the
# weights check (`train --check`, one core), each lane's output held back and printed whole;
# the unit tests (vitest's own workers) and the end-to-end tests (browsers) run alone after
# them. In the end-to-end tests the team-sync suite runs beside the others: most of its time
# is spent waiting for the browser's alarm to retry a server that was down, and it shares
# nothing with them (its own browser, profile, fixture server and CouchDB, on free ports).
# Every step still fails the command when it fails.
set -uo pipefail
cd "$(dirname "$0")/.."

logs=$(mktemp -d)
trap 'rm -rf "$logs"' EXIT

# Runs "$@" with its output in $logs/$name; prints it when done.
lane() {
  local name=$1
  shift
  "$@" >"$logs/$name" 2>&1
  local status=$?
  echo "── $name (exit $status, ${SECONDS}s into npm test) ──"
  cat "$logs/$name"
  return $status
}

static_and_build() { npm run compile && npm run lint && npm run build && npm run lint:firefox; }

lane static-and-build static_and_build &
static=$!
lane weights npm run train -- --check &
weights=$!
failed=0
wait $static || failed=1
wait $weights || failed=1
[ $failed -eq 0 ] || exit 1

npm run test:unit || exit 1
echo "── unit tests done, ${SECONDS}s into npm test ──"

# The end-to-end runner and its flags are package.json's `e2e` script (`test:e2e` runs it on every suite).
e2e=(npm run --silent e2e --)
others=()
for file in tests/e2e/*.e2e.ts; do
  [ "$file" = tests/e2e/team-sync.e2e.ts ] || others+=("$file")
done
lane team-sync "${e2e[@]}" tests/e2e/team-sync.e2e.ts &
sync=$!
"${e2e[@]}" "${others[@]}" || failed=1
echo "── end-to-end suites but team-sync done, ${SECONDS}s into npm test ──"
wait $sync || failed=1
exit $failed
