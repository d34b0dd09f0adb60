using System.Linq;
using RegistryConfigAnalyzers.Engine;
using Xunit;

namespace RegistryConfigAnalyzers.Deployments.Tests;

/// <summary>How the environment of a compose service reaches the registry.</summary>
public sealed class ComposeEnvironmentTests
{
    private const string Compose = "deploy/docker-compose.yml";

    private const string ProtectedConfig = """
        version: 0.1
        storage:
          filesystem:
            rootdirectory: /var/lib/registry
        auth:
          htpasswd:
            realm: basic-realm
            path: /auth/htpasswd
        """;

    [Fact]
    public void An_empty_REGISTRY_AUTH_in_map_form_clears_the_mounted_auth_at_that_entry()
    {
        var scenario = new Scenario()
            .File(Compose, """
                services:
                  registry:
                    image: registry:2
                    environment:
                      [|REGISTRY_AUTH: ""|]
                    volumes:
                      - ./config.yml:/etc/docker/registry/config.yml:ro
                """)
            .ProjectFile("deploy/config.yml", ProtectedConfig);

        var result = scenario.Run();

        var finding = Expect.Finding(result, RuleIds.AnonymousAccess, scenario.Mark(Compose));
        Assert.Contains("REGISTRY_AUTH=", finding.Message);
        Assert.Equal("starts=yes anon_pull=yes any_header=yes delete=no auth=none", Expect.Verdict(result));
    }

    [Fact]
    public void An_empty_REGISTRY_AUTH_in_list_form_is_located_at_the_list_item()
    {
        var scenario = new Scenario()
            .File(Compose, """
                services:
                  registry:
                    image: registry:2
                    environment:
                      - [|REGISTRY_AUTH=|]
                    volumes:
                      - ./config.yml:/etc/docker/registry/config.yml
                """)
            .ProjectFile("deploy/config.yml", ProtectedConfig);

        var result = scenario.Run();

        Expect.Finding(result, RuleIds.AnonymousAccess, scenario.Mark(Compose));
        Assert.Equal(true, Expect.Single(result).Verdict!.AnonymousPull);
    }

    [Fact]
    public void Htpasswd_variables_alone_protect_the_images_own_config()
    {
        var result = new Scenario()
            .File(Compose, """
                services:
                  registry:
                    image: registry:2.8
                    environment:
                      - REGISTRY_AUTH_HTPASSWD_REALM=basic-realm
                      - REGISTRY_AUTH_HTPASSWD_PATH=/auth/htpasswd
                """)
            .Run();

        Assert.Equal("starts=yes anon_pull=no any_header=no delete=no auth=htpasswd", Expect.Verdict(result));
        Expect.NoFinding(result, RuleIds.AnonymousAccess);
    }

    [Fact]
    public void A_list_entry_without_a_value_is_not_known_so_the_start_is_not_claimed()
    {
        var result = new Scenario()
            .File(Compose, """
                services:
                  registry:
                    image: registry:2
                    environment:
                      - REGISTRY_AUTH
                """)
            .Run();

        var registry = Expect.Single(result);
        Assert.Null(registry.Verdict!.Starts);
        Assert.Contains(registry.Environment, e => e.Name == "REGISTRY_AUTH" && e.Value is null);
    }

    [Fact]
    public void A_map_entry_with_a_null_value_is_not_known()
    {
        var result = new Scenario()
            .File(Compose, """
                services:
                  registry:
                    image: registry:2
                    environment:
                      REGISTRY_HTTP_SECRET:
                """)
            .Run();

        Assert.Contains(Expect.Single(result).Environment, e => e.Name == "REGISTRY_HTTP_SECRET" && e.Value is null);
    }

    [Fact]
    public void An_interpolated_value_is_not_known_but_a_doubled_dollar_is_a_literal_dollar()
    {
        var result = new Scenario()
            .File(Compose, """
                services:
                  registry:
                    image: registry:2
                    environment:
                      REGISTRY_HTTP_SECRET: ${HTTP_SECRET:-fallback}
                      REGISTRY_LOG_FIELDS_NOTE: "costs $$5"
                """)
            .Run();

        var environment = Expect.Single(result).Environment;
        Assert.Null(environment.Single(e => e.Name == "REGISTRY_HTTP_SECRET").Value);
        Assert.Equal("costs $5", environment.Single(e => e.Name == "REGISTRY_LOG_FIELDS_NOTE").Value);
    }

    [Fact]
    public void An_env_file_of_the_project_is_read_with_positions_in_that_file()
    {
        var scenario = new Scenario()
            .File(Compose, """
                services:
                  registry:
                    image: registry:2
                    env_file: registry.env
                """)
            .ProjectFile("deploy/registry.env", """
                # storage
                [|REGISTRY_STORAGE_DELETE_ENABLED=true|]
                """);

        var result = scenario.Run();

        Expect.Finding(result, RuleIds.AnonymousDelete, scenario.Mark("deploy/registry.env"));
        Assert.Equal(true, Expect.Single(result).Verdict!.DeletesEnabled);
    }

