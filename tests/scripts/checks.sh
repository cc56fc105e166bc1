# SPDX-FileCopyrightText: 2026 The Annalist developers
# SPDX-License-Identifier: GPL-3.0-or-later
#
# shellcheck shell=bash
# Shared by tests/scripts/*_test.sh, each of which sets suite= to its name
# and sources this: check() records one case and prints its line, finish()
# prints the summary and fails when a case did.

passed=0 failed=0

check() { # NAME EXIT-CODE DETAIL
    if [ "$2" = 0 ]; then
        passed=$((passed + 1)); echo "PASS: $suite: $1"
    else
        failed=$((failed + 1)); echo "FAIL: $suite: $1: $3"
    fi
}

finish() {
    echo "$suite: $passed passed, $failed failed"
    [ "$failed" = 0 ]
}
