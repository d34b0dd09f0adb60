#!/usr/bin/env bash
# What the package costs a real build: `dotnet build` of a consumer project with N registry configs
# as AdditionalFiles, with and without the package reference, in three cases:
#   unchanged  nothing changed since the last build (the task replays its findings cache)
#   edited     every config's content changed (the cache misses, the configs are checked again,
#              and the compiler runs again because its AdditionalFiles changed, in both variants)
#   nocache    the task's cache file deleted, nothing else changed (only the task has more to do)
# Usage: bench/build-cost.sh [WORK_FOLDER]
#   K=10 rebuilds per case, COUNTS="1 50 500" config counts, KEEP=1 keeps the work folder.
# Build servers are kept warm: nothing here shuts them down (that would also stop other builds'
# servers on a shared machine), and each variant has a warm-up build before it is timed.
# docs/performance.md shows what it measured. Tests do not run it.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs="${K:-10}"
counts="${COUNTS:-1 50 500}"
work="${1:-$(mktemp -d "${TMPDIR:-/tmp}/rca-build-cost.XXXXXX")}"
mkdir -p "$work"
if [[ "${KEEP:-0}" != 1 ]]; then
  trap 'rm -rf "$work"' EXIT
fi

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_CLI_UI_LANGUAGE=en
# Our own packages folder, so no earlier copy of the package can stand in for the one packed here.
export NUGET_PACKAGES="$work/packages"

echo "uptime before: $(uptime)" >&2
echo "Packing the package into $work/feed ..." >&2
dotnet pack "$root/nuget/RegistryConfigAnalyzers.Package.csproj" -c Release -nologo -tl:off \
  -o "$work/feed" --artifacts-path "$work/artifacts" > "$work/pack.log" 2>&1 \
  || { tail -n 30 "$work/pack.log" >&2; exit 1; }
nupkg="$(ls "$work"/feed/RegistryConfigAnalyzers.[0-9]*.nupkg)"
version="$(basename "$nupkg" .nupkg)"
version="${version#RegistryConfigAnalyzers.}"

# A consumer: a small net10.0 library, its configs under config/. The package reference is there
# only with -p:WithRegistryConfigAnalyzers=true, so both variants build the same project.
write_project() {
  local dir="$1" files="$2"
  mkdir -p "$dir/src"
  echo '<Project />' > "$dir/Directory.Build.props"
  echo '<Project />' > "$dir/Directory.Build.targets"
  echo '<Project />' > "$dir/Directory.Packages.props"
  cat > "$dir/Consumer.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <ImplicitUsings>enable</ImplicitUsings>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="RegistryConfigAnalyzers" Version="$version"
                      Condition="'\$(WithRegistryConfigAnalyzers)' == 'true'" />
    <AdditionalFiles Include="config/*.yml" RegistryConfig="true" />
  </ItemGroup>
</Project>
XML
  # The configs' errors are lowered to warnings, so every build succeeds and reports them all.
  cat > "$dir/.globalconfig" <<INI
is_global = true
dotnet_diagnostic.RCA0001.severity = warning
dotnet_diagnostic.RCA0004.severity = warning
INI
  for name in Inventory Orders Pricing Shipping; do
    cat > "$dir/src/$name.cs" <<CS
namespace Consumer;

public sealed class $name
{
    private readonly Dictionary<string, decimal> _items = new();

    public void Set(string key, decimal value) => _items[key] = value;

    public decimal Total() => _items.Values.Sum();

    public IEnumerable<string> Largest(int count) =>
        _items.OrderByDescending(p => p.Value).Take(count).Select(p => \$"{p.Key}: {p.Value}");
}
CS
  done
  "$root/bench/generate-configs.sh" "$dir/pristine" "$files"
  cp -r "$dir/pristine" "$dir/config"
}

variant_flag() { [[ "$1" == with ]] && echo true || echo false; }

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

# One timed build; appends its wall time and the task's time (0 when it did not run).
build() {
  local n="$1" variant="$2" scenario="$3" dir="$work/n$1-$2" log
  log="$work/last-build.log"
  local start end
  start="$(now_ms)"
  if ! dotnet build "$dir/Consumer.csproj" --no-restore -nologo -tl:off -clp:PerformanceSummary \
      "-p:WithRegistryConfigAnalyzers=$(variant_flag "$variant")" > "$log" 2>&1; then
    tail -n 30 "$log" >&2
    exit 1
  fi
  end="$(now_ms)"

  # The first config always has a finding: a build with the package that shows none did not check.
  local shown=0
  grep -q ': warning RCA0001: ' "$log" && shown=1
  if [[ "$variant" == with && $shown == 0 || "$variant" == without && $shown == 1 ]]; then
    echo "The $variant build of $n configs did not report as it should; its log:" >&2
    tail -n 30 "$log" >&2
    exit 1
  fi

  if [[ "$scenario" == warm-up ]]; then
    return
  fi

  echo $((end - start)) >> "$work/times/$n-$variant-$scenario.wall"
  # The task's line in the Task Performance Summary: "   123 ms  ValidateRegistryConfig   1 calls".
  awk '$3 == "ValidateRegistryConfig" { ms = $1 } END { print ms + 0 }' "$log" \
    >> "$work/times/$n-$variant-$scenario.task"
}

# Gives every config new content (a changed comment at the end), so its cache entry misses.
edit_configs() {
  local dir="$1" stamp="$2" file
  for file in "$dir"/pristine/*.yml; do
    { cat "$file"; echo "# edit $stamp"; } > "$dir/config/$(basename "$file")"
  done
}

median() { sort -n | awk '{ v[NR] = $1 } END { print NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

mkdir -p "$work/times"
for n in $counts; do
  for variant in with without; do
    dir="$work/n$n-$variant"
    rm -rf "$dir"
    write_project "$dir" "$n"
    dotnet restore "$dir/Consumer.csproj" -nologo -tl:off "-p:RestoreAdditionalProjectSources=$work/feed" \
      "-p:WithRegistryConfigAnalyzers=$(variant_flag "$variant")" > "$work/restore.log" 2>&1 \
      || { tail -n 30 "$work/restore.log" >&2; exit 1; }
    build "$n" "$variant" warm-up
  done

  echo "$n configs: $runs runs of each case, the two variants taking turns ..." >&2
  for scenario in unchanged edited nocache; do
    for ((k = 0; k < runs; k++)); do
      for variant in with without; do
        dir="$work/n$n-$variant"
        case "$scenario" in
          edited) edit_configs "$dir" "$k" ;;
          nocache) rm -f "$dir"/obj/Debug/net10.0/RegistryConfigAnalyzers.cache ;;
        esac
        build "$n" "$variant" "$scenario"
      done
    done
  done
done

echo "uptime after: $(uptime)" >&2
echo
echo "Medians of $runs builds (\`dotnet build --no-restore\`), package $version, $(nproc) cores."
echo
echo "| configs | case | without (ms) | with (ms) | cost | task (ms) | task per config (ms) |"
echo "| ---: | --- | ---: | ---: | ---: | ---: | ---: |"
for n in $counts; do
  for scenario in unchanged edited nocache; do
    with="$(median < "$work/times/$n-with-$scenario.wall")"
    without="$(median < "$work/times/$n-without-$scenario.wall")"
    task="$(median < "$work/times/$n-with-$scenario.task")"
    awk -v n="$n" -v c="$scenario" -v w="$with" -v wo="$without" -v t="$task" 'BEGIN {
      printf "| %d | %s | %.0f | %.0f | %+.1f%% | %.0f | %.2f |\n", n, c, wo, w, (w - wo) * 100 / wo, t, t / n
    }'
  done
done
