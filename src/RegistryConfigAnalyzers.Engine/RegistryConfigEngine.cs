using System;
using System.Collections.Generic;

namespace RegistryConfigAnalyzers.Engine;

/// <summary>The entry points every host calls.</summary>
public static class RegistryConfigEngine
{
    /// <summary>Checks one config file as the registry would read it, with no environment overrides.</summary>
    public static AnalysisResult AnalyzeConfig(ConfigInput config, AnalysisOptions options) =>
        AnalyzeEffective(config, Array.Empty<EnvironmentVariable>(), options);

    /// <summary>
    /// Checks the configuration a registry really runs: <paramref name="baseConfig"/> (or, when null,
    /// the config baked into the image of <see cref="AnalysisOptions.Version"/>) with the
    /// <c>REGISTRY_*</c> variables of <paramref name="environment"/> applied by the registry's rules.
    /// </summary>
    public static AnalysisResult AnalyzeEffective(ConfigInput? baseConfig, IReadOnlyList<EnvironmentVariable> environment,
        AnalysisOptions options) => throw new NotImplementedException();

    /// <summary>Whether a YAML text looks like a registry config, judged by its top-level keys.</summary>
    public static bool LooksLikeRegistryConfig(string text) => throw new NotImplementedException();
}
