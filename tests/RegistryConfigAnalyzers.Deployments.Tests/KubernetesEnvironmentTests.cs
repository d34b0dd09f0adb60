using System.Linq;
using RegistryConfigAnalyzers.Engine;
using Xunit;

namespace RegistryConfigAnalyzers.Deployments.Tests;

/// <summary>How the environment of a Kubernetes container reaches the registry.</summary>
public sealed class KubernetesEnvironmentTests
{
    private const string Manifest = "k8s/registry.yaml";

    [Theory]
    [InlineData("Deployment", "spec:\n  template:\n    spec:\n      containers:")]
    [InlineData("StatefulSet", "spec:\n  template:\n    spec:\n      containers:")]
    [InlineData("DaemonSet", "spec:\n  template:\n    spec:\n      containers:")]
    [InlineData("Job", "spec:\n  template:\n    spec:\n      containers:")]
    [InlineData("CronJob", "spec:\n  jobTemplate:\n    spec:\n      template:\n        spec:\n          containers:")]
    [InlineData("Pod", "spec:\n  containers:")]
    public void Registry_containers_are_found_in_every_workload_kind(string kind, string path)
    {
        var indent = new string(' ', path.Split('\n').Last().Length - "containers:".Length + 2);
        var result = new Scenario().File(Manifest,
            $"apiVersion: v1\nkind: {kind}\nmetadata:\n  name: r\n{path}\n{indent}- name: registry\n{indent}  image: registry:2\n" +
            $"{indent}- name: sidecar\n{indent}  image: nginx:1\n").Run();

        Assert.Equal($"container `registry` of {kind} `r`", Expect.Single(result).Name);
    }

    [Fact]
    public void A_literal_value_is_located_at_the_env_entry()
    {
        var scenario = new Scenario().File(Manifest, """
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
                        - [|name: REGISTRY_STORAGE_DELETE_ENABLED
                          value: "true"|]
            """);

        var result = scenario.Run();

        Expect.Finding(result, RuleIds.AnonymousDelete, scenario.Mark(Manifest));
    }

    [Fact]
    public void A_value_from_a_Secret_is_not_known()
    {
        var result = new Scenario().File(Manifest, """
            apiVersion: v1
            kind: Pod
            metadata:
              name: registry
            spec:
              containers:
                - name: registry
                  image: registry:2
                  env:
                    - name: REGISTRY_AUTH
                      valueFrom:
                        secretKeyRef: { name: registry, key: auth }
            """).Run();

        Assert.Null(Expect.Single(result).Verdict!.Starts);
    }

    [Fact]
    public void A_configMapKeyRef_takes_the_value_and_the_place_of_the_ConfigMap_key()
    {
        var scenario = new Scenario()
            .File(Manifest, """
                apiVersion: v1
                kind: Pod
                metadata:
                  name: registry
                spec:
                  containers:
                    - name: registry
                      image: registry:2
                      env:
                        - name: REGISTRY_AUTH
                          valueFrom:
                            configMapKeyRef:
                              name: registry-settings
                              key: auth
                """)
            .File("k8s/settings.yaml", """
                apiVersion: v1
                kind: ConfigMap
                metadata:
                  name: registry-settings
                data:
                  [|auth: ""|]
                """);

        var result = scenario.Run();

        Expect.Finding(result, RuleIds.AnonymousAccess, scenario.Mark("k8s/settings.yaml"));
    }

    [Fact]
    public void EnvFrom_a_ConfigMap_adds_its_keys_with_the_prefix_and_env_entries_win()
    {
        var result = new Scenario().File(Manifest, """
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: registry-env
            data:
              STORAGE_DELETE_ENABLED: "true"
              LOG_LEVEL: debug
            ---
            apiVersion: v1
            kind: Pod
            metadata:
              name: registry
            spec:
              containers:
                - name: registry
                  image: registry:2
                  envFrom:
                    - prefix: REGISTRY_
                      configMapRef:
                        name: registry-env
                  env:
                    - name: REGISTRY_LOG_LEVEL
                      value: warn
            """).Run();

        var registry = Expect.Single(result);
        var environment = registry.Environment.ToDictionary(e => e.Name, e => e.Value);
        Assert.Equal("warn", environment["REGISTRY_LOG_LEVEL"]);
        Assert.Equal(true, registry.Verdict!.DeletesEnabled);
    }

    [Fact]
    public void A_later_envFrom_source_wins_over_an_earlier_one()
    {
        var result = new Scenario().File(Manifest, """
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: defaults
            data:
              REGISTRY_STORAGE_DELETE_ENABLED: "true"
            ---
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: site
            data:
              REGISTRY_STORAGE_DELETE_ENABLED: "false"
            ---
            apiVersion: v1
            kind: Pod
            metadata:
              name: registry
            spec:
              containers:
                - name: registry
                  image: registry:2
                  envFrom:
                    - configMapRef: { name: defaults }
                    - configMapRef: { name: site }
            """).Run();

        Assert.Equal(false, Expect.Single(result).Verdict!.DeletesEnabled);
    }

    [Fact]
    public void EnvFrom_a_Secret_is_reported_as_not_seen()
    {
        var scenario = new Scenario().File(Manifest, """
            apiVersion: v1
            kind: Pod
            metadata:
              name: registry
            spec:
              containers:
                - name: registry
                  image: registry:2
                  envFrom:
                    - [|secretRef:
                        name: registry-secrets|]
            """);

        var result = scenario.Run();

        Expect.Finding(result, "RCA0605", scenario.Mark(Manifest));
        Assert.False(Expect.Single(result).Complete);
    }

    [Fact]
    public void A_ConfigMap_in_another_namespace_is_not_used()
    {
        var result = new Scenario().File(Manifest, """
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: registry-env
              namespace: other
            data:
              REGISTRY_STORAGE_DELETE_ENABLED: "true"
            ---
            apiVersion: v1
            kind: Pod
            metadata:
              name: registry
              namespace: registry
            spec:
              containers:
                - name: registry
                  image: registry:2
                  envFrom:
                    - configMapRef:
                        name: registry-env
            """).Run();

        Assert.Equal(false, Expect.Single(result).Verdict!.DeletesEnabled);
        Assert.Contains(result.Findings, f => f.RuleId == "RCA0605");
    }

    [Fact]
    public void Dependent_variables_are_expanded_as_the_kubelet_does()
    {
        var result = new Scenario().File(Manifest, """
            apiVersion: v1
            kind: Pod
            metadata:
              name: registry
            spec:
              containers:
                - name: registry
                  image: registry:2
                  env:
                    - name: AUTH_DIR
                      value: /auth
                    - name: REGISTRY_AUTH_HTPASSWD_PATH
                      value: $(AUTH_DIR)/htpasswd
                    - name: REGISTRY_AUTH_HTPASSWD_REALM
                      value: $$(literal)
            """).Run();

        var environment = Expect.Single(result).Environment.ToDictionary(e => e.Name, e => e.Value);
        Assert.Equal("/auth/htpasswd", environment["REGISTRY_AUTH_HTPASSWD_PATH"]);
        Assert.Equal("$(literal)", environment["REGISTRY_AUTH_HTPASSWD_REALM"]);
    }
}