    [Fact]
    public void Env_file_values_follow_quotes_comments_and_export()
    {
        var result = new Scenario()
            .File(Compose, """
                services:
                  registry:
                    image: registry:2
                    env_file:
                      - path: ./registry.env
                        required: true
                """)
            .ProjectFile("deploy/registry.env", """
                export REGISTRY_LOG_LEVEL=warn # quiet
                REGISTRY_AUTH_HTPASSWD_REALM="Basic realm"
                REGISTRY_AUTH_HTPASSWD_PATH='/auth/htpasswd'
                """)
            .Run();

        var environment = Expect.Single(result).Environment.ToDictionary(e => e.Name, e => e.Value);
        Assert.Equal("warn", environment["REGISTRY_LOG_LEVEL"]);
        Assert.Equal("Basic realm", environment["REGISTRY_AUTH_HTPASSWD_REALM"]);
        Assert.Equal("/auth/htpasswd", environment["REGISTRY_AUTH_HTPASSWD_PATH"]);
    }

    [Fact]
    public void Environment_entries_win_over_the_env_file()
    {
        var result = new Scenario()
            .File(Compose, """
                services:
                  registry:
                    image: registry:2
                    env_file: registry.env
                    environment:
                      REGISTRY_STORAGE_DELETE_ENABLED: "false"
                """)
            .ProjectFile("deploy/registry.env", "REGISTRY_STORAGE_DELETE_ENABLED=true\n")
            .Run();

        Assert.Equal(false, Expect.Single(result).Verdict!.DeletesEnabled);
    }

    [Fact]
    public void A_name_given_twice_in_list_form_takes_the_last_value()
    {
        var scenario = new Scenario().File(Compose, """
            services:
              registry:
                image: registry:2
                environment:
                  - REGISTRY_STORAGE_DELETE_ENABLED=false
                  - [|REGISTRY_STORAGE_DELETE_ENABLED=true|]
            """);

        var result = scenario.Run();

        Assert.Equal("true", Expect.Single(result).Environment.Single(e => e.Name == "REGISTRY_STORAGE_DELETE_ENABLED").Value);
        Expect.Finding(result, RuleIds.AnonymousDelete, scenario.Mark(Compose));
    }

    [Fact]
    public void Later_env_files_win_over_earlier_ones()
    {
        var result = new Scenario()
            .File(Compose, """
                services:
                  registry:
                    image: registry:2
                    env_file: [base.env, override.env]
                """)
            .ProjectFile("deploy/base.env", "REGISTRY_STORAGE_DELETE_ENABLED=true\n")
            .ProjectFile("deploy/override.env", "REGISTRY_STORAGE_DELETE_ENABLED=false\n")
            .Run();

        Assert.Equal(false, Expect.Single(result).Verdict!.DeletesEnabled);
    }

    [Fact]
    public void An_env_file_outside_the_project_is_reported_and_the_rest_is_judged()
    {
        var scenario = new Scenario().File(Compose, """
            services:
              registry:
                image: registry:2
                env_file: [|.env.production|]
            """);

        var result = scenario.Run();

        Expect.Finding(result, "RCA0605", scenario.Mark(Compose));
        var registry = Expect.Single(result);
        Assert.False(registry.Complete);
        Assert.Equal(true, registry.Verdict!.AnonymousPull);
    }

    [Fact]
    public void Merge_keys_bring_shared_environment_into_a_service()
    {
        var result = new Scenario()
            .File(Compose, """
                x-registry-env: &registry-env
                  REGISTRY_STORAGE_DELETE_ENABLED: "true"
                services:
                  registry:
                    image: registry:2
                    environment:
                      <<: *registry-env
                      REGISTRY_LOG_LEVEL: info
                """)
            .Run();

        Assert.Equal(true, Expect.Single(result).Verdict!.DeletesEnabled);
    }

    [Fact]
    public void A_quoted_true_in_the_value_leaves_deletes_off_as_the_registry_reads_it()
    {
        var result = new Scenario()
            .File(Compose, """
                services:
                  registry:
                    image: registry:2
                    environment:
                      REGISTRY_STORAGE_DELETE_ENABLED: '"true"'
                """)
            .Run();

        Assert.Equal(false, Expect.Single(result).Verdict!.DeletesEnabled);
    }

    [Fact]
    public void A_variable_the_registry_ignores_is_reported_at_its_entry()
    {
        var scenario = new Scenario().File(Compose, """
            services:
              registry:
                image: registry:2
                environment:
                  - [|REGISTRY_HTTP_ADDRESS=:5000|]
            """);

        var result = scenario.Run();

        Expect.Finding(result, RuleIds.IgnoredEnvironmentVariable, scenario.Mark(Compose));
    }
}
