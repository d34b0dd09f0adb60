using System.Collections.Generic;
using RegistryConfigAnalyzers.Engine.Images;

namespace RegistryConfigAnalyzers.Engine.Deployments;

/// <summary>A compose file or Kubernetes manifest given to <see cref="DeploymentAnalyzer"/>.</summary>
public sealed class DeploymentFile
{
    public DeploymentFile(string path, string text)
    {
        Path = path;
        Text = text;
    }

    /// <summary>The file's path; paths written in the file are resolved against its folder.</summary>
    public string Path { get; }

    public string Text { get; }
}

/// <summary>One container or compose service that runs the registry, and what the engine made of it.</summary>
public sealed class DeployedRegistry
{
    internal DeployedRegistry(string source, string name, RegistryImage image, SourceSpan span,
        string? configPath, string? configSource, IReadOnlyList<EnvironmentVariable> environment,
        RegistryVerdict? verdict, string? notJudged, bool complete, IReadOnlyList<Finding> findings)
    {
        Source = source;
        Name = name;
        Image = image;
        Span = span;
        ConfigPath = configPath;
        ConfigSource = configSource;
        Environment = environment;
        Verdict = verdict;
        NotJudged = notJudged;
        Complete = complete;
        Findings = findings;
    }

    /// <summary>The deployment file that declares it.</summary>
    public string Source { get; }

    /// <summary>
    /// How messages name it: <c>service `registry`</c>, <c>container `registry` of Deployment `x`</c>.
    /// </summary>
    public string Name { get; }

    public RegistryImage Image { get; }

    /// <summary>Its <c>image</c> entry.</summary>
    public SourceSpan Span { get; }

    /// <summary>The config path inside the container that the registry reads, when it is known.</summary>
    public string? ConfigPath { get; }

    /// <summary>What it reads there: a project file, a ConfigMap key, or null for the image's own config.</summary>
    public string? ConfigSource { get; }

    /// <summary>The environment the registry gets, each variable with the place it is set.</summary>
    public IReadOnlyList<EnvironmentVariable> Environment { get; }

    /// <summary>What the registry would do; null when it is not judged (see <see cref="NotJudged"/>).</summary>
    public RegistryVerdict? Verdict { get; }

    /// <summary>Why there is no verdict, or why the registry is not serving; null when judged.</summary>
    public string? NotJudged { get; }

    /// <summary>False when part of what it runs with (an env file, a Secret, a ConfigMap) was not seen.</summary>
    public bool Complete { get; }

    /// <summary>
    /// The findings about this registry, before the comments of deployment and env files suppress
    /// any (<see cref="DeploymentResult.Findings"/> has them after).
    /// </summary>
    public IReadOnlyList<Finding> Findings { get; }

    public override string ToString() =>
        $"{Source}: {Name} ({Image}): {Verdict?.ToString() ?? "not judged: " + NotJudged}";
}

/// <summary>A registry config held in a deployment file (a ConfigMap key) and checked on its own.</summary>
public sealed class EmbeddedRegistryConfig
{
    internal EmbeddedRegistryConfig(string name, SourceSpan span, RegistryVerdict verdict)
    {
        Name = name;
        Span = span;
        Verdict = verdict;
    }

    /// <summary>E.g. <c>ConfigMap/registry-config/config.yml</c>.</summary>
    public string Name { get; }

    public SourceSpan Span { get; }

    public RegistryVerdict Verdict { get; }
}

/// <summary>What <see cref="DeploymentAnalyzer"/> found in a set of deployment files.</summary>
public sealed class DeploymentResult
{
    internal DeploymentResult(IReadOnlyList<Finding> findings, IReadOnlyList<Finding> suppressed,
        IReadOnlyList<DeployedRegistry> registries, IReadOnlyList<EmbeddedRegistryConfig> embeddedConfigs,
        IReadOnlyList<string> configFilesRead)
    {
        Findings = findings;
        Suppressed = suppressed;
        Registries = registries;
        EmbeddedConfigs = embeddedConfigs;
        ConfigFilesRead = configFilesRead;
    }

    /// <summary>Every finding, without duplicates, ordered by file and position.</summary>
    public IReadOnlyList<Finding> Findings { get; }

    /// <summary>
    /// Findings that an inline <c># registry-config:</c> comment suppressed, in a deployment file,
    /// an env file or a config it mounts (for SARIF and audits).
    /// </summary>
    public IReadOnlyList<Finding> Suppressed { get; }

    public IReadOnlyList<DeployedRegistry> Registries { get; }

    /// <summary>Registry configs in ConfigMaps that no registry of the file set mounts, checked as configs.</summary>
    public IReadOnlyList<EmbeddedRegistryConfig> EmbeddedConfigs { get; }

    /// <summary>
    /// Project files that a registry of the file set reads as its config. They were checked with the
    /// deployment's environment, so a host should not also check them alone.
    /// </summary>
    public IReadOnlyList<string> ConfigFilesRead { get; }
}
