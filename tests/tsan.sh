#!/bin/sh
# tests/tsan.sh: the thread pool under ThreadSanitizer: the pool's unit
# test, and extract and ingest in three threads over every kind of input
# (the golden inputs, the examples, the dev set when it is beside the
# checkout). Any report of ThreadSanitizer fails. Part of .ci/run.
set -u
B=build-tsan
make -s BUILD=$B SANITIZE=thread $B/dossier $B/tests/test_pool >/dev/null || exit 1
t=$(mktemp -d)
trap 'rm -rf "$t"' EXIT
fail=0
run() { # name command...
	name=$1
	shift
	TSAN_OPTIONS="halt_on_error=1 exitcode=66" "$@" >"$t/out" 2>"$t/err"
	rc=$?
	if [ $rc = 66 ] || grep -q "ThreadSanitizer" "$t/err"; then
		echo "FAIL tsan $name"
		grep -A20 "WARNING: ThreadSanitizer" "$t/err" | head -40
		fail=1
	else
		echo "PASS tsan $name"
	fi
}
inputs="tests/golden/in examples/articles tests/store/in"
[ -d ../shared/eval/dev/docs ] && inputs="$inputs ../shared/eval/dev/docs ../shared/eval/dev/passages.jsonl"
run "pool unit test" $B/tests/test_pool
# shellcheck disable=SC2086 # the input list
run "extract --threads 3" $B/dossier extract --threads 3 $inputs
# shellcheck disable=SC2086
run "ingest --threads 3" $B/dossier ingest --threads 3 --db "$t/t.db" $inputs
exit $fail
