using System.Linq;
using Xunit;

namespace RegistryConfigAnalyzers.Differential.Tests;

public sealed class ToolsInstalledTests
{
    [Fact]
    public void Every_tool_the_suite_runs_is_installed()
    {
        var missing = Tools.Required.Where(tool => Tools.Find(tool) is null).ToList();

        Assert.True(missing.Count == 0,
            $"Not on PATH: {string.Join(", ", missing)}. The differential suite compares the engine with the "
            + "real registry and does not skip without it: install the Debian packages docker-registry, "
            + "apache2-utils and openssl (and coreutils for timeout).");
    }

    [Fact]
    public void The_installed_registry_is_a_2x_registry()
    {
        Assert.True(Tools.Find(Tools.Registry) is not null, $"{Tools.Registry} is not on PATH");

        var version = Tools.Run(".", Tools.Registry, "--version");

        Assert.Matches(@"\s2\.\d+\.\d+", version);
    }
}
