using System;
using System.Linq;
using System.Threading;
using RegistryConfigAnalyzers.Engine;
using Xunit;

namespace RegistryConfigAnalyzers.Tasks.Tests;

/// <summary>Compose files and Kubernetes manifests among the files, judged with the real engine.</summary>
public sealed class DeploymentTests : IDisposable
{
    private const string SecureConfig = """
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
        """;

    private const string ComposeClearingAuth = """
        services:
          registry:
            image: registry:2
            ports:
              - "127.0.0.1:5000:5000"
            environment:
              - REGISTRY_AUTH=
            volumes:
              - ./registry/config.yml:/etc/docker/registry/config.yml:ro
        """;

    private readonly TempFolder _folder = new();
    private readonly RecordingBuildEngine _log = new();

    [Fact]
    public void A_compose_file_that_clears_the_auth_of_a_mounted_config_fails_at_its_environment_entry()
    {
        var config = _folder.Write("registry/config.yml", SecureConfig);
        var compose = _folder.Write("docker-compose.yml", ComposeClearingAuth);

        var succeeded = Run(StandInEngine.Item(compose), StandInEngine.Item(config));

        Assert.False(succeeded);
        var anonymous = Assert.Single(_log.Errors, e => e.Code == "RCA0001");
        Assert.Equal((compose, 7), (anonymous.File, anonymous.LineNumber));
        Assert.Equal(_log.Errors.Count, _log.Errors.Select(e => (e.Code, e.File, e.LineNumber)).Distinct().Count());
        Assert.Contains(_log.Messages, m => m.Message ==
            "RegistryConfigAnalyzers checked 1 registry config and 1 deployment file.");
    }

    [Fact]
    public void A_mounted_config_is_judged_with_the_deployment_and_not_again_on_its_own()
    {
        var config = _folder.Write("registry/config.yml", SecureConfig);
        var compose = _folder.Write("docker-compose.yml", ComposeClearingAuth);
        var engine = new StandInEngine { LooksLikeConfig = _ => true };

        engine.CreateTask(_log, StandInEngine.Item(compose), StandInEngine.Item(config)).WithProject(_folder.Path)
            .Execute();

        Assert.Empty(engine.Analyzed);
        Assert.Contains("RCA0001", _log.ErrorCodes);
    }

    [Fact]
    public void A_config_that_no_deployment_mounts_is_still_checked_alone()
    {
        var mounted = _folder.Write("registry/config.yml", SecureConfig);
        var other = _folder.Write("staging/config.yml", SecureConfig);
        var compose = _folder.Write("docker-compose.yml", ComposeClearingAuth);
        var engine = new StandInEngine { LooksLikeConfig = _ => true };

        engine.CreateTask(_log, StandInEngine.Item(compose), StandInEngine.Item(mounted), StandInEngine.Item(other))
            .WithProject(_folder.Path).Execute();

        Assert.Equal(new[] { other }, engine.Analyzed.Select(a => a.Source));
    }

    [Fact]
    public void RegistryConfig_false_opts_a_compose_file_out_and_its_config_is_checked_alone()
    {
        var config = _folder.Write("registry/config.yml", SecureConfig);
        var compose = _folder.Write("docker-compose.yml", ComposeClearingAuth);

        var succeeded = Run(StandInEngine.Item(compose, "false"), StandInEngine.Item(config));

        Assert.True(succeeded);
        Assert.Empty(_log.Errors);
        Assert.Contains(_log.Messages, m => m.Message == "RegistryConfigAnalyzers checked 1 registry config.");
    }

    [Fact]
    public void With_detection_off_an_unmarked_compose_file_is_left_alone_and_a_marked_one_is_judged()
    {
        var config = _folder.Write("registry/config.yml", SecureConfig);
        var compose = _folder.Write("docker-compose.yml", ComposeClearingAuth);

        var unmarked = Run(detect: false, StandInEngine.Item(compose), StandInEngine.Item(config, "true"));
        Assert.True(unmarked);
        Assert.Empty(_log.Errors);

        var marked = Run(detect: false, StandInEngine.Item(compose, "true"), StandInEngine.Item(config, "true"));
        Assert.False(marked);
        Assert.Equal(compose, Assert.Single(_log.Errors, e => e.Code == "RCA0001").File);
    }

