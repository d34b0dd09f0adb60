using System;
using Xunit;

namespace RegistryConfigAnalyzers.Tasks.Tests;

/// <summary>The task as MSBuild creates it, with the real engine behind it.</summary>
public sealed class RealEngineTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly RecordingBuildEngine _log = new();

    [Fact]
    public void A_config_without_auth_and_with_deletes_on_fails_with_RCA0001_and_RCA0003_where_they_are()
    {
        var file = _folder.Write("registry.yml", """
            # Team registry, reached only from the office network.
            version: 0.1
            storage:
              filesystem:
                rootdirectory: /var/lib/registry
              delete:
                enabled: true
            http:
              addr: :5000
            """);

        var succeeded = Run(StandInEngine.Item(file, "true"));

        Assert.False(succeeded);
        Assert.Equal(new[] { "RCA0001", "RCA0003" }, _log.ErrorCodes);
        var anonymous = _log.Errors[0];
        Assert.Equal((file, 2, 1, 2, 8), (anonymous.File, anonymous.LineNumber, anonymous.ColumnNumber,
            anonymous.EndLineNumber, anonymous.EndColumnNumber));
        var delete = _log.Errors[1];
        Assert.Equal((7, 14, 7, 18), (delete.LineNumber, delete.ColumnNumber, delete.EndLineNumber,
            delete.EndColumnNumber));
        Assert.EndsWith("docs/rules/RCA0003.md", delete.HelpLink);
    }

    [Fact]
    public void A_config_with_htpasswd_and_tls_passes_clean()
    {
        var file = _folder.Write("registry.yml", """
            version: 0.1
            storage:
              filesystem:
                rootdirectory: /var/lib/registry
            auth:
              htpasswd:
                realm: team
                path: /auth/htpasswd
            http:
              addr: :5000
              tls:
                certificate: /certs/tls.crt
                key: /certs/tls.key
            """);

        var succeeded = Run(StandInEngine.Item(file, "true"));

        Assert.True(succeeded);
        Assert.Empty(_log.Errors);
        Assert.Empty(_log.Warnings);
        Assert.Equal("RegistryConfigAnalyzers checked 1 registry config.", Assert.Single(_log.Messages).Message);
    }

    [Fact]
    public void Detection_checks_a_registry_config_and_leaves_a_workflow_file_alone()
    {
        var config = _folder.Write("deploy/registry.yaml", """
            version: 0.1
            storage:
              inmemory: {}
            http:
              addr: :5000
            """);
        var workflow = _folder.Write(".github/workflows/build.yml", """
            name: build
            on: [push]
            jobs:
              build:
                runs-on: ubuntu-latest
            """);

        Run(StandInEngine.Item(config), StandInEngine.Item(workflow));

        Assert.All(_log.Errors, e => Assert.Equal(config, e.File));
        Assert.Contains("RCA0001", _log.ErrorCodes);
        Assert.Empty(_log.Warnings);
    }

    public void Dispose() => _folder.Dispose();

    private bool Run(params Microsoft.Build.Framework.ITaskItem[] files) =>
        new ValidateRegistryConfig { BuildEngine = _log, Files = files, ReportEndPosition = true }.Execute();
}
