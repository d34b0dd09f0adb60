using RegistryConfigAnalyzers.Engine;
using Xunit;

namespace RegistryConfigAnalyzers.Deployments.Tests;

/// <summary>Findings in a config held in a block scalar point at the right line, column and offset.</summary>
public sealed class EmbeddedConfigPositionTests
{
    private const string Manifest = "k8s/config.yaml";

    [Theory]
    [InlineData("|", 2)]
    [InlineData("|-", 2)]
    [InlineData("|+", 4)]
    [InlineData("|2", 2)]
    [InlineData("|-", 8)]
    public void A_finding_inside_a_literal_block_is_placed_in_the_manifest(string header, int indent)
    {
        var pad = new string(' ', indent);
        var scenario = new Scenario().File(Manifest,
            "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: registry-config\ndata:\n" +
            $"  config.yml: {header}\n" +
            $"  {pad}version: 0.1\n" +
            $"  {pad}storage:\n" +
            $"  {pad}  inmemory: {{}}\n" +
            $"  {pad}  delete:\n" +
            $"  {pad}    enabled: [|yes-please|]\n" +
            "  other: value\n");

        var result = scenario.Run();

        Expect.Finding(result, RuleIds.IgnoredValue, scenario.Mark(Manifest));
    }

    [Fact]
    public void An_explicit_indentation_indicator_keeps_the_extra_spaces_of_the_first_line()
    {
        var scenario = new Scenario().File(Manifest, """
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: registry-config
            data:
              config.yml: |2
                 version: 0.1
                 storage:
                   inmemory: {}
                   delete:
                     enabled: [|yes-please|]
            """);

        var result = scenario.Run();

        Expect.Finding(result, RuleIds.IgnoredValue, scenario.Mark(Manifest));
    }

    [Fact]
    public void Positions_stay_right_with_CRLF_line_ends_and_blank_lines_in_the_block()
    {
        var marked = """
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: registry-config
            data:
              config.yml: |

                version: 0.1

                storage:
                  inmemory: {}
                  delete:
                    enabled: [|yes-please|]
            """.Replace("\n", "\r\n");
        var scenario = new Scenario().File(Manifest, marked);

        var result = scenario.Run();

        Expect.Finding(result, RuleIds.IgnoredValue, scenario.Mark(Manifest));
    }

    [Fact]
    public void A_config_in_a_folded_or_quoted_scalar_is_reported_at_the_scalar()
    {
        var scenario = new Scenario().File(Manifest, """
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: registry-config
            data:
              config.yml: [|"version: 0.1\nstorage:\n  inmemory: {}\n  delete:\n    enabled: yes-please\n"|]
            """);

        var result = scenario.Run();

        Expect.Finding(result, RuleIds.IgnoredValue, scenario.Mark(Manifest));
    }
}
