using RegistryConfigAnalyzers.Analyzers.Tests.Infrastructure;
using Xunit;
using Verifier = RegistryConfigAnalyzers.Analyzers.Tests.Infrastructure.Verify<RegistryConfigAnalyzers.Analyzers.RegistryContainerAnalyzer>;

namespace RegistryConfigAnalyzers.Analyzers.Tests.Hosts;

/// <summary>
/// .NET splits <c>ProcessStartInfo.Arguments</c> the way a command line is split: double quotes
/// group and are removed, and any whitespace separates.
/// </summary>
public class ProcessArgumentsTests
{
    private const string ProtectedConfig = """
        version: 0.1
        storage:
          filesystem:
            rootdirectory: /tmp/registry
        http:
          addr: 127.0.0.1:5000
        auth:
          htpasswd:
            realm: Registry Realm
            path: /etc/registry/htpasswd
        """;

    [Fact]
    public async Task Deletes_turned_on_behind_the_auth_of_the_config_file_are_not_anonymous()
    {
        const string source = """
            using System.Diagnostics;

            class Host
            {
                void Start()
                {
                    var start = new ProcessStartInfo("docker-registry", "serve registry.yml");
                    start.Environment["REGISTRY_STORAGE_DELETE_ENABLED"] = "true";
                    Process.Start(start);
                }
            }
            """;

        await Verifier.Analyzer(source, Packages.None, new[] { ("/src/registry.yml", ProtectedConfig) });
    }

    // The real registry, run as `docker-registry serve "registry.yml"` (argv: serve, registry.yml)
    // with this config and REGISTRY_STORAGE_DELETE_ENABLED=true, answers an anonymous GET
    // /v2/_catalog and an anonymous DELETE of a manifest with 401; with the htpasswd user the
    // DELETE gets 404 (deletes on, behind auth).
    [Fact]
    public async Task A_quoted_config_path_is_read_without_its_quotes()
    {
        const string source = """
            using System.Diagnostics;

            class Host
            {
                void Start()
                {
                    var start = new ProcessStartInfo("docker-registry", "serve \"registry.yml\"");
                    start.Environment["REGISTRY_STORAGE_DELETE_ENABLED"] = "true";
                    Process.Start(start);
                }
            }
            """;

        await Verifier.Analyzer(source, Packages.None, new[] { ("/src/registry.yml", ProtectedConfig) });
    }

    // The same argv comes from a tab between the words.
    [Fact]
    public async Task A_tab_separates_the_arguments_like_a_space()
    {
        const string source = """
            using System.Diagnostics;

            class Host
            {
                void Start()
                {
                    var start = new ProcessStartInfo("docker-registry", "serve\tregistry.yml");
                    start.Environment["REGISTRY_STORAGE_DELETE_ENABLED"] = "true";
                    Process.Start(start);
                }
            }
            """;

        await Verifier.Analyzer(source, Packages.None, new[] { ("/src/registry.yml", ProtectedConfig) });
    }

    // A quoted path with a space is one argument; the real registry reads the file it names.
    [Fact]
    public async Task A_quoted_path_with_a_space_is_one_argument()
    {
        const string source = """
            using System.Diagnostics;

            class Host
            {
                void Start()
                {
                    var start = new ProcessStartInfo("docker-registry", "serve \"config dir/registry.yml\"");
                    start.Environment["REGISTRY_STORAGE_DELETE_ENABLED"] = "true";
                    Process.Start(start);
                }
            }
            """;

        await Verifier.Analyzer(source, Packages.None, new[] { ("/src/config dir/registry.yml", ProtectedConfig) });
    }

    // `registry garbage-collect` collects and exits without listening.
    [Fact]
    public async Task Garbage_collect_serves_nothing()
    {
        const string source = """
            using System.Diagnostics;

            class Maintenance
            {
                void Collect()
                {
                    var start = new ProcessStartInfo("docker-registry", "garbage-collect registry.yml");
                    start.Environment["REGISTRY_STORAGE_DELETE_ENABLED"] = "true";
                    Process.Start(start);
                }
            }
            """;

        const string openConfig = """
            version: 0.1
            storage:
              filesystem:
                rootdirectory: /tmp/registry
            http:
              addr: 127.0.0.1:5000
            """;

        await Verifier.Analyzer(source, Packages.None, new[] { ("/src/registry.yml", openConfig) });
    }

    // The subcommand could be anything, so whether a server runs is not known.
    [Fact]
    public async Task Arguments_the_analyzer_cannot_read_get_no_claim()
    {
        const string source = """
            using System.Diagnostics;

            class Host
            {
                void Start(string arguments)
                {
                    var start = new ProcessStartInfo("docker-registry", arguments);
                    start.Environment["REGISTRY_STORAGE_DELETE_ENABLED"] = "true";
                    Process.Start(start);
                }
            }
            """;

        await Verifier.Analyzer(source, Packages.None);
    }
}
