#!/usr/bin/env bash
# Measures what the package's C# analyzers cost a large project: packs the package into a
# temporary feed, writes the project of bench/generate-large-project.sh, builds it once of each
# kind to warm up, then RUNS times with and RUNS times without the package, and prints a markdown
# table of the medians. Builds run one after another; on a shared machine the load average
# (printed before and after) says how far to trust the wall-clock figures.
# Usage: bench/analyzer-cost.sh [FILES] [RUNS]    (2000 files and 3 runs by default)
# Set KEEP=1 to keep the temporary folder with the build logs.
set -euo pipefail

files="${1:-2000}"
runs="${2:-3}"
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="$(mktemp -d)"
if [[ "${KEEP:-0}" != 1 ]]; then
  trap 'rm -rf "$work"' EXIT
fi

feed="$work/feed"
packages="$work/packages"
project="$work/project"
logs="$work/logs"
mkdir -p "$feed" "$packages" "$logs"

load() { uptime | sed 's/.*load average: //'; }

median() {
  sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

load_start="$(load)"
started="$(date -u +%H:%M)"

echo "Packing the package..." >&2
dotnet pack "$repo/nuget/RegistryConfigAnalyzers.Package.csproj" -c Release -o "$feed" -nologo -v:q \
  > "$logs/pack.log" || { tail -n 30 "$logs/pack.log" >&2; exit 1; }
nupkg="$(find "$feed" -name 'RegistryConfigAnalyzers.*.nupkg' | head -n 1)"
version="$(basename "$nupkg" .nupkg)"
version="${version#RegistryConfigAnalyzers.}"

"$repo/bench/generate-large-project.sh" "$project" "$version" "$files" >&2

# A compiler process per build (no shared compiler server, no reused MSBuild nodes), so that the
# CPU time /usr/bin/time reports belongs to this build alone.
common=(-nologo -tl:off --no-incremental -p:ReportAnalyzer=true -v:d -clp:PerformanceSummary
  -nodeReuse:false -p:UseSharedCompilation=false
  "-p:RestorePackagesPath=$packages" "-p:RestoreAdditionalProjectSources=$feed")

# Builds one kind once; prints "csc_ms cpu_seconds log".
build() {
  local kind="$1" name="$2"
  local log="$logs/$name.log"
  # The build with the package fails on purpose (the project's registries have findings).
  /usr/bin/time -f '%U %S' -o "$logs/$name.time" \
    dotnet build "$project/LargeProject.csproj" "${common[@]}" "-p:WithAnalyzers=$kind" > "$log" 2>&1 || true
  local csc
  csc="$(grep -E '^ +[0-9]+ ms +Csc +[0-9]+ calls' "$log" | awk '{ print $1 }' | tail -n 1)"
  if [[ -z "$csc" ]]; then
    echo "No Csc time in $name's log; its end:" >&2
    tail -n 30 "$log" >&2
    exit 1
  fi

  # time(1) puts "Command exited with non-zero status" above its figures when the build fails.
  echo "$csc $(tail -n 1 "$logs/$name.time" | awk '{ print $1 + $2 }') $log"
}

# The "Total analyzer execution time" section of one log, as "seconds name" lines of the
# package's analyzers (full type names under the RegistryConfigAnalyzers.Analyzers assembly),
# and the assembly's own line as "(all)".
package_analyzers() {
  awk '
    /Total analyzer execution time/ { inside = 1; next }
    /Total generator execution time/ { inside = 0 }
    inside && $3 ~ /^RegistryConfigAnalyzers\.Analyzers\./ && $1 ~ /^[0-9.<]+$/ {
      name = $3; sub(/^RegistryConfigAnalyzers\.Analyzers\./, "", name); print $1, name
    }
    inside && $3 == "RegistryConfigAnalyzers.Analyzers," { print $1, "(all)" }' "$1"
}

total_analyzers() {
  grep -E 'Total analyzer execution time: [0-9.]+ seconds' "$1" | head -n 1 | grep -oE '[0-9.]+ seconds' | cut -d' ' -f1
}

echo "Warming up..." >&2
build false warm-without > /dev/null
build true warm-with > /dev/null

: > "$logs/without.txt"
: > "$logs/with.txt"
for ((run = 1; run <= runs; run++)); do
  echo "Run $run of $runs..." >&2
  build false "without-$run" >> "$logs/without.txt"
  build true "with-$run" >> "$logs/with.txt"
done

load_end="$(load)"

csc_without="$(cut -d' ' -f1 "$logs/without.txt" | median)"
csc_with="$(cut -d' ' -f1 "$logs/with.txt" | median)"
cpu_without="$(cut -d' ' -f2 "$logs/without.txt" | median)"
cpu_with="$(cut -d' ' -f2 "$logs/with.txt" | median)"

for ((run = 1; run <= runs; run++)); do
  total_analyzers "$logs/without-$run.log" >> "$logs/all-without.txt"
  total_analyzers "$logs/with-$run.log" >> "$logs/all-with.txt"
  package_analyzers "$logs/with-$run.log" >> "$logs/ours.txt"
done

percent() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%+.1f %%", (a - b) * 100 / b }'; }

echo
echo "$files files, $runs runs of each after one warm-up, package $version, $(nproc) cores."
echo "Started $started UTC; load average $load_start at the start, $load_end at the end."
echo
echo "| Figure (median of $runs) | Without the package | With the package | With / without |"
echo "| --- | --- | --- | --- |"
echo "| \`Csc\` time | $csc_without ms | $csc_with ms | $(percent "$csc_with" "$csc_without") |"
echo "| Build CPU time (user + system) | $cpu_without s | $cpu_with s | $(percent "$cpu_with" "$cpu_without") |"
echo "| All analyzers (compiler's sum over threads) | $(median < "$logs/all-without.txt") s |" \
  "$(median < "$logs/all-with.txt") s | |"
echo
echo "| Package analyzer | Median time (s) | Times in each run (s) |"
echo "| --- | --- | --- |"
cut -d' ' -f2 "$logs/ours.txt" | sort -u | while read -r name; do
  times="$(awk -v n="$name" '$2 == n { print $1 }' "$logs/ours.txt" | sed 's/^<//')"
  label="\`$name\`"
  if [[ "$name" == "(all)" ]]; then
    label="All of the package's analyzers"
  fi

  echo "| $label | $(median <<< "$times") | $(tr '\n' ' ' <<< "$times" | sed 's/ $//') |"
done

if [[ "${KEEP:-0}" == 1 ]]; then
  echo
  echo "Logs are in $logs."
fi
