using System;
using System.Collections.Generic;
using System.Linq;
using RegistryConfigAnalyzers.Engine.Yaml;
using static RegistryConfigAnalyzers.Engine.Deployments.YamlLookup;

namespace RegistryConfigAnalyzers.Engine.Deployments.Kubernetes;

/// <summary>A ConfigMap of the file set, whose keys a pod can take its environment or files from.</summary>
internal sealed class ConfigMapObject
{
    public ConfigMapObject(SourceText file, string name, string? ns, YamlNode? data, YamlNode? binaryData,
        SourceSpan nameSpan)
    {
        File = file;
        Name = name;
        Namespace = ns;
        Data = data;
        BinaryData = binaryData;
        NameSpan = nameSpan;
    }

    public SourceText File { get; }

    public string Name { get; }

    public string? Namespace { get; }

    public YamlNode? Data { get; }

    /// <summary>Keys whose values are base64; its volume holds them as files beside the data keys.</summary>
    public YamlNode? BinaryData { get; }

    public SourceSpan NameSpan { get; }

    /// <summary>Keys read as a registry's config by a container of the file set.</summary>
    public HashSet<string> MountedKeys { get; } = new(StringComparer.Ordinal);

    public KeyValuePair<YamlScalar, YamlNode>? Key(string key) => Entry(Data, key);

    /// <summary>
    /// The text of a <c>binaryData</c> key as the kubelet writes its file: null when there is no such
    /// key; <c>Text</c> null when the value is not base64 of UTF-8 text.
    /// </summary>
    public (YamlNode Value, string? Text)? BinaryFile(string key)
    {
        if (Entry(BinaryData, key) is not { } entry)
        {
            return null;
        }

        var text = Text(entry.Value);
        if (text is null)
        {
            return (entry.Value, null);
        }

        try
        {
            var bytes = Convert.FromBase64String(text);
            return (entry.Value, new System.Text.UTF8Encoding(false, true).GetString(bytes));
        }
        catch (Exception ex) when (ex is FormatException or ArgumentException)
        {
            return (entry.Value, null);
        }
    }
}

/// <summary>A port of a Service.</summary>
internal sealed class ServicePort
{
    public ServicePort(string port, string? name, string protocol)
    {
        Port = port;
        Name = name;
        Protocol = protocol;
    }

    public string Port { get; }

    public string? Name { get; }

    public string Protocol { get; }
}

/// <summary>A Service of the file set: its link variables reach every pod of its namespace.</summary>
internal sealed class ServiceObject
{
    public ServiceObject(SourceText file, YamlNode doc, string name, string? ns, SourceSpan nameSpan)
    {
        File = file;
        Name = name;
        Namespace = ns;
        NameSpan = nameSpan;
        var spec = Get(doc, "spec");
        Type = Text(spec, "type") ?? "ClusterIP";
        TypeSpan = Get(spec, "type") is { } type ? file.Span(type) : nameSpan;
        ClusterIp = Text(spec, "clusterIP");
        Selector = Labels(Get(spec, "selector"));
        HasExternalIps = Items(Get(spec, "externalIPs")).Any();
        Ports = Items(Get(spec, "ports"))
            .Where(p => Text(p, "port") is not null)
            .Select(p => new ServicePort(Text(p, "port")!, Text(p, "name"), (Text(p, "protocol") ?? "TCP").ToUpperInvariant()))
            .ToList();
    }

    public SourceText File { get; }

    public string Name { get; }

    public string? Namespace { get; }

    public SourceSpan NameSpan { get; }

    public string Type { get; }

    public SourceSpan TypeSpan { get; }

    public string? ClusterIp { get; }

    public Dictionary<string, string> Selector { get; }

    public bool HasExternalIps { get; }

    public List<ServicePort> Ports { get; }

    /// <summary>The kubelet gives link variables only for Services with a cluster IP.</summary>
    public bool HasLinks => Type != "ExternalName" && ClusterIp is not "None";

