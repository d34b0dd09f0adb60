namespace RegistryConfigAnalyzers.Analyzers;

/// <summary>
/// Rules that only C# code can break (how a container is published, what the source holds).
/// They share the engine's numbering; the 05xx block is theirs.
/// </summary>
public static class CodeRuleIds
{
    public const string PortOnAllInterfaces = "RCA0500";
    public const string ExternalEndpoint = "RCA0501";
    public const string HardCodedSecret = "RCA0502";
    public const string DebugPortPublished = "RCA0503";
    public const string DroppedBuilderResult = "RCA0504";
}
