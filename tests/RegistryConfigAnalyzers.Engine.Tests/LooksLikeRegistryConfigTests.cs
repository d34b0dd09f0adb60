namespace RegistryConfigAnalyzers.Engine.Tests;

/// <summary>Which YAML files a host treats as registry configs without being told.</summary>
public sealed class LooksLikeRegistryConfigTests
{
    [Fact]
    public void A_registry_config_is_one()
    {
        Assert.True(RegistryConfigEngine.LooksLikeRegistryConfig("""
            version: 0.1
            log:
              fields:
                service: registry
            storage:
              filesystem:
                rootdirectory: /var/lib/registry
            http:
              addr: :5000
            """));
    }

    [Fact]
    public void A_config_without_a_version_but_with_storage_and_http_is_one()
    {
        Assert.True(RegistryConfigEngine.LooksLikeRegistryConfig("""
            storage:
              inmemory:
            http:
              addr: :5000
            """));
    }

    [Fact]
    public void A_config_with_quoted_keys_after_a_document_marker_is_one()
    {
        Assert.True(RegistryConfigEngine.LooksLikeRegistryConfig("""
            # the registry's config
            ---
            "version": "0.1"
            'storage':
              inmemory:
            """));
    }

    [Fact]
    public void A_config_with_a_bom_and_crlf_is_one()
    {
        Assert.True(RegistryConfigEngine.LooksLikeRegistryConfig("\uFEFF" + """
            version: 0.1
            storage:
              inmemory:
            """.ReplaceLineEndings("\r\n")));
    }

    [Fact]
    public void A_config_indented_as_a_whole_is_one()
    {
        Assert.True(RegistryConfigEngine.LooksLikeRegistryConfig("""
              version: 0.1
              storage:
                filesystem:
                  rootdirectory: /var/lib/registry
              auth:
                htpasswd:
                  realm: basic-realm
                  path: /auth/htpasswd
            """));
    }

    [Fact]
    public void A_config_in_flow_style_is_one()
    {
        Assert.True(RegistryConfigEngine.LooksLikeRegistryConfig("""
            {version: 0.1, storage: {inmemory: {}}, http: {addr: ":5000"}}
            """));
    }

    [Fact]
    public void A_compose_file_with_a_registry_service_is_not_one()
    {
        Assert.False(RegistryConfigEngine.LooksLikeRegistryConfig("""
            version: "3.8"
            services:
              registry:
                image: registry:2
                environment:
                  REGISTRY_STORAGE_FILESYSTEM_ROOTDIRECTORY: /data
                volumes:
                  - ./data:/data
            """));
    }

    [Fact]
    public void A_kubernetes_config_map_that_embeds_a_config_is_not_one()
    {
        Assert.False(RegistryConfigEngine.LooksLikeRegistryConfig("""
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
            """));
    }

    [Fact]
    public void A_kubernetes_deployment_is_not_one()
    {
        Assert.False(RegistryConfigEngine.LooksLikeRegistryConfig("""
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
            """));
    }

    [Fact]
    public void Helm_values_that_carry_a_config_are_not_one()
    {
        Assert.False(RegistryConfigEngine.LooksLikeRegistryConfig("""
            replicaCount: 1
            image:
              repository: registry
              tag: 2.8.3
            service:
              type: ClusterIP
              port: 5000
            persistence:
              enabled: false
            configData:
              version: 0.1
              storage:
                cache:
                  blobdescriptor: inmemory
              http:
                addr: :5000
            """));
    }

    [Fact]
    public void A_portus_config_kept_at_a_registry_path_is_not_one()
    {
        Assert.False(RegistryConfigEngine.LooksLikeRegistryConfig("""
            signup:
              enabled: false
            anonymous_browsing:
              enabled: false
            delete:
              enabled: true
            oauth:
              gitlab:
                enabled: true
            """));
    }

    [Fact]
    public void A_ci_workflow_is_not_one()
    {
        Assert.False(RegistryConfigEngine.LooksLikeRegistryConfig("""
            name: build
            on:
              push:
                branches: [main]
            jobs:
              build:
                runs-on: ubuntu-latest
                steps:
                  - uses: actions/checkout@v4
            """));
    }

    [Theory]
    [InlineData("")]
    [InlineData("# nothing here\n")]
    [InlineData("- a\n- b\n")]
    public void Empty_or_list_documents_are_not_one(string text)
    {
        Assert.False(RegistryConfigEngine.LooksLikeRegistryConfig(text));
    }

    [Fact]
    public void A_config_padded_to_exactly_8_MiB_is_still_judged_by_its_keys()
    {
        Assert.True(RegistryConfigEngine.LooksLikeRegistryConfig(PaddedConfig(8 * 1024 * 1024)));
    }

    [Fact]
    public void A_text_one_character_over_8_MiB_is_not_taken_for_a_config()
    {
        // Hosts skip such a file unless it is marked; a marked one is over the engine's size limit.
        Assert.False(RegistryConfigEngine.LooksLikeRegistryConfig(PaddedConfig(8 * 1024 * 1024 + 1)));
    }

    private static string PaddedConfig(int length)
    {
        const string Config = "version: 0.1\nstorage:\n  inmemory:\nhttp:\n  addr: :5000\n# ";
        return Config + new string('x', length - Config.Length);
    }
}
