using RegistryConfigAnalyzers.Engine;

namespace RegistryConfigAnalyzers.Analyzers;

/// <summary>
/// Rules that only C# code can break (how a container is published, what the source holds).
/// They share the engine's numbering; the 05xx block is theirs.
/// </summary>
public static class CodeRuleIds
{
    public const string PortOnAllInterfaces = RuleIds.PortOnAllInterfaces;
    public const string ExternalEndpoint = RuleIds.ExternalEndpoint;
    public const string HardCodedSecret = RuleIds.HardCodedSecret;
    public const string DebugPortPublished = RuleIds.DebugPortPublished;
    public const string DroppedBuilderResult = RuleIds.DroppedBuilderResult;
}
