#!/usr/bin/env bash
# Packs RegistryConfigAnalyzers into a local folder and builds the samples against it:
# InsecureRegistry, ComposeRegistry, KubernetesRegistry, AspireAppHost and RegistryTestFixture must fail with the
# package's diagnostics (each C# sample's README lists them), FixedRegistry must build clean.
# Needs the .NET SDK and a NuGet feed for Aspire.Hosting and Testcontainers.
# Exits 0 when every sample behaves so, 1 otherwise.
set -euo pipefail

samples="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$samples")"
out="$root/artifacts/samples"

# A fresh feed and packages folder every time, so no earlier copy of the package is used.
rm -rf "$out"
mkdir -p "$out/feed"

echo "== Packing RegistryConfigAnalyzers into $out/feed"
dotnet pack "$root/RegistryConfigAnalyzers.sln" -c Release -o "$out/feed" -nologo -v:q

# The solution packs the command-line tool too; the build package's name goes straight on to the version.
package="$(ls "$out/feed"/RegistryConfigAnalyzers.[0-9]*.nupkg)"
version="${package##*/RegistryConfigAnalyzers.}"
version="${version%.nupkg}"
build=(dotnet build -nologo -tl:off
  "-p:SamplePackageVersion=$version"
  "-p:RestorePackagesPath=$out/packages"
  "-p:RestoreAdditionalProjectSources=$out/feed")

# Builds a sample that must fail; stops the script when it builds without errors.
expect_failure() {
  local name="$1" why="$2" status
  echo
  echo "== Building samples/$name ($why): the build must fail"
  set +e
  "${build[@]}" "$samples/$name/$name.csproj"
  status=$?
  set -e
  if [[ $status -eq 0 ]]; then
    echo "FAILED: samples/$name built without errors" >&2
    exit 1
  fi
  echo "== samples/$name failed as it should (dotnet build exited with $status)"
}

expect_failure InsecureRegistry "no auth, deletes on"
expect_failure ComposeRegistry "the compose file's REGISTRY_AUTH= clears the mounted config's auth"
expect_failure KubernetesRegistry "the pod's REGISTRY_AUTH= clears the mounted ConfigMap's auth"

# Builds a sample that must fail, and checks that each named rule is printed.
must_fail() {
  local name="$1" why="$2"
  shift 2
  echo
  echo "== Building samples/$name ($why): the build must fail"
  local log="$out/$name.log" status
  set +e
  "${build[@]}" "$samples/$name/$name.csproj" | tee "$log"
  status=${PIPESTATUS[0]}
  set -e
  if [[ $status -eq 0 ]]; then
    echo "FAILED: samples/$name built without errors" >&2
    exit 1
  fi
  local code
  for code in "$@"; do
    if ! grep -q ": [a-z]* $code: " "$log"; then
      echo "FAILED: samples/$name did not report $code" >&2
      exit 1
    fi
  done
  echo "== samples/$name failed as it should (dotnet build exited with $status)"
}

must_fail AspireAppHost "registry:3 with an external endpoint" RCA0001 RCA0003 RCA0400 RCA0501
must_fail RegistryTestFixture "Testcontainers, auth off, deletes on" RCA0100 RCA0200 RCA0001 RCA0003 RCA0500

echo
echo "== Building samples/FixedRegistry (htpasswd, TLS): the build must succeed"
"${build[@]}" "$samples/FixedRegistry/FixedRegistry.csproj"
echo "== samples/FixedRegistry built clean"
