using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using RegistryConfigAnalyzers.Engine;
using Xunit;

namespace RegistryConfigAnalyzers.Cli.Tests;

public sealed class CliTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    /// <summary>A report line up to its rule id: `path(line,col): level RCAnnnn`.</summary>
    private static string Head(string line) => Regex.Match(line, @"^.*?: (error|warning|info) RCA\d{4}").Value;

    private static List<JsonElement> Results(CliRun run) =>
        JsonDocument.Parse(run.Output).RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().ToList();

    private static string? Uri(JsonElement result) => result.GetProperty("locations")[0]
        .GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString();

    [Fact]
    public void A_clean_config_exits_0_and_prints_no_finding()
    {
        _folder.Write("registry.yml", Configs.Clean);

        var run = CliRun.In(_folder, "registry.yml");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Equal(string.Empty, run.Output);
        Assert.Equal("registry-config-lint: checked 1 registry config: 0 errors, 0 warnings, 0 info\n", run.Error);
    }

    [Fact]
    public void An_error_finding_exits_1_and_is_printed_in_msbuild_form()
    {
        _folder.Write("registry.yml", Configs.Anonymous);

        var run = CliRun.In(_folder, "registry.yml");

        Assert.Equal(ExitCodes.ErrorsFound, run.ExitCode);
        var line = Assert.Single(run.OutputLines);
        Assert.StartsWith("registry.yml(1,1): error RCA0001: The registry serves pulls and pushes to anyone", line);
    }

    [Fact]
    public void Only_warnings_exit_0_but_are_printed()
    {
        _folder.Write("registry.yml", Configs.HtpasswdWithoutTls);

        var run = CliRun.In(_folder, "registry.yml");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.StartsWith("registry.yml(8,3): warning RCA0200: ", Assert.Single(run.OutputLines));
    }

    [Fact]
    public void A_file_in_a_subfolder_is_shown_relative_to_the_working_folder()
    {
        _folder.Write(Path.Combine("deploy", "registry.yml"), Configs.Anonymous);

        var run = CliRun.In(_folder, Path.Combine("deploy", "registry.yml"));

        var line = Assert.Single(run.OutputLines);
        Assert.StartsWith(Path.Combine("deploy", "registry.yml") + "(1,1): error RCA0001: ", line);
    }

    [Fact]
    public void Warnaserror_turns_a_warning_into_an_error_and_the_exit_code_into_1()
    {
        _folder.Write("registry.yml", Configs.HtpasswdWithoutTls);

        var run = CliRun.In(_folder, "registry.yml", "--warnaserror");

        Assert.Equal(ExitCodes.ErrorsFound, run.ExitCode);
        Assert.StartsWith("registry.yml(8,3): error RCA0200: ", Assert.Single(run.OutputLines));
    }

    [Fact]
    public void Severity_error_on_a_warning_rule_fails_the_run()
    {
        _folder.Write("registry.yml", Configs.HtpasswdWithoutTls);

        var run = CliRun.In(_folder, "registry.yml", "--severity", "RCA0200=error");

        Assert.Equal(ExitCodes.ErrorsFound, run.ExitCode);
        Assert.StartsWith("registry.yml(8,3): error RCA0200: ", Assert.Single(run.OutputLines));
    }

    [Fact]
    public void Severity_warning_on_an_error_rule_lets_the_run_pass()
    {
        _folder.Write("registry.yml", Configs.Anonymous);

        var run = CliRun.In(_folder, "registry.yml", "--severity=rca0001=warning");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.StartsWith("registry.yml(1,1): warning RCA0001: ", Assert.Single(run.OutputLines));
    }

    [Fact]
    public void Severity_none_drops_the_rule_findings()
    {
        _folder.Write("registry.yml", Configs.Anonymous);

        var run = CliRun.In(_folder, "registry.yml", "--severity", "RCA0001=none");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Equal(string.Empty, run.Output);
    }

    [Fact]
    public void Severity_default_undoes_an_earlier_setting_of_the_rule()
    {
        _folder.Write("registry.yml", Configs.Anonymous);

        var run = CliRun.In(_folder, "registry.yml", "--severity", "RCA0001=none", "--severity", "RCA0001=default");

        Assert.Equal(ExitCodes.ErrorsFound, run.ExitCode);
    }

    [Fact]
    public void Severity_info_prints_the_finding_as_info()
    {
        _folder.Write("registry.yml", Configs.Anonymous);

        var run = CliRun.In(_folder, "registry.yml", "--severity", "RCA0001=info");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.StartsWith("registry.yml(1,1): info RCA0001: ", Assert.Single(run.OutputLines));
    }

    [Fact]
    public void Warnaserror_also_raises_a_rule_set_to_warning()
    {
        _folder.Write("registry.yml", Configs.Anonymous);

        var run = CliRun.In(_folder, "registry.yml", "--severity", "RCA0001=warning", "--warnaserror");

        Assert.Equal(ExitCodes.ErrorsFound, run.ExitCode);
    }

    [Fact]
    public void A_suppressed_finding_is_not_printed_but_counted()
    {
        _folder.Write("registry.yml", Configs.SuppressedWithReason);

        var run = CliRun.In(_folder, "registry.yml", "--warnaserror");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Equal(string.Empty, run.Output);
        Assert.EndsWith("; 1 suppressed\n", run.Error);
    }

    [Fact]
    public void A_suppression_without_a_reason_is_itself_reported()
    {
        var withoutReason = Configs.SuppressedWithReason.Replace(" -- TLS ends at the ingress", string.Empty);
        _folder.Write("registry.yml", withoutReason);

        var run = CliRun.In(_folder, "registry.yml");

        Assert.StartsWith("registry.yml(8,3): warning RCA0111: ", Assert.Single(run.OutputLines));
    }

    [Fact]
    public void A_folder_is_searched_for_yaml_files_that_look_like_registry_configs()
    {
        _folder.Write(Path.Combine("configs", "registry.yml"), Configs.Anonymous);
        _folder.Write(Path.Combine("configs", "nested", "other.yaml"), Configs.HtpasswdWithoutTls);
        _folder.Write(Path.Combine("configs", "compose.yml"), Configs.ComposeFile);
        _folder.Write(Path.Combine("configs", "registry.txt"), Configs.Anonymous);
        _folder.Write(Path.Combine("configs", ".git", "registry.yml"), Configs.Anonymous);

        var run = CliRun.In(_folder, "configs");

        Assert.Equal(ExitCodes.ErrorsFound, run.ExitCode);
        Assert.Equal(
            new[]
            {
                Path.Combine("configs", "nested", "other.yaml") + "(8,3): warning RCA0200",
                Path.Combine("configs", "registry.yml") + "(1,1): error RCA0001",
            },
            run.OutputLines.Select(Head));
        Assert.Contains("checked 2 registry configs", run.Error);
    }

    [Fact]
    public void All_checks_every_yaml_file_in_a_folder()
    {
        _folder.Write(Path.Combine("configs", "build.yml"), Configs.OtherYaml);

        var run = CliRun.In(_folder, "configs", "--all");

        Assert.Equal(ExitCodes.ErrorsFound, run.ExitCode);
        Assert.NotEmpty(run.OutputLines);
        Assert.All(run.OutputLines, l => Assert.StartsWith(Path.Combine("configs", "build.yml") + "(", l));
    }

    [Fact]
    public void A_file_named_on_the_command_line_is_checked_even_if_it_does_not_look_like_a_config()
    {
        _folder.Write("build.yml", Configs.OtherYaml);

        var run = CliRun.In(_folder, "build.yml");

        Assert.Equal(ExitCodes.ErrorsFound, run.ExitCode);
        Assert.Contains("checked 1 registry config:", run.Error);
    }

    [Fact]
    public void A_compose_file_without_a_registry_is_a_deployment_with_nothing_to_report()
    {
        _folder.Write("compose.yml", Configs.ComposeFile);

        var run = CliRun.In(_folder, "compose.yml");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Equal(string.Empty, run.Output);
        Assert.Contains("checked 0 registry configs and 1 deployment file:", run.Error);
    }

    [Fact]
    public void A_folder_without_registry_configs_exits_0_and_says_so()
    {
        _folder.Write(Path.Combine("configs", "build.yml"), Configs.OtherYaml);

        var run = CliRun.In(_folder, "configs");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("no registry config found", run.Error);
    }

    [Fact]
    public void A_missing_file_exits_3_and_the_other_files_are_still_checked()
    {
        _folder.Write("registry.yml", Configs.Anonymous);

        var run = CliRun.In(_folder, "missing.yml", "registry.yml");

        Assert.Equal(ExitCodes.ReadFailure, run.ExitCode);
        Assert.Contains("registry-config-lint: cannot read 'missing.yml': no such file or folder", run.Error);
        Assert.StartsWith("registry.yml(1,1): error RCA0001: ", Assert.Single(run.OutputLines));
    }

    [Fact]
    public void A_missing_file_alone_is_a_read_failure_not_an_empty_folder()
    {
        var run = CliRun.In(_folder, "missing.yml");

        Assert.Equal(ExitCodes.ReadFailure, run.ExitCode);
        Assert.Equal("registry-config-lint: cannot read 'missing.yml': no such file or folder\n", run.Error);
    }

    [Fact]
    public void A_missing_env_file_exits_3()
    {
        _folder.Write("registry.yml", Configs.Clean);

        var run = CliRun.In(_folder, "registry.yml", "--env-file", "missing.env");

        Assert.Equal(ExitCodes.ReadFailure, run.ExitCode);
        Assert.Contains("cannot read 'missing.env'", run.Error);
    }

    [Fact]
    public void Binary_and_empty_files_are_reported_as_findings_not_as_crashes()
    {
        File.WriteAllBytes(Path.Combine(_folder.Path, "binary.yml"), new byte[] { 0, 1, 2, 0xff, 0xfe, 7 });
        _folder.Write("empty.yml", string.Empty);

        var run = CliRun.In(_folder, "binary.yml", "empty.yml");

        Assert.Equal(ExitCodes.ErrorsFound, run.ExitCode);
        Assert.Contains("binary.yml(1,1): error RCA0010", run.OutputLines.Select(Head));
        Assert.Contains("empty.yml(1,1): error RCA0011", run.OutputLines.Select(Head));
        Assert.DoesNotContain("internal error", run.Error);
    }

    [Fact]
    public void Registry_version_2_judges_the_config_as_registry_2_reads_it()
    {
        _folder.Write("registry.yml", Configs.WithV2OnlySection);

        var v3 = CliRun.In(_folder, "registry.yml");
        var v2 = CliRun.In(_folder, "registry.yml", "--registry-version", "2");

        Assert.StartsWith("registry.yml(14,1): warning RCA0104: ", Assert.Single(v3.OutputLines));
        Assert.Empty(v2.OutputLines);
    }

    [Fact]
    public void An_env_file_override_is_reported_at_its_line_in_the_env_file()
    {
        _folder.Write("registry.yml", Configs.Clean);
        _folder.Write("registry.env", """
            # the deployment's overrides
            REGISTRY_HTTP_ADDR=:443
            REGISTRY_AUTH=
            """);

        var run = CliRun.In(_folder, "registry.yml", "--env-file", "registry.env");

        Assert.Equal(ExitCodes.ErrorsFound, run.ExitCode);
        Assert.StartsWith("registry.env(3,1): error RCA0001: ", Assert.Single(run.OutputLines));
    }

    [Fact]
    public void Env_takes_registry_variables_from_the_process_environment()
    {
        _folder.Write("registry.yml", Configs.Clean);
        var environment = new Dictionary<string, string> { ["REGISTRY_AUTH"] = string.Empty, ["HOME"] = "/root" };

        var run = CliRun.In(_folder, environment, "registry.yml", "--env");

        Assert.Equal(ExitCodes.ErrorsFound, run.ExitCode);
        Assert.StartsWith("env:REGISTRY_AUTH: error RCA0001: ", Assert.Single(run.OutputLines));
    }

    [Fact]
    public void Without_env_the_process_environment_is_not_read()
    {
        _folder.Write("registry.yml", Configs.Clean);
        var environment = new Dictionary<string, string> { ["REGISTRY_AUTH"] = string.Empty };

        var run = CliRun.In(_folder, environment, "registry.yml");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
    }

    [Fact]
    public void The_process_environment_wins_over_an_env_file()
    {
        _folder.Write("registry.yml", Configs.Clean);
        _folder.Write("registry.env", "REGISTRY_AUTH=\n");
        var environment = new Dictionary<string, string> { ["REGISTRY_AUTH"] = "{htpasswd: {realm: b, path: /p}}" };

        var fileOnly = CliRun.In(_folder, environment, "registry.yml", "--env-file", "registry.env");
        var both = CliRun.In(_folder, environment, "registry.yml", "--env-file", "registry.env", "--env");

        Assert.Equal(ExitCodes.ErrorsFound, fileOnly.ExitCode);
        Assert.Equal(ExitCodes.Success, both.ExitCode);
    }

    [Fact]
    public void An_env_file_alone_is_applied_to_the_images_own_config()
    {
        _folder.Write("registry.env", "REGISTRY_HTTP_ADDR=:5000\n");

        var v3 = CliRun.In(_folder, "--env-file", "registry.env");
        var v2 = CliRun.In(_folder, "--env-file", "registry.env", "--registry-version", "2");

        Assert.Equal(ExitCodes.ErrorsFound, v3.ExitCode);
        Assert.Contains("image:registry:3: error RCA0003", v3.OutputLines.Select(Head));
        Assert.Contains("image:registry:2: error RCA0001", v2.OutputLines.Select(Head));
    }

    [Fact]
    public void Sarif_format_writes_a_valid_log_with_paths_relative_to_the_working_folder()
    {
        _folder.Write(Path.Combine("deploy", "registry.yml"), Configs.SuppressedWithReason);
        _folder.Write(Path.Combine("deploy", "anonymous.yml"), Configs.Anonymous);

        var run = CliRun.In(_folder, "deploy", "--format", "sarif");

        Assert.Equal(ExitCodes.ErrorsFound, run.ExitCode);
        Assert.Empty(SarifSchema.Errors(run.Output));
        var results = Results(run);
        Assert.Equal(new[] { "RCA0001", "RCA0200" }, results.Select(r => r.GetProperty("ruleId").GetString()));
        Assert.Equal(new[] { "deploy/anonymous.yml", "deploy/registry.yml" }, results.Select(Uri));
        Assert.True(results[1].TryGetProperty("suppressions", out _));
    }

    [Fact]
    public void Omit_suppressed_leaves_suppressed_findings_out_of_the_sarif_log()
    {
        _folder.Write("registry.yml", Configs.SuppressedWithReason);

        var run = CliRun.In(_folder, "registry.yml", "--format", "sarif", "--omit-suppressed");

        Assert.Empty(SarifSchema.Errors(run.Output));
        Assert.Empty(Results(run));
        Assert.EndsWith("; 1 suppressed\n", run.Error);
    }

    [Fact]
    public void Sarif_results_carry_the_levels_set_on_the_command_line()
    {
        _folder.Write("registry.yml", Configs.HtpasswdWithoutTls);

        var run = CliRun.In(_folder, "registry.yml", "--format", "sarif", "--severity", "RCA0200=error");

        Assert.Equal("error", Results(run).Single().GetProperty("level").GetString());
        Assert.Equal(ExitCodes.ErrorsFound, run.ExitCode);
    }

    [Fact]
    public void Base_directory_makes_sarif_paths_relative_to_another_folder()
    {
        _folder.Write(Path.Combine("repo", "deploy", "registry.yml"), Configs.Anonymous);

        var run = CliRun.In(_folder, Path.Combine("repo", "deploy"), "--format", "sarif", "--base-directory", "repo");

        Assert.Equal("deploy/registry.yml", Uri(Results(run).Single()));
    }

    [Fact]
    public void Output_writes_the_report_to_a_file_and_nothing_to_standard_output()
    {
        _folder.Write("registry.yml", Configs.Anonymous);

        var run = CliRun.In(_folder, "registry.yml", "--format", "sarif", "--output", "out.sarif");

        Assert.Equal(ExitCodes.ErrorsFound, run.ExitCode);
        Assert.Equal(string.Empty, run.Output);
        Assert.Empty(SarifSchema.Errors(File.ReadAllText(Path.Combine(_folder.Path, "out.sarif"))));
    }

    [Fact]
    public void An_output_file_that_cannot_be_written_exits_3()
    {
        _folder.Write("registry.yml", Configs.Clean);

        var run = CliRun.In(_folder, "registry.yml", "-o", Path.Combine("no-such-folder", "out.txt"));

        Assert.Equal(ExitCodes.ReadFailure, run.ExitCode);
        Assert.Contains("cannot write", run.Error);
    }

    [Fact]
    public void A_file_and_the_folder_holding_it_are_checked_once()
    {
        _folder.Write(Path.Combine("configs", "registry.yml"), Configs.Anonymous);

        var run = CliRun.In(_folder, Path.Combine("configs", "registry.yml"), "configs");

        Assert.Single(run.OutputLines);
        Assert.Contains("checked 1 registry config", run.Error);
    }
}
