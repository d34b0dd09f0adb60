namespace KubernetesRegistry;

/// <summary>Where the registry's deployment is described; the build judges the registry it starts.</summary>
public static class Deployment
{
    public const string Manifest = "k8s/registry.yaml";
}
