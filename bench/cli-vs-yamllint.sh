#!/usr/bin/env bash
# Times registry-config-lint beside yamllint on the same folders of 1, 50 and 500 configs (written
# by bench/generate-configs.sh): whole processes, start-up included, as a pipeline runs them.
# yamllint only checks YAML syntax and layout; the CLI also decodes the config and runs every rule.
# Usage: bench/cli-vs-yamllint.sh [WORK_FOLDER]
#   K=10 runs per tool and folder, COUNTS="1 50 500" config counts, KEEP=1 keeps the work folder,
#   CLI="command words" the CLI to time (default: registry-config-lint on the PATH, else the
#   Release build of src/RegistryConfigAnalyzers.Cli run with dotnet).
# It installs nothing. docs/performance.md shows what it measured. Tests do not run it.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs="${K:-10}"
counts="${COUNTS:-1 50 500}"

built="$root/src/RegistryConfigAnalyzers.Cli/bin/Release/net8.0/RegistryConfigAnalyzers.Cli.dll"
if [[ -n "${CLI:-}" ]]; then
  read -r -a cli <<< "$CLI"
elif command -v registry-config-lint > /dev/null; then
  cli=(registry-config-lint)
elif [[ -f "$built" ]]; then
  cli=(dotnet "$built")
else
  echo "No registry-config-lint: install the tool, or run" >&2
  echo "  dotnet build -c Release src/RegistryConfigAnalyzers.Cli" >&2
  exit 2
fi

if ! command -v yamllint > /dev/null; then
  echo "No yamllint: install it (Debian: apt-get install yamllint)" >&2
  exit 2
fi

work="${1:-$(mktemp -d "${TMPDIR:-/tmp}/rca-cli-vs-yamllint.XXXXXX")}"
mkdir -p "$work/times"
if [[ "${KEEP:-0}" != 1 ]]; then
  trap 'rm -rf "$work"' EXIT
fi

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

# One run: appends "wall user system" in seconds. Findings make both tools exit 1, which is fine.
timed() {
  local file="$1"
  shift
  local rc
  TIMEFORMAT='%R %U %S'
  { time { "$@" > "$work/last.out" 2>&1 && rc=0 || rc=$?; }; } 2>> "$file"
  if ((rc > 1)); then
    echo "$* exited with $rc:" >&2
    tail -n 20 "$work/last.out" >&2
    exit 1
  fi
}

median() { sort -n | awk '{ v[NR] = $1 } END { print NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

echo "uptime before: $(uptime)" >&2
echo "CLI: ${cli[*]} ($("${cli[@]}" --version)); $(yamllint --version)" >&2
for n in $counts; do
  folder="$work/configs-$n"
  rm -rf "$folder"
  "$root/bench/generate-configs.sh" "$folder" "$n"

  # One untimed run of each fills the file cache and the runtime's caches of the disk.
  "${cli[@]}" "$folder" > "$work/cli-$n.out" 2>&1 || true
  yamllint -f parsable "$folder" > "$work/yamllint-$n.out" 2>&1 || true

  echo "$n configs: $runs runs of each tool, taking turns ..." >&2
  for ((k = 0; k < runs; k++)); do
    timed "$work/times/cli-$n" "${cli[@]}" "$folder"
    timed "$work/times/yamllint-$n" yamllint -f parsable "$folder"
  done
done
echo "uptime after: $(uptime)" >&2

echo
echo "Medians of $runs runs of each whole process, $(nproc) cores; CPU is user + system time."
echo
echo -n "| configs | CLI wall (ms) | CLI CPU (ms) | CLI output lines "
echo "| yamllint wall (ms) | yamllint CPU (ms) | yamllint output lines | wall ratio | CPU ratio |"
echo "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
for n in $counts; do
  cli_wall="$(awk '{ print $1 * 1000 }' "$work/times/cli-$n" | median)"
  cli_cpu="$(awk '{ print ($2 + $3) * 1000 }' "$work/times/cli-$n" | median)"
  yl_wall="$(awk '{ print $1 * 1000 }' "$work/times/yamllint-$n" | median)"
  yl_cpu="$(awk '{ print ($2 + $3) * 1000 }' "$work/times/yamllint-$n" | median)"
  cli_lines="$(wc -l < "$work/cli-$n.out")"
  yl_lines="$(wc -l < "$work/yamllint-$n.out")"
  awk -v n="$n" -v cw="$cli_wall" -v cc="$cli_cpu" -v cl="$cli_lines" \
    -v yw="$yl_wall" -v yc="$yl_cpu" -v yl="$yl_lines" 'BEGIN {
    printf "| %d | %.0f | %.0f | %d | %.0f | %.0f | %d | %.2fx | %.2fx |\n", n, cw, cc, cl, yw, yc, yl, cw / yw, cc / yc
  }'
done
