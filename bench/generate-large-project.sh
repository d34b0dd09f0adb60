#!/usr/bin/env bash
# Writes a large C# project for timing the analyzers: FILES source files (2000 by default) of
# ordinary code, and every 100th file also starts a Testcontainers registry. The package
# reference is there only with -p:WithAnalyzers=true, so one project times both builds.
# Usage: bench/generate-large-project.sh OUTPUT_FOLDER PACKAGE_VERSION [FILES]
# docs/performance.md shows how it is built and what it measured. Tests do not run it.
set -euo pipefail

if [[ $# -lt 2 ]]; then
  echo "usage: $0 OUTPUT_FOLDER PACKAGE_VERSION [FILES]" >&2
  exit 2
fi

out="$1"
version="$2"
files="${3:-2000}"

rm -rf "$out"
mkdir -p "$out/src"

# Empty files stop MSBuild from reading settings of the folders above.
echo '<Project />' > "$out/Directory.Build.props"
echo '<Project />' > "$out/Directory.Build.targets"
echo '<Project />' > "$out/Directory.Packages.props"

cat > "$out/LargeProject.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <ImplicitUsings>disable</ImplicitUsings>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="Testcontainers" Version="4.17.0" />
    <PackageReference Include="RegistryConfigAnalyzers" Version="$version"
                      Condition="'\$(WithAnalyzers)' == 'true'" />
  </ItemGroup>
</Project>
XML

for ((i = 0; i < files; i++)); do
  {
    echo "using System;"
    echo "using System.Collections.Generic;"
    echo "using System.Linq;"
    echo "using DotNet.Testcontainers.Builders;"
    echo
    echo "namespace Large.Area$((i / 100));"
    echo
    echo "public sealed class Service$i"
    echo "{"
    echo "    private readonly Dictionary<string, int> _counts = new();"
    echo
    echo "    public int Add(string key, int amount)"
    echo "    {"
    echo "        _counts[key] = _counts.TryGetValue(key, out var old) ? old + amount : amount;"
    echo "        return _counts[key];"
    echo "    }"
    echo
    echo "    public IEnumerable<string> Busiest(int top) =>"
    echo "        _counts.OrderByDescending(p => p.Value).Take(top).Select(p => \$\"{p.Key}={p.Value}\");"
    echo
    echo "    public string Describe(DateTime when) => when.ToString(\"O\") + \" \" + _counts.Count;"
    echo
    # Look-alikes the analyzers must pass over cheaply: builders of other images.
    echo "    public object Cache() => new ContainerBuilder(\"redis:7\").WithPortBinding(6379, true).Build();"
    if ((i % 100 == 0)); then
      echo
      echo "    public object Registry() => new ContainerBuilder(\"registry:3\")"
      echo "        .WithEnvironment(\"REGISTRY_STORAGE_DELETE_ENABLED\", \"true\")"
      echo "        .WithPortBinding(5000, 5000)"
      echo "        .Build();"
    fi
    echo "}"
  } > "$out/src/Service$i.cs"
done

echo "Wrote $files files to $out"
