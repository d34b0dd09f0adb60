using RegistryConfigAnalyzers.Engine;
using Xunit;

namespace RegistryConfigAnalyzers.Deployments.Tests;

/// <summary>Which config a Kubernetes container's registry reads: ConfigMap keys, volumes, the image's own.</summary>
public sealed class KubernetesMountTests
{
    private const string Manifest = "k8s/registry.yaml";

    private const string Pod = """
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
        """;

    [Fact]
    public void A_ConfigMap_mounted_over_the_config_folder_gives_its_config_yml_key()
    {
        var scenario = new Scenario().File(Manifest, Pod + """

            ---
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
                  delete:
                    enabled: [|true|]
            """);

        var result = scenario.Run();

        Expect.Finding(result, RuleIds.AnonymousDelete, scenario.Mark(Manifest));
        Assert.Equal("key `config.yml` of the ConfigMap `registry-config`", Expect.Single(result).ConfigSource);
        Assert.Empty(result.EmbeddedConfigs);
    }

    [Fact]
    public void A_subPath_mount_of_one_key_is_read()
    {
        var result = new Scenario().File(Manifest, """
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: registry-config
            data:
              registry.yml: |-
                version: 0.1
                storage:
                  inmemory: {}
                  delete:
                    enabled: true
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
                      mountPath: /etc/docker/registry/config.yml
                      subPath: registry.yml
              volumes:
                - name: config
                  configMap:
                    name: registry-config
            """).Run();

        Assert.Equal(true, Expect.Single(result).Verdict!.DeletesEnabled);
    }

    [Fact]
    public void Items_of_a_ConfigMap_volume_map_keys_to_file_names()
    {
        var result = new Scenario().File(Manifest, """
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: registry-config
            data:
              main: |
                version: 0.1
                storage:
                  inmemory: {}
                  delete:
                    enabled: true
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
                      - key: main
                        path: config.yml
            """).Run();

        Assert.Equal(true, Expect.Single(result).Verdict!.DeletesEnabled);
    }

    [Fact]
    public void RCA0604_a_ConfigMap_without_the_config_key_hides_the_images_config()
    {
        var scenario = new Scenario().File(Manifest, """
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: registry-config
            data:
              htpasswd: "user:$2y$05$abc"
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
                    - [|name: config
                      mountPath: /etc/docker/registry|]
              volumes:
                - name: config
                  configMap:
                    name: registry-config
            """);

        var result = scenario.Run();

        Expect.Finding(result, "RCA0604", scenario.Mark(Manifest));
        Assert.Equal(false, Expect.Single(result).Verdict!.Starts);
    }

    [Fact]
    public void RCA0604_an_emptyDir_over_the_config_folder_leaves_no_config()
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
                  volumeMounts:
                    - name: scratch
                      mountPath: /etc/docker/registry
              volumes:
                - name: scratch
                  emptyDir: {}
            """).Run();

        Assert.Contains("emptyDir", Assert.Single(result.Findings, f => f.RuleId == "RCA0604").Message);
    }

    [Fact]
    public void A_ConfigMap_outside_the_file_set_leaves_the_registry_unjudged_but_checks_its_environment()
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
                    - name: REGISTRY_TITLE
                      value: My registry
                  volumeMounts:
                    - name: config
                      mountPath: /etc/docker/registry
              volumes:
                - name: config
                  configMap:
                    name: registry-config
            """).Run();

        Assert.Null(Expect.Single(result).Verdict);
        Expect.Only(result, "RCA0605", RuleIds.IgnoredEnvironmentVariable);
    }

    [Fact]
    public void A_ConfigMap_config_that_no_registry_mounts_is_checked_as_a_config()
    {
        var scenario = new Scenario().File(Manifest, """
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
                auth:
                  [|htpasswd|]:
                    realm: basic-realm
            """);

        var result = scenario.Run();

        Expect.Finding(result, RuleIds.AuthOptionMissing, scenario.Mark(Manifest));
        var embedded = Assert.Single(result.EmbeddedConfigs);
        Assert.Equal("ConfigMap/registry-config/config.yml", embedded.Name);
        Assert.Equal(false, embedded.Verdict.Starts);
    }

    [Fact]
    public void A_ConfigMap_in_another_file_of_the_set_is_found()
    {
        var result = new Scenario()
            .File(Manifest, Pod)
            .File("k8s/config.yaml", """
                apiVersion: v1
                kind: ConfigMap
                metadata:
                  name: registry-config
                data:
                  config.yml: |
                    version: 0.1
                    storage:
                      inmemory: {}
                """)
            .Run();

        Assert.Equal(true, Expect.Single(result).Verdict!.Starts);
        Assert.Empty(result.EmbeddedConfigs);
    }

    [Fact]
    public void RCA0603_a_ConfigMap_at_the_2x_folder_is_not_read_by_registry_3()
    {
        var result = new Scenario().File(Manifest, Pod.Replace("registry:2", "registry:3") + """

            ---
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: registry-config
            data:
              config.yml: |
                version: 0.1
                storage:
                  inmemory: {}
            """).Run();

        Assert.Contains(result.Findings, f => f.RuleId == "RCA0603");
        Assert.Null(Expect.Single(result).ConfigSource);
    }
}
