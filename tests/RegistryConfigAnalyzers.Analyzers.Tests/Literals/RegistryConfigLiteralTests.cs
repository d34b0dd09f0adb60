using System.Linq;
using RegistryConfigAnalyzers.Analyzers.Tests.Infrastructure;
using Xunit;
using Verifier = RegistryConfigAnalyzers.Analyzers.Tests.Infrastructure.Verify<RegistryConfigAnalyzers.Analyzers.RegistryConfigLiteralAnalyzer>;

namespace RegistryConfigAnalyzers.Analyzers.Tests.Literals;

public class RegistryConfigLiteralTests
{
    [Fact]
    public async Task Findings_in_a_regular_string_are_placed_past_its_escape_sequences()
    {
        const string source = """
            class Configs
            {
                const string Registry = "{|#0:version|}: 0.1\nstorage:\n  filesystem:\n    rootdirectory: \"/var/lib/registry\"\n  delete:\n    enabled: {|#1:true|}\nhttp:\n  addr: :5000\n  secret: {|#2:secret|}\n";
            }
            """;

        await Verifier.Analyzer(source, Packages.None,
            Verifier.Diagnostic("RCA0001").WithLocation(0),
            Verifier.Diagnostic("RCA0003").WithLocation(1),
            Verifier.Diagnostic("RCA0300").WithLocation(2),
            Verifier.Diagnostic("RCA0301").WithLocation(2));
    }

    [Fact]
    public async Task A_config_concatenated_line_by_line_from_many_parts_is_checked()
    {
        // Forty parts nest forty additions deep, past the reader's depth limit for real nesting.
        var fields = string.Concat(Enumerable.Range(0, 32).Select(i => $" +\n        \"    f{i}: v\\n\""));
        var source = $$"""
            class Configs
            {
                const string Registry = "version: 0.1\n" +
                    "storage:\n" +
                    "  inmemory:\n" +
                    "log:\n" +
                    "  fields:\n"{{fields}} +
                    "auth:\n" +
                    "  {|#0:silly|}:\n" +
                    "    realm: r\n" +
                    "    service: s\n";
            }
            """;

        await Verifier.Analyzer(source, Packages.None, Verifier.Diagnostic("RCA0002").WithLocation(0));
    }

    [Fact]
    public async Task Findings_in_a_raw_string_skip_its_indentation()
    {
        const string source = """"
            class Configs
            {
                const string Registry = """
                    version: 0.1
                    storage:
                      filesystem:
                        rootdirectory: /var/lib/registry
                    http:
                      addr: :5000
                    auth:
                      {|#0:silly|}:
                        realm: r
                        service: s
                    """;
            }
            """";

        await Verifier.Analyzer(source, Packages.None, Verifier.Diagnostic("RCA0002").WithLocation(0));
    }

    [Fact]
    public async Task A_verbatim_string_with_doubled_quotes_is_mapped_through_them()
    {
        const string source = """
            class Configs
            {
                const string Registry = @"version: 0.1
            storage:
              filesystem:
                rootdirectory: ""/var/lib/registry""
            http:
              addr: "":5000""
            auth:
              {|#0:silly|}:
                realm: r
                service: s
            ";
            }
            """;

        await Verifier.Analyzer(source, Packages.None, Verifier.Diagnostic("RCA0002").WithLocation(0));
    }

    [Fact]
    public async Task A_concatenation_of_constants_from_another_class_is_one_config()
    {
        const string source = """
            static class Parts
            {
                public const string Header = "version: 0.1\n";
            }

            class Configs
            {
                const string Storage = "storage:\n  filesystem:\n    rootdirectory: /var/lib/registry\n";

                static readonly string Registry = Parts.Header + Storage + "http:\n  addr: :5000\nauth:\n  {|#0:silly|}:\n    realm: r\n    service: s\n";
            }
            """;

        await Verifier.Analyzer(source, Packages.None, Verifier.Diagnostic("RCA0002").WithLocation(0));
    }

    [Fact]
    public async Task An_interpolated_string_with_a_value_hole_is_judged_around_the_hole()
    {
        const string source = """"
            class Configs
            {
                string Registry(string root, int port) => $"""
                    version: 0.1
                    storage:
                      filesystem:
                        rootdirectory: {root}
                    http:
                      addr: :{port}
                    auth:
                      {|#0:silly|}:
                        realm: r
                        service: s
                    """;
            }
            """";

        await Verifier.Analyzer(source, Packages.None, Verifier.Diagnostic("RCA0002").WithLocation(0));
    }

    [Fact]
    public async Task A_hole_where_keys_could_go_makes_the_config_unknowable()
    {
        const string source = """"
            class Configs
            {
                string Registry(string auth) => $"""
                    version: 0.1
                    storage:
                      filesystem:
                        rootdirectory: /var/lib/registry
                    http:
                      addr: :5000
                    {auth}
                    """;
            }
            """";

        await Verifier.Analyzer(source, Packages.None);
    }

    [Fact]
    public async Task Strings_that_are_not_registry_configs_are_silent()
    {
        const string source = """"
            class Configs
            {
                // zot's config has storage and http too, but not the registry's keys.
                const string Zot = """
                    {"distSpecVersion": "1.1.0", "storage": {"rootDirectory": "/var/lib/registry"}, "http": {"address": "0.0.0.0", "port": "5000"}}
                    """;
                const string Prose = "The registry version and storage are documented elsewhere.";
            }
            """";

        await Verifier.Analyzer(source, Packages.None);
    }
}
