using System;
using System.Linq;
using System.Text;
using RegistryConfigAnalyzers.Engine;
using Xunit;

namespace RegistryConfigAnalyzers.Deployments.Tests;

/// <summary>A ConfigMap's binaryData keys are files of its volume, decoded from base64.</summary>
public sealed class ConfigMapBinaryDataTests
{
    private const string Manifest = "k8s/registry.yaml";

    private static readonly string OpenConfig = Base64("""
        version: 0.1
        storage:
          filesystem:
            rootdirectory: /var/lib/registry
          delete:
            enabled: true
        """);

    [Fact]
    public void A_mounted_item_of_binaryData_is_the_registrys_config()
    {
        var scenario = new Scenario().File(Manifest, $"""
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: registry-config
            binaryData:
              registry.yml: [|{OpenConfig}|]
            ---
            apiVersion: v1
            kind: Pod
            metadata:
              name: registry
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
                    items:
                      - key: registry.yml
                        path: config.yml
            """);

        var result = scenario.Run();

        var verdict = Expect.Single(result).Verdict!;
        Assert.True(verdict.AnonymousPull);
        Assert.True(verdict.DeletesEnabled);
        Expect.Finding(result, RuleIds.AnonymousDelete, scenario.Mark(Manifest));
    }

    [Fact]
    public void A_value_that_is_not_base64_leaves_the_registry_unjudged()
    {
        var result = new Scenario().File(Manifest, """
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: registry-config
            binaryData:
              config.yml: "version: 0.1"
            ---
            apiVersion: v1
            kind: Pod
            metadata:
              name: registry
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
            """).Run();

        Assert.Null(Expect.Single(result).Verdict);
        Assert.Contains(result.Findings, f => f.RuleId == RuleIds.NotFullyJudged && f.Message.Contains("base64"));
    }

    [Fact]
    public void An_unmounted_config_in_binaryData_is_checked_as_a_config()
    {
        var result = new Scenario().File(Manifest, $"""
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: registry-config
            binaryData:
              config.yml: {OpenConfig}
            """).Run();

        var embedded = Assert.Single(result.EmbeddedConfigs);
        Assert.Equal("ConfigMap/registry-config/config.yml", embedded.Name);
        Assert.True(embedded.Verdict.DeletesEnabled);
    }

    private static string Base64(string text) => Convert.ToBase64String(Encoding.UTF8.GetBytes(text + "\n"));
}
