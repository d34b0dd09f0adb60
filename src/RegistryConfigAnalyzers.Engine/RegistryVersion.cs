namespace RegistryConfigAnalyzers.Engine;

/// <summary>The major version of the registry that will read the config.</summary>
public enum RegistryVersion
{
    V2 = 2,
    V3 = 3,
}
