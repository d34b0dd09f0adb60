using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using Xunit;

namespace RegistryConfigAnalyzers.Cli.Tests;

/// <summary>Compose files and Kubernetes manifests are judged as the registry they deploy.</summary>
public sealed class DeploymentTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static string Head(string line) => Regex.Match(line, @"^.*?: (error|warning|info) RCA\d{4}").Value;

    private static List<JsonElement> Results(CliRun run) => JsonDocument.Parse(run.Output).RootElement
        .GetProperty("runs")[0].GetProperty("results").EnumerateArray().ToList();

    [Fact]
    public void A_compose_file_that_clears_auth_over_a_secure_mounted_config_is_reported_at_its_env_entry()
    {
        _folder.Write(Path.Combine("registry", "config.yml"), Configs.Clean);
        _folder.Write("compose.yml", Configs.ComposeClearingAuth);

        var run = CliRun.In(_folder, "compose.yml");

        Assert.Equal(ExitCodes.ErrorsFound, run.ExitCode);
        var line = Assert.Single(run.OutputLines);
        Assert.Equal("compose.yml(7,9): error RCA0001", Head(line));
        Assert.Contains("`REGISTRY_AUTH=`", line);
        Assert.Contains("checked 0 registry configs and 1 deployment file: 1 error", run.Error);
    }

    [Fact]
    public void A_compose_file_is_not_judged_as_a_registry_config()
    {
        _folder.Write(Path.Combine("registry", "config.yml"), Configs.Clean);
        _folder.Write("compose.yml", """
            services:
              registry:
                image: registry:2
                volumes:
                  - ./registry/config.yml:/etc/docker/registry/config.yml
            """);

        var run = CliRun.In(_folder, "compose.yml");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Equal(string.Empty, run.Output);
    }

    [Fact]
    public void A_kubernetes_deployment_is_judged_with_the_environment_of_its_container()
    {
        _folder.Write("registry.yaml", """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: registry
            spec:
              template:
                spec:
                  containers:
                    - name: registry
                      image: registry:2
                      env:
                        - name: REGISTRY_AUTH
                          value: ""
            """);

        var run = CliRun.In(_folder, "registry.yaml");

        Assert.Equal(ExitCodes.ErrorsFound, run.ExitCode);
        Assert.Equal("registry.yaml(12,15): error RCA0001", Head(Assert.Single(run.OutputLines)));
    }

    [Fact]
    public void In_a_folder_a_config_that_a_compose_file_mounts_is_judged_with_its_environment_only()
    {
        _folder.Write(Path.Combine("deploy", "registry", "config.yml"), Configs.Clean);
        _folder.Write(Path.Combine("deploy", "compose.yml"), Configs.ComposeClearingAuth);
        _folder.Write(Path.Combine("deploy", "other", "registry.yml"), Configs.Anonymous);

        var run = CliRun.In(_folder, "deploy");

        Assert.Equal(ExitCodes.ErrorsFound, run.ExitCode);
        Assert.Equal(
            new[]
            {
                Path.Combine("deploy", "compose.yml") + "(7,9): error RCA0001",
                Path.Combine("deploy", "other", "registry.yml") + "(1,1): error RCA0001",
            },
            run.OutputLines.Select(Head));
        Assert.Contains("checked 2 registry configs and 1 deployment file: 2 errors", run.Error);
    }

    [Fact]
    public void A_mounted_config_alone_is_judged_as_a_config_when_the_compose_file_is_not_given()
    {
        _folder.Write(Path.Combine("deploy", "registry", "config.yml"), Configs.Anonymous);
        _folder.Write(Path.Combine("deploy", "compose.yml"), Configs.ComposeClearingAuth);

        var run = CliRun.In(_folder, Path.Combine("deploy", "registry"));

        Assert.Equal(
            Path.Combine("deploy", "registry", "config.yml") + "(1,1): error RCA0001",
            Head(Assert.Single(run.OutputLines)));
    }

    [Fact]
    public void A_mounted_config_outside_the_base_directory_is_not_read_and_the_note_says_so()
    {
        // Anonymous, so that reading it would show as an RCA0001 in it.
        _folder.Write(Path.Combine("outside", "config.yml"), Configs.Anonymous);
        _folder.Write(Path.Combine("repo", "compose.yml"), """
            services:
              registry:
                image: registry:2
                volumes:
                  - ../outside/config.yml:/etc/docker/registry/config.yml
            """);

        var run = CliRun.In(_folder, Path.Combine("repo", "compose.yml"), "--base-directory", "repo");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        var line = Assert.Single(run.OutputLines);
        Assert.Equal(Path.Combine("repo", "compose.yml") + "(5,9): info RCA0605", Head(line));
        Assert.Contains("not a file of the project", line);
    }

    [Fact]
    public void The_same_config_is_read_when_the_base_directory_holds_it()
    {
        _folder.Write(Path.Combine("outside", "config.yml"), Configs.Anonymous);
        _folder.Write(Path.Combine("repo", "compose.yml"), """
            services:
              registry:
                image: registry:2
                volumes:
                  - ../outside/config.yml:/etc/docker/registry/config.yml
            """);

        var run = CliRun.In(_folder, Path.Combine("repo", "compose.yml"));

        Assert.Equal(ExitCodes.ErrorsFound, run.ExitCode);
        var expected = Path.Combine("outside", "config.yml") + "(1,1): error RCA0001";
        Assert.Contains(run.OutputLines, l => Head(l) == expected);
    }

    [Fact]
    public void Env_options_do_not_apply_to_deployment_files()
    {
        _folder.Write(Path.Combine("registry", "config.yml"), Configs.Clean);
        _folder.Write("compose.yml", """
            services:
              registry:
                image: registry:2
                volumes:
                  - ./registry/config.yml:/etc/docker/registry/config.yml
            """);
        _folder.Write("prod.env", "REGISTRY_AUTH=\n");

        var run = CliRun.In(_folder, "compose.yml", "--env-file", "prod.env");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Equal(string.Empty, run.Output);
    }

    [Fact]
    public void Sarif_output_holds_the_findings_of_deployment_files_at_their_positions()
    {
        _folder.Write(Path.Combine("registry", "config.yml"), Configs.Clean);
        _folder.Write("compose.yml", Configs.ComposeClearingAuth);

        var run = CliRun.In(_folder, "compose.yml", "--format", "sarif");

        var result = Assert.Single(Results(run));
        Assert.Equal("RCA0001", result.GetProperty("ruleId").GetString());
        var location = result.GetProperty("locations")[0].GetProperty("physicalLocation");
        Assert.Equal("compose.yml", location.GetProperty("artifactLocation").GetProperty("uri").GetString());
        Assert.Equal(7, location.GetProperty("region").GetProperty("startLine").GetInt32());
        Assert.Equal(9, location.GetProperty("region").GetProperty("startColumn").GetInt32());
    }
}
