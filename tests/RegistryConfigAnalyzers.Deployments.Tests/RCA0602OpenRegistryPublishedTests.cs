using RegistryConfigAnalyzers.Engine;
using Xunit;

namespace RegistryConfigAnalyzers.Deployments.Tests;

public sealed class RCA0602OpenRegistryPublishedTests
{
    private const string Compose = "deploy/docker-compose.yml";

    [Fact]
    public void An_open_registry_published_on_every_interface_is_reported_at_the_port()
    {
        var scenario = new Scenario().File(Compose, """
            services:
              registry:
                image: registry:2
                ports:
                  - [|"5000:5000"|]
            """);

        var result = scenario.Run();

        var finding = Expect.Finding(result, "RCA0602", scenario.Mark(Compose));
        Assert.Contains(finding.RelatedSpans, s => s.Source == Compose);
    }

    [Theory]
    [InlineData("\"127.0.0.1:5000:5000\"")]
    [InlineData("\"[::1]:5000:5000\"")]
    [InlineData("{ target: 5000, published: 5000, host_ip: 127.0.0.1 }")]
    public void A_port_published_on_loopback_is_not_reported(string port)
    {
        var result = new Scenario().File(Compose, $"""
            services:
              registry:
                image: registry:2
                ports:
                  - {port}
            """).Run();

        Expect.NoFinding(result, "RCA0602");
    }

    [Theory]
    [InlineData("5000")]
    [InlineData("\"0.0.0.0:5000:5000\"")]
    [InlineData("{ target: 5000, published: 5000 }")]
    public void Ports_on_every_interface_in_any_syntax_are_reported(string port)
    {
        var result = new Scenario().File(Compose, $"""
            services:
              registry:
                image: registry:2
                ports:
                  - {port}
            """).Run();

        Assert.Single(result.Findings, f => f.RuleId == "RCA0602");
    }

    [Fact]
    public void A_published_registry_that_asks_for_credentials_is_not_reported()
    {
        var result = new Scenario().File(Compose, """
            services:
              registry:
                image: registry:2
                ports: ["5000:5000"]
                environment:
                  REGISTRY_AUTH_HTPASSWD_REALM: realm
                  REGISTRY_AUTH_HTPASSWD_PATH: /auth/htpasswd
            """).Run();

        Expect.NoFinding(result, "RCA0602");
    }

    [Fact]
    public void A_LoadBalancer_Service_in_front_of_an_open_registry_is_reported_at_its_type()
    {
        var scenario = new Scenario().File("k8s/registry.yaml", """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: registry
            spec:
              template:
                metadata:
                  labels:
                    app: registry
                spec:
                  containers:
                    - name: registry
                      image: registry:2
            ---
            apiVersion: v1
            kind: Service
            metadata:
              name: docker-registry
            spec:
              type: [|LoadBalancer|]
              selector:
                app: registry
              ports:
                - port: 5000
            """);

        var result = scenario.Run();

        Expect.Finding(result, "RCA0602", scenario.Mark("k8s/registry.yaml"));
    }

    [Fact]
    public void A_hostPort_of_an_open_registry_is_reported()
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
                  ports:
                    - containerPort: 5000
                      hostPort: [|5000|]
            """);

        var result = scenario.Run();

        Expect.Finding(result, "RCA0602", scenario.Mark("k8s/registry.yaml"));
        Assert.Equal(true, Expect.Single(result).Verdict!.AnonymousPull);
        Assert.Contains(result.Findings, f => f.RuleId == RuleIds.AnonymousAccess);
    }
}
