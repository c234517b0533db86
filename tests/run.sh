#!/usr/bin/env bash
# The project's test command. Installs missing system packages (postgresql, chromium,
# fonts-noto-cjk, raptor2-utils), builds the solution once, runs every tests/**/*.Tests project,
# and prints "N passed, N failed" as the last line. Exit code 0 only when nothing failed and something passed.
# Extra arguments go to each `dotnet test` (e.g. --filter Storage). Runs as root (CI) or via sudo.
# ZY_TEST_RESULTS=dir keeps the .trx files; ZY_SKIP_APT=1 skips the package check (says so).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
export ZY_TEST_CHROMIUM=/usr/bin/chromium
# In CI, leave no MSBuild nodes behind holding the job's output open.
[[ -n ${CI:-} ]] && export MSBUILDDISABLENODEREUSE=1

readonly PACKAGES=(postgresql chromium fonts-noto-cjk raptor2-utils)
passed=0
failed=0

# Prints the summary line and exits.
finish() {
  echo "$passed passed, $failed failed"
  if [[ $failed -eq 0 && $passed -gt 0 ]]; then exit 0; fi
  exit 1
}

# Reports a failure that stops the run before (or instead of) the tests.
abort() {
  echo "tests/run.sh: ERROR: $*" >&2
  failed=$((failed + 1))
  finish
}

is_installed() {
  [[ "$(dpkg-query -W -f='${Status}' "$1" 2>/dev/null)" == "install ok installed" ]]
}

install_missing_packages() {
  if [[ -n ${ZY_SKIP_APT:-} ]]; then
    echo "tests/run.sh: ZY_SKIP_APT is set: not checking ${PACKAGES[*]}"; return
  fi
  command -v dpkg-query >/dev/null || abort "not a Debian system: install ${PACKAGES[*]} yourself and set ZY_SKIP_APT=1"
  local missing=() p sudo=()
  for p in "${PACKAGES[@]}"; do is_installed "$p" || missing+=("$p"); done
  [[ ${#missing[@]} -eq 0 ]] && return
  echo "tests/run.sh: installing missing system packages: ${missing[*]}"
  if [[ $(id -u) -ne 0 ]]; then
    command -v sudo >/dev/null || abort "missing ${missing[*]}; not root and no sudo: run 'apt-get install ${missing[*]}' as root"
    sudo=(sudo)
    [[ -t 0 ]] || sudo=(sudo -n)   # no terminal: fail instead of waiting for a password
  fi
  local apt=("${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get -q)
  "${apt[@]}" update </dev/null || abort "apt-get update failed (see above); cannot install ${missing[*]}"
  "${apt[@]}" install -y --no-install-recommends "${missing[@]}" </dev/null \
    || abort "apt-get install ${missing[*]} failed (see above)"
  for p in "${missing[@]}"; do is_installed "$p" || abort "$p is still not installed after apt-get"; done
}

# Adds the counters of one project's .trx file to the totals; $3 is the exit code of dotnet test.
count_results() {
  local name=$1 trx=$2 rc=$3 counters p f
  if [[ ! -s $trx ]]; then
    echo "tests/run.sh: FAILED: $name wrote no results (dotnet test exit code $rc; did the test host crash?)" >&2
    failed=$((failed + 1)); return
  fi
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
  p=$(counter passed)
  f=$(( $(counter failed) + $(counter error) + $(counter timeout) + $(counter aborted) ))
  if [[ $rc -ne 0 && $f -eq 0 ]]; then
    echo "tests/run.sh: FAILED: $name: dotnet test exited with code $rc but recorded no failed test (crash or aborted run?)" >&2
    f=1
  fi
  echo "tests/run.sh: $name: $p passed, $f failed"
  passed=$((passed + p)); failed=$((failed + f))
}

# Prints one attribute of $counters (0 when absent).
counter() {
  local value
  value=$(sed -n "s/.* $1=\"\([0-9]*\)\".*/\1/p" <<<"$counters")
  echo "${value:-0}"
}

run_project() {
  local project=$1 name rc=0
  shift
  name=$(basename "$project" .csproj)
  echo "tests/run.sh: testing $name"
  dotnet test "$project" --no-build -c Debug --logger "trx;LogFileName=$name.trx" \
    --logger "console;verbosity=minimal" --results-directory "$results" "$@" </dev/null || rc=$?
  count_results "$name" "$results/$name.trx" "$rc"
}

install_missing_packages
echo "tests/run.sh: building zhongyuan.slnx (Debug)"
dotnet build zhongyuan.slnx -c Debug -clp:ErrorsOnly </dev/null || abort "build failed (see the errors above)"

results=${ZY_TEST_RESULTS:-$(mktemp -d)}
[[ -n ${ZY_TEST_RESULTS:-} ]] || trap 'rm -rf "$results"' EXIT
mkdir -p "$results"
mapfile -t projects < <(find tests -name '*.Tests.csproj' -not -path '*/bin/*' -not -path '*/obj/*' | sort)
[[ ${#projects[@]} -gt 0 ]] || abort "no *.Tests projects under tests/"
for project in "${projects[@]}"; do run_project "$project" "$@"; done
finish
