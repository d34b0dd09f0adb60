using RegistryConfigAnalyzers.Engine;
using Xunit;

namespace RegistryConfigAnalyzers.Deployments.Tests;

public sealed class RCA0600ServiceLinkVariablesTests
{
    private const string Manifest = "k8s/registry.yaml";

    private const string Deployment = """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: registry
          namespace: tools
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
        """;

    private static string Service(string name, string extra = "") => $"""
        apiVersion: v1
        kind: Service
        metadata:
          name: {name}
          namespace: tools
        spec:
        {extra}  ports:
            - name: http
              port: 5000
        """;

    [Fact]
    public void A_Service_named_registry_storage_adds_a_storage_driver_and_stops_the_registry()
    {
        var scenario = new Scenario().File(Manifest, Deployment + """

            apiVersion: v1
            kind: Service
            metadata:
              name: [|registry-storage|]
              namespace: tools
            spec:
              ports:
                - port: 5000
            """);

        var result = scenario.Run();

        var finding = Expect.Finding(result, "RCA0600", scenario.Mark(Manifest));
        Assert.Contains("REGISTRY_STORAGE_SERVICE_HOST", finding.Message);
        Assert.Equal(false, Expect.Single(result).Verdict!.Starts);
    }

    [Fact]
    public void A_Service_named_registry_auth_stops_the_registry()
    {
        var result = new Scenario().File(Manifest, Deployment + "\n" + Service("registry-auth")).Run();

        Assert.Single(result.Findings, f => f.RuleId == "RCA0600");
        Assert.Equal(false, Expect.Single(result).Verdict!.Starts);
    }

    [Fact]
    public void A_Service_named_registry_only_adds_variables_the_registry_ignores_and_is_not_reported()
    {
        var result = new Scenario().File(Manifest, Deployment + "\n" + Service("registry")).Run();

        Expect.NoFinding(result, "RCA0600");
        Expect.NoFinding(result, RuleIds.IgnoredEnvironmentVariable);
        Assert.Equal(true, Expect.Single(result).Verdict!.Starts);
    }

    [Fact]
    public void Pods_with_service_links_turned_off_get_no_link_variables()
    {
        var result = new Scenario().File(Manifest,
            Deployment.Replace("      containers:", "      enableServiceLinks: false\n      containers:") + "\n" +
            Service("registry-storage")).Run();

        Expect.NoFinding(result, "RCA0600");
        Assert.Equal(true, Expect.Single(result).Verdict!.Starts);
    }

    [Fact]
    public void A_Service_in_another_namespace_gives_no_variables()
    {
        var result = new Scenario().File(Manifest,
            Deployment + "\n" + Service("registry-storage").Replace("namespace: tools", "namespace: other")).Run();

        Expect.NoFinding(result, "RCA0600");
    }

    [Fact]
    public void A_headless_Service_gives_no_variables()
    {
        var result = new Scenario().File(Manifest, Deployment + "\n" + Service("registry-storage", "  clusterIP: None\n")).Run();

        Expect.NoFinding(result, "RCA0600");
    }

    [Fact]
    public void A_variable_the_container_sets_itself_hides_the_link_variable_of_that_name()
    {
        var result = new Scenario().File(Manifest,
            Deployment.Replace("          image: registry:2",
                "          image: registry:2\n          env:\n            - name: REGISTRY_STORAGE_PORT\n              value: \"\"") +
            "\n" + Service("registry-storage")).Run();

        Assert.DoesNotContain(Expect.Single(result).Environment, e => e.Name == "REGISTRY_STORAGE_PORT" && e.Value != "");
    }
}
