#!/usr/bin/env bash
# Fuzzes the engine with AFL++ through SharpFuzz. See docs/fuzzing.md.
# Usage: fuzz/run-afl.sh [seconds, default 1800] [findings folder, default fuzz/.work/findings]
# RESUME=1 continues a previous run in the same findings folder instead of starting from the seeds.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
seconds=${1:-1800}
findings=${2:-$root/fuzz/.work/findings}
bin=$root/fuzz/.work/bin
export PATH="$PATH:$HOME/.dotnet/tools"

for tool in afl-fuzz sharpfuzz; do
  if ! command -v "$tool" > /dev/null; then
    echo "$tool is missing: apt-get install -y afl++; dotnet tool install --global SharpFuzz.CommandLine --version 2.3.0" >&2
    exit 2
  fi
done

# A fresh publish each time: SharpFuzz refuses to instrument an assembly twice.
rm -rf "$bin"
dotnet publish "$root/fuzz/RegistryConfigAnalyzers.Fuzz/RegistryConfigAnalyzers.Fuzz.csproj" -c Release -o "$bin" --nologo -v quiet

# Coverage comes from the engine and from the YAML parser it drives.
sharpfuzz "$bin/RegistryConfigAnalyzers.Engine.dll"
sharpfuzz "$bin/YamlDotNet.dll"

# dotnet itself carries no AFL instrumentation (SharpFuzz speaks the fork-server protocol), and
# containers rarely allow changing the core pattern or CPU governor.
export AFL_SKIP_BIN_CHECK=1
export AFL_SKIP_CPUFREQ=1
export AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1
export AFL_NO_AFFINITY=1
export AFL_NO_UI=1

input="$root/fuzz/corpus"
if [ "${RESUME:-0}" = 1 ]; then
  input=-
fi

mkdir -p "$findings"
status=0
# afl-fuzz stops itself after -V seconds. timeout is only a safety net, and --foreground keeps
# its signal from reaching the target too, which AFL++ would save as a crash (signal 2).
timeout --foreground --signal=INT "$((seconds + 120))" \
  afl-fuzz -V "$seconds" -i "$input" -o "$findings" -t 10000 -m none -x "$root/fuzz/yaml.dict" \
  -- dotnet "$bin/RegistryConfigAnalyzers.Fuzz.dll" || status=$?

# timeout's 124 is the normal end of a bounded run.
if [ "$status" != 0 ] && [ "$status" != 124 ]; then
  exit "$status"
fi

echo "crashes: $(find "$findings" -path '*crashes/id*' | wc -l), hangs: $(find "$findings" -path '*hangs/id*' | wc -l)"
