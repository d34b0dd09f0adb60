#!/usr/bin/env bash
# Packs RegistryConfigAnalyzers into a local folder and builds the two samples against it:
# InsecureRegistry must fail with the package's diagnostics, FixedRegistry must build clean.
# Needs only the .NET SDK. Exits 0 when both samples behave so, 1 otherwise.
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

echo
echo "== Building samples/InsecureRegistry (no auth, deletes on): the build must fail"
set +e
"${build[@]}" "$samples/InsecureRegistry/InsecureRegistry.csproj"
insecure=$?
set -e
if [[ $insecure -eq 0 ]]; then
  echo "FAILED: samples/InsecureRegistry built without errors" >&2
  exit 1
fi
echo "== samples/InsecureRegistry failed as it should (dotnet build exited with $insecure)"

echo
echo "== Building samples/FixedRegistry (htpasswd, TLS): the build must succeed"
"${build[@]}" "$samples/FixedRegistry/FixedRegistry.csproj"
echo "== samples/FixedRegistry built clean"
