using RegistryConfigAnalyzers.Analyzers.Recognition;
using Xunit;

namespace RegistryConfigAnalyzers.Analyzers.Tests.Hosts;

/// <summary>
/// The argv a process started with <c>ProcessStartInfo.Arguments</c> receives; every case is what
/// .NET 10's Process handed to a child on Linux.
/// </summary>
public class CommandLineTests
{
    [Theory]
    [InlineData("serve registry.yml", new[] { "serve", "registry.yml" })]
    [InlineData("  serve   registry.yml  ", new[] { "serve", "registry.yml" })]
    [InlineData("serve \"registry.yml\"", new[] { "serve", "registry.yml" })]
    [InlineData("serve\tregistry.yml", new[] { "serve", "registry.yml" })]
    [InlineData("serve \"my dir\\registry.yml\"", new[] { "serve", "my dir\\registry.yml" })]
    [InlineData("serve my\\\"dir", new[] { "serve", "my\"dir" })]
    [InlineData("serve a\\\\\"b c\"", new[] { "serve", "a\\b c" })]
    [InlineData("serve \"a\"\"b\" c", new[] { "serve", "a\"b", "c" })]
    [InlineData("serve \"\" x", new[] { "serve", "", "x" })]
    [InlineData("serve a\\\\\\\\b", new[] { "serve", "a\\\\\\\\b" })]
    [InlineData("", new string[0])]
    public void Splits_like_dotnet_does(string arguments, string[] argv)
    {
        Assert.Equal(argv, CommandLine.Split(arguments));
    }
}
