using System.Collections.Generic;
using System.Linq;
using Xunit;

namespace RegistryConfigAnalyzers.Cli.Tests;

public sealed class EnvFileTests
{
    private static readonly Dictionary<string, string> NoVariables = new();

    [Fact]
    public void Name_value_lines_become_variables_and_comments_and_blank_lines_are_skipped()
    {
        var variables = Parse("""
            # overrides
            REGISTRY_HTTP_ADDR=:5000

            REGISTRY_AUTH=
            """);

        Assert.Equal(new[] { ("REGISTRY_HTTP_ADDR", ":5000"), ("REGISTRY_AUTH", "") },
            variables.Select(v => (v.Name, v.Value!)));
    }

    [Fact]
    public void A_value_is_taken_literally_as_docker_does_quotes_and_equals_signs_included()
    {
        var variable = Parse("REGISTRY_STORAGE_DELETE_ENABLED=\"true\"=x \n").Single();

        Assert.Equal("\"true\"=x ", variable.Value);
    }

    [Fact]
    public void A_variable_spans_its_line_from_the_name_to_the_end()
    {
        var variable = Parse("# first\r\n  REGISTRY_AUTH=none\r\n").Single();

        Assert.Equal("registry.env", variable.Span!.Source);
        Assert.Equal((2, 3, 11), (variable.Span.Start.Line, variable.Span.Start.Column, variable.Span.Start.Offset));
        Assert.Equal((2, 21, 29), (variable.Span.End.Line, variable.Span.End.Column, variable.Span.End.Offset));
    }

    [Fact]
    public void A_bare_name_passes_the_variable_on_from_the_environment_when_it_is_set()
    {
        var environment = new Dictionary<string, string> { ["REGISTRY_HTTP_SECRET"] = "s3cr3t" };

        var variables = EnvFile.Parse("registry.env", "REGISTRY_HTTP_SECRET\nREGISTRY_UNSET\n", environment, new());

        Assert.Equal(("REGISTRY_HTTP_SECRET", "s3cr3t"), variables.Select(v => (v.Name, v.Value!)).Single());
    }

    [Fact]
    public void A_line_that_is_not_name_value_is_skipped_and_reported()
    {
        var skipped = new List<(int Line, string Text)>();

        var text = "REGISTRY_AUTH=\nexport REGISTRY_X=1\n=value\n";

        var variables = EnvFile.Parse("registry.env", text, NoVariables, skipped);

        Assert.Single(variables);
        Assert.Equal(new[] { (2, "export REGISTRY_X=1"), (3, "=value") }, skipped);
    }

    private static List<Engine.EnvironmentVariable> Parse(string text) =>
        EnvFile.Parse("registry.env", text, NoVariables, new List<(int, string)>());
}
