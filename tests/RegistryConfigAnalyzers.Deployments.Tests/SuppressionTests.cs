using System.Linq;
using RegistryConfigAnalyzers.Engine;
using Xunit;

namespace RegistryConfigAnalyzers.Deployments.Tests;

/// <summary><c># registry-config:</c> comments work in deployment files as they do in configs.</summary>
public sealed class SuppressionTests
{
    private const string Compose = "deploy/docker-compose.yml";

    [Fact]
    public void A_comment_in_the_compose_file_suppresses_the_finding_on_the_next_line()
    {
        var result = new Scenario().File(Compose, """
            services:
              registry:
                # registry-config: disable-next-line RCA0001 -- only reachable on the build network
                image: registry:2
            """).Run();

        Expect.NoFinding(result, RuleIds.AnonymousAccess);
        Assert.Equal("only reachable on the build network",
            Assert.Single(result.Suppressed, f => f.RuleId == RuleIds.AnonymousAccess).SuppressionReason);
    }

    [Fact]
    public void A_comment_in_an_env_file_suppresses_the_finding_placed_there()
    {
        var result = new Scenario()
            .File(Compose, """
                services:
                  registry:
                    image: registry:2
                    env_file: registry.env
                    environment:
                      REGISTRY_AUTH_HTPASSWD_REALM: realm
                      REGISTRY_AUTH_HTPASSWD_PATH: /auth/htpasswd
                """)
            .ProjectFile("deploy/registry.env", """
                REGISTRY_HTTP_ADDRESS=:5000 # registry-config: disable-line RCA0105 -- read by our wrapper
                """)
            .Run();

        Expect.Only(result, RuleIds.BasicAuthWithoutTls);
        Assert.Equal("deploy/registry.env", Assert.Single(result.Suppressed).Span.Source);
    }

    [Fact]
    public void A_comment_inside_a_mounted_ConfigMap_config_is_applied_once()
    {
        var result = new Scenario().File("k8s/registry.yaml", """
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: registry-config
            data:
              config.yml: |
                version: 0.1
                storage:
                  inmemory: {}
                auth:
                  # registry-config: disable-next-line RCA0200 -- TLS ends at the ingress
                  htpasswd:
                    realm: realm
                    path: /auth/htpasswd
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

        Assert.Empty(result.Findings);
    }

    [Fact]
    public void A_comment_that_matches_nothing_in_the_compose_file_is_reported()
    {
        var scenario = new Scenario().File(Compose, """
            services:
              registry:
                image: registry:2
                environment:
                  REGISTRY_AUTH_HTPASSWD_REALM: realm
                  REGISTRY_AUTH_HTPASSWD_PATH: /auth/htpasswd
                [|# registry-config: disable-next-line RCA0003 -- deletes are fine|]
                restart: always
            """);

        var result = scenario.Run();

        Expect.Finding(result, RuleIds.UnusedSuppression, scenario.Mark(Compose));
    }
}
