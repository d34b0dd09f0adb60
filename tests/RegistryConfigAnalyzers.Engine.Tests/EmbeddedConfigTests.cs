using System;

namespace RegistryConfigAnalyzers.Engine.Tests;

/// <summary>A config embedded in a larger file (a ConfigMap's block scalar) is located in that file.</summary>
public sealed class EmbeddedConfigTests
{
    [Fact]
    public void Findings_of_an_embedded_config_are_shifted_into_the_outer_file()
    {
        var manifest = """
            apiVersion: v1
            kind: ConfigMap
            data:
              config.yml: |
                version: 0.1
                storage:
                  inmemory:
                  delete:
                    enabled: true
            """;
        var block = manifest.Substring(manifest.IndexOf("    version", StringComparison.Ordinal));
        var embedded = string.Join("\n", Array.ConvertAll(block.Split('\n'), l => l.Substring(4)));
        var input = new ConfigInput("configmap.yml", embedded, lineOffset: 4, columnOffset: 4,
            offsetBase: manifest.Length - block.Length);

        var result = RegistryConfigEngine.AnalyzeConfig(input, new AnalysisOptions());

        var finding = result.Only(RuleIds.AnonymousDelete);
        Assert.Equal("configmap.yml", finding.Span.Source);
        Assert.Equal((9, 18), (finding.Span.Start.Line, finding.Span.Start.Column));
        Assert.Equal((9, 22), (finding.Span.End.Line, finding.Span.End.Column));

        // The base is added as it is: offsets count the embedded text, which lost its indentation.
        var inEmbedded = embedded.IndexOf("true", StringComparison.Ordinal);
        Assert.Equal(input.OffsetBase + inEmbedded, finding.Span.Start.Offset);
    }

    [Fact]
    public void A_variable_without_a_place_is_reported_under_its_name()
    {
        var config = new ConfigInput(ConfigSource, "version: 0.1\nstorage:\n  inmemory:\n");
        var environment = new[] { new EnvironmentVariable("REGISTRY_STORAGE_DELETE_ENABLED", "true") };

        var result = RegistryConfigEngine.AnalyzeEffective(config, environment, new AnalysisOptions());

        var finding = result.Only(RuleIds.AnonymousDelete);
        Assert.Equal("env:REGISTRY_STORAGE_DELETE_ENABLED", finding.Span.Source);
    }
}