    public bool ReachesOutside => Type is "NodePort" or "LoadBalancer" || HasExternalIps;

    public static Dictionary<string, string> Labels(YamlNode? map) =>
        Entries(map).ToDictionary(e => e.Key.Value, e => Text(e.Value) ?? string.Empty, StringComparer.Ordinal);

    public bool Selects(IReadOnlyDictionary<string, string> labels) =>
        Selector.Count > 0 && Selector.All(s => labels.TryGetValue(s.Key, out var v) && v == s.Value);
}

/// <summary>A workload object (Pod, Deployment, Job…) with the pod spec it runs.</summary>
internal sealed class WorkloadObject
{
    public WorkloadObject(SourceText file, string kind, string name, string? ns, YamlNode podSpec,
        YamlNode? podMetadata)
    {
        File = file;
        Kind = kind;
        Name = name;
        Namespace = ns;
        PodSpec = podSpec;
        Labels = ServiceObject.Labels(Get(podMetadata, "labels"));
    }

    public SourceText File { get; }

    public string Kind { get; }

    public string Name { get; }

    public string? Namespace { get; }

    public YamlNode PodSpec { get; }

    public Dictionary<string, string> Labels { get; }
}

/// <summary>The Kubernetes objects of every manifest in the file set, so references across files resolve.</summary>
internal sealed class KubernetesObjects
{
    public List<ConfigMapObject> ConfigMaps { get; } = new();

    public List<ServiceObject> Services { get; } = new();

    public List<WorkloadObject> Workloads { get; } = new();

    public static bool IsManifest(YamlNode root) =>
        Text(root, "apiVersion") is not null && Text(root, "kind") is not null;

    public static bool SameNamespace(string? a, string? b) => a is null || b is null || a == b;

    public void Add(SourceText file, YamlNode doc) => Add(file, doc, 0);

    private void Add(SourceText file, YamlNode doc, int depth)
    {
        var kind = Text(doc, "kind");
        if (kind == "List")
        {
            // A List may hold Lists, and through an alias even itself.
            foreach (var item in depth < 8 ? Items(Get(doc, "items")) : Enumerable.Empty<YamlNode>())
            {
                Add(file, item, depth + 1);
            }

            return;
        }

        var metadata = Get(doc, "metadata");
        var nameNode = Get(metadata, "name");
        var name = Text(nameNode);
        if (kind is null || name is null)
        {
            return;
        }

        var ns = Text(metadata, "namespace");
        var nameSpan = file.Span(nameNode!);
        switch (kind)
        {
            case "ConfigMap":
                ConfigMaps.Add(new ConfigMapObject(file, name, ns, Get(doc, "data"), Get(doc, "binaryData"), nameSpan));
                break;
            case "Service":
                Services.Add(new ServiceObject(file, doc, name, ns, nameSpan));
                break;
            case "Pod":
                AddWorkload(file, kind, name, ns, Get(doc, "spec"), metadata);
                break;
            case "Deployment" or "StatefulSet" or "DaemonSet" or "ReplicaSet" or "ReplicationController" or "Job":
                var pod = Get(doc, "spec", "template");
                AddWorkload(file, kind, name, ns, Get(pod, "spec"), Get(pod, "metadata"));
                break;
            case "CronJob":
                var template = Get(doc, "spec", "jobTemplate", "spec", "template");
                AddWorkload(file, kind, name, ns, Get(template, "spec"), Get(template, "metadata"));
                break;
        }
    }

    public ConfigMapObject? FindConfigMap(string? ns, string name) =>
        ConfigMaps.LastOrDefault(c => c.Name == name && SameNamespace(c.Namespace, ns));

    private void AddWorkload(SourceText file, string kind, string name, string? ns, YamlNode? podSpec,
        YamlNode? podMetadata)
    {
        if (IsMapping(podSpec))
        {
            Workloads.Add(new WorkloadObject(file, kind, name, ns, podSpec!, podMetadata));
        }
    }
}
