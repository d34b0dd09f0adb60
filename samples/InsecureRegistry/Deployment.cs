namespace InsecureRegistry;

/// <summary>Where the deployment keeps the registry's config; the build checks that file.</summary>
public static class Deployment
{
    public const string RegistryConfigPath = "deploy/registry/config.yml";
}
