using Xunit;

namespace RegistryConfigAnalyzers.Deployments.Tests;

public sealed class RCA0601SecretInDeploymentTests
{
    private const string Compose = "deploy/docker-compose.yml";

    [Fact]
    public void A_literal_http_secret_in_a_compose_file_is_reported_at_its_entry()
    {
        var scenario = new Scenario().File(Compose, """
            services:
              registry:
                image: registry:2
                environment:
                  - [|REGISTRY_HTTP_SECRET=0f9c2e7d4b1a8c3e5f6a7b8c9d0e1f2a|]
            """);

        var result = scenario.Run();

        Expect.Finding(result, "RCA0601", scenario.Mark(Compose));
    }

    [Fact]
    public void A_literal_storage_key_in_a_manifest_is_reported()
    {
        var scenario = new Scenario().File("k8s/registry.yaml", """
            apiVersion: v1
            kind: Pod
            metadata:
              name: registry
            spec:
              containers:
                - name: registry
                  image: registry:2
                  env:
                    - [|name: REGISTRY_STORAGE_S3_SECRETKEY
                      value: wJalrXUtnFEMIK7MDENGbPxRfiCY|]
            """);

        var result = scenario.Run();

        Expect.Finding(result, "RCA0601", scenario.Mark("k8s/registry.yaml"));
    }

    [Fact]
    public void A_secret_in_a_ConfigMap_is_reported_at_the_ConfigMap_key()
    {
        var scenario = new Scenario().File("k8s/registry.yaml", """
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: registry-env
            data:
              [|REGISTRY_PROXY_PASSWORD: hunter2-but-longer|]
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
                    - configMapRef:
                        name: registry-env
            """);

        var result = scenario.Run();

        Assert.Contains("ConfigMap", Expect.Finding(result, "RCA0601", scenario.Mark("k8s/registry.yaml")).Message);
    }

    [Fact]
    public void Secrets_taken_from_the_shell_or_a_Secret_are_not_reported()
    {
        var compose = new Scenario().File(Compose, """
            services:
              registry:
                image: registry:2
                environment:
                  REGISTRY_HTTP_SECRET: ${REGISTRY_HTTP_SECRET}
            """).Run();
        var manifest = new Scenario().File("k8s/registry.yaml", """
            apiVersion: v1
            kind: Pod
            metadata:
              name: registry
            spec:
              containers:
                - name: registry
                  image: registry:2
                  env:
                    - name: REGISTRY_HTTP_SECRET
                      valueFrom:
                        secretKeyRef:
                          name: registry
                          key: http-secret
            """).Run();

        Expect.NoFinding(compose, "RCA0601");
        Expect.NoFinding(manifest, "RCA0601");
    }

    [Fact]
    public void Variables_that_are_not_secrets_are_not_reported()
    {
        var result = new Scenario().File(Compose, """
            services:
              registry:
                image: registry:2
                environment:
                  REGISTRY_AUTH_HTPASSWD_PATH: /auth/htpasswd
                  REGISTRY_AUTH_HTPASSWD_REALM: realm
            """).Run();

        Expect.NoFinding(result, "RCA0601");
    }
}