    [Fact]
    public void A_manifest_mounts_a_ConfigMap_of_another_file_and_its_finding_is_placed_in_that_file()
    {
        var configMap = _folder.Write("k8s/configmap.yaml", """
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: registry-config
            data:
              config.yml: |
                version: 0.1
                storage:
                  filesystem:
                    rootdirectory: /var/lib/registry
                http:
                  addr: :5000
            """);
        var deployment = _folder.Write("k8s/deployment.yaml", """
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
                      volumeMounts:
                        - name: config
                          mountPath: /etc/docker/registry
                  volumes:
                    - name: config
                      configMap:
                        name: registry-config
            """);

        var together = Run(StandInEngine.Item(deployment), StandInEngine.Item(configMap));

        Assert.False(together);
        var anonymous = Assert.Single(_log.Errors, e => e.Code == "RCA0001");
        Assert.Equal(configMap, anonymous.File);
        Assert.InRange(anonymous.LineNumber, 7, 12);
    }

    [Fact]
    public void A_file_outside_the_project_folder_is_not_read()
    {
        using var outside = new TempFolder();
        var config = outside.Write("config.yml", SecureConfig);
        var compose = _folder.Write("docker-compose.yml", ComposeClearingAuth.Replace(
            "./registry/config.yml", config));
        var engine = new StandInEngine { LooksLikeConfig = _ => true };

        engine.CreateTask(_log, StandInEngine.Item(compose), StandInEngine.Item(config)).WithProject(_folder.Path)
            .Execute();

        Assert.Equal(new[] { config }, engine.Analyzed.Select(a => a.Source));
    }

    [Fact]
    public void A_failing_deployment_analysis_is_reported_on_each_file_and_the_configs_are_checked_alone()
    {
        var config = _folder.Write("registry/config.yml", SecureConfig);
        var compose = _folder.Write("docker-compose.yml", ComposeClearingAuth);
        var manifest = _folder.Write("k8s/pod.yaml", "apiVersion: v1\nkind: Pod\n");
        var engine = new StandInEngine { LooksLikeConfig = _ => true };
        var task = engine.CreateTask(_log, (_, _, _) => throw new InvalidOperationException("broken"),
            StandInEngine.Item(compose), StandInEngine.Item(manifest), StandInEngine.Item(config));

        var succeeded = task.Execute();

        Assert.True(succeeded);
        Assert.Equal(new[] { compose, manifest }, _log.Warnings.Where(w => w.Code == "RCA0900").Select(w => w.File));
        Assert.All(_log.Warnings, w => Assert.Contains("InvalidOperationException: broken", w.Message));
        Assert.Equal(new[] { config }, engine.Analyzed.Select(a => a.Source));
    }

    [Fact]
    public void The_time_limit_applies_to_the_deployment_analysis_as_a_whole()
    {
        var compose = _folder.Write("docker-compose.yml", ComposeClearingAuth);
        using var release = new ManualResetEventSlim();
        var engine = new StandInEngine();
        var task = engine.CreateTask(_log, (_, _, _) =>
        {
            release.Wait();
            throw new InvalidOperationException("released");
        }, StandInEngine.Item(compose));
        task.TimeoutMilliseconds = 200;

        task.Execute();
        release.Set();

        var warning = Assert.Single(_log.Warnings);
        Assert.Equal(("RCA0900", compose), (warning.Code, warning.File));
        Assert.Contains("longer than 0.2 s", warning.Message);
    }

    public void Dispose() => _folder.Dispose();

    private bool Run(params Microsoft.Build.Framework.ITaskItem[] files) => Run(true, files);

    private bool Run(bool detect, params Microsoft.Build.Framework.ITaskItem[] files) =>
        new ValidateRegistryConfig
        {
            BuildEngine = _log,
            Files = files,
            DetectConfigs = detect,
            ProjectDirectory = _folder.Path,
        }.Execute();
}
