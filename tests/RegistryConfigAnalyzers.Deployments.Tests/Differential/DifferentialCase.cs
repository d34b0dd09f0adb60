using System.Collections.Generic;
using System.Linq;
using RegistryConfigAnalyzers.Engine.Deployments;

namespace RegistryConfigAnalyzers.Deployments.Tests.Differential;

/// <summary>
/// A deployment fixture, with what its container gets written out by hand (as compose or the kubelet
/// would hand it over): the config text at the config path and the environment. The real registry
/// is started with those, the engine is given the deployment files, and the verdicts are compared.
/// </summary>
public sealed class DifferentialCase
{
    public DifferentialCase(string name)
    {
        Name = name;
    }

    public string Name { get; }

    public List<DeploymentFile> Files { get; } = new();

    public Dictionary<string, string> ProjectFiles { get; } = new();

    /// <summary>The text the registry reads at its config path; null for the image's own config.</summary>
    public string? Config { get; set; }

    /// <summary>The container's variables; the Kubernetes link variables are written with the cluster IP 10.0.0.1.</summary>
    public List<KeyValuePair<string, string>> Environment { get; } = new();

    /// <summary>Other files the container holds, by path; the content <c>htpasswd</c> is the probe user.</summary>
    public Dictionary<string, string> ContainerFiles { get; } = new();

    /// <summary>
    /// Why the engine must not judge the registry, when what it runs depends on what the files do
    /// not say (the shell that runs compose may set a variable), and the words the finding gives;
    /// <see cref="Config"/> and <see cref="Environment"/> show what the container gets when it sets nothing.
    /// </summary>
    public string? Undecidable { get; private set; }

    public DifferentialCase File(string path, string text)
    {
        Files.Add(new DeploymentFile(path, text));
        return this;
    }

    public DifferentialCase Project(string path, string text)
    {
        ProjectFiles[path] = text;
        return this;
    }

    public DifferentialCase Reads(string config)
    {
        Config = config;
        return this;
    }

    public DifferentialCase Env(params string[] assignments)
    {
        Environment.AddRange(assignments.Select(a => new KeyValuePair<string, string>(a.Substring(0, a.IndexOf('=')), a.Substring(a.IndexOf('=') + 1))));
        return this;
    }

    public DifferentialCase Holds(string path, string content)
    {
        ContainerFiles[path] = content;
        return this;
    }

    public DifferentialCase NotJudgedBecause(string reason)
    {
        Undecidable = reason;
        return this;
    }

    public override string ToString() => Name;
}
