using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using RegistryConfigAnalyzers.Engine.Images;
using RegistryConfigAnalyzers.Engine.Yaml;
using static RegistryConfigAnalyzers.Engine.Deployments.YamlLookup;

namespace RegistryConfigAnalyzers.Engine.Deployments.Kubernetes;

/// <summary>Reads the containers of a workload that run the registry image, with what the kubelet gives them.</summary>
internal sealed class KubernetesReader
{
    // Any cluster IP does: only the form of the values matters to the registry.
    private const string PlaceholderClusterIp = "10.0.0.1";

    private readonly KubernetesObjects _objects;
    private readonly WorkloadObject _workload;
    private readonly SourceText _file;
    private readonly int _maxExpanded;
    private int _expanded;

    /// <param name="maxExpanded">
    /// The most characters <c>$(NAME)</c> expansion may produce for one container: each variable
    /// may name earlier ones several times, so a few lines can grow beyond any memory.
    /// </param>
    public KubernetesReader(KubernetesObjects objects, WorkloadObject workload, int maxExpanded)
    {
        _objects = objects;
        _workload = workload;
        _file = workload.File;
        _maxExpanded = maxExpanded;
    }

    public IEnumerable<RegistryContainer> Read()
    {
        foreach (var container in Items(Get(_workload.PodSpec, "containers")))
        {
            var imageNode = Get(container, "image");
            if (!RegistryImage.TryParse(Text(imageNode), out var image) || !image!.IsDistributionRegistry)
            {
                continue;
            }

            var name = Text(container, "name") ?? "?";
            var label = $"container `{name}` of {_workload.Kind} `{_workload.Name}`";
            var result = new RegistryContainer(_file, label, image, _file.Span(imageNode!));
            _expanded = 0;
            ReadEnvironment(result, container);
            var lookup = Lookup(result.Environment);
            result.Entrypoint = ReadCommand(Get(container, "command"), lookup);
            result.Command = ReadCommand(Get(container, "args"), lookup);
            var written = Get(container, "command") ?? Get(container, "args");
            result.CommandSpan = written is null ? null : _file.Tight(written);
            result.WorkingDir = Text(container, "workingDir") is { Length: > 0 } workingDir
                ? ContainerPath.Resolve(null, workingDir)
                : null;
            foreach (var mount in Items(Get(container, "volumeMounts")))
            {
                ReadMount(result, mount);
            }

            ReadExposures(result, container);
            yield return result;
        }
    }

    private void ReadEnvironment(RegistryContainer result, YamlNode container)
    {
        // The kubelet applies envFrom, then env, and adds service links only where neither set the name.
        var entries = new List<EnvEntry>();
        foreach (var source in Items(Get(container, "envFrom")))
        {
            entries.AddRange(ReadEnvFrom(result, source));
        }

        // Each entry sees the ones before it; one map kept up to date spares rebuilding it per entry.
        var known = new Dictionary<string, string?>(StringComparer.Ordinal);
        entries.ForEach(e => known[e.Name] = e.Value);
        foreach (var item in Items(Get(container, "env")))
        {
            if (ReadEnvEntry(result, item, Lookup(known)) is { } entry)
            {
                entries.Add(entry);
                known[entry.Name] = entry.Value;
            }
        }

        if (Text(_workload.PodSpec, "enableServiceLinks") is not "false")
        {
            var set = new HashSet<string>(entries.Select(e => e.Name), StringComparer.Ordinal);
            result.Environment.AddRange(ServiceLinks().Where(l => !set.Contains(l.Name)));
        }

        result.Environment.AddRange(entries);
    }

    private IEnumerable<EnvEntry> ReadEnvFrom(RegistryContainer result, YamlNode source)
    {
        var prefix = Text(source, "prefix") ?? string.Empty;
        var span = _file.Tight(source);
        if (Get(source, "secretRef") is { } secretRef)
        {
            result.Blinds.Add(new Blind(span,
                $"{Capital(result.Name)} takes variables from the Secret `{Text(secretRef, "name")}`, whose names and values " +
                "are not known; the rest is judged without them"));
            yield break;
        }

        var name = Text(Get(source, "configMapRef"), "name");
        if (name is null)
        {
            yield break;
        }

        var configMap = _objects.FindConfigMap(_workload.Namespace, name);
        if (configMap is null)
        {
            result.Blinds.Add(new Blind(span,
                $"{Capital(result.Name)} takes variables from the ConfigMap `{name}`, which is not in the project; " +
                "the rest is judged without them"));
            yield break;
        }

        foreach (var entry in Entries(configMap.Data))
        {
            yield return new EnvEntry(prefix + entry.Key.Value, Text(entry.Value) ?? string.Empty,
                configMap.File.Span(entry.Key, entry.Value), EnvOrigin.ConfigMap);
        }
    }

    private EnvEntry? ReadEnvEntry(RegistryContainer result, YamlNode item,
        Func<string, (bool Found, string? Value)> lookup)
    {
        var nameNode = Get(item, "name");
        var name = Text(nameNode);
        if (name is null)
        {
            return null;
        }

        var span = _file.Tight(item);
        var valueFrom = Get(item, "valueFrom");
        if (valueFrom is null)
        {
            var value = Expand(Text(item, "value") ?? string.Empty, lookup);
            return new EnvEntry(name, value, span, value is null ? EnvOrigin.Unknown : EnvOrigin.Literal);
        }

        var keyRef = Get(valueFrom, "configMapKeyRef");
        if (keyRef is null)
        {
            // A Secret, a field of the pod or a resource limit: not known here.
            return new EnvEntry(name, null, span, EnvOrigin.Unknown);
        }

        var mapName = Text(keyRef, "name") ?? string.Empty;
        var key = Text(keyRef, "key") ?? string.Empty;
        var entry = _objects.FindConfigMap(_workload.Namespace, mapName)?.Key(key);
        if (entry is not { } found)
        {
            result.Blinds.Add(new Blind(span,
                $"`{name}` of {result.Name} comes from key `{key}` of the ConfigMap `{mapName}`, which is not in the project, " +
                "so its value is not known"));
            return new EnvEntry(name, null, span, EnvOrigin.Unknown);
        }

        var where = _objects.FindConfigMap(_workload.Namespace, mapName)!.File.Span(found.Key, found.Value);
        return new EnvEntry(name, Text(found.Value) ?? string.Empty, where, EnvOrigin.ConfigMap);
    }

    /// <summary>The variables the kubelet derives from each Service of the namespace (the Docker link style).</summary>
    private IEnumerable<EnvEntry> ServiceLinks()
    {
        var services = _objects.Services
            .Where(s => s.HasLinks && KubernetesObjects.SameNamespace(s.Namespace, _workload.Namespace));
        foreach (var service in services)
        {
            var prefix = service.Name.ToUpperInvariant().Replace('-', '_');
            if (!prefix.StartsWith("REGISTRY", StringComparison.Ordinal) || service.Ports.Count == 0)
            {
                continue;
            }

            var ip = service.ClusterIp is { Length: > 0 } fixedIp ? fixedIp : PlaceholderClusterIp;
            var vars = new List<(string, string)>
            {
                (prefix + "_SERVICE_HOST", ip),
                (prefix + "_SERVICE_PORT", service.Ports[0].Port),
            };
            foreach (var port in service.Ports.Where(p => p.Name is not null))
            {
                vars.Add(($"{prefix}_SERVICE_PORT_{port.Name!.ToUpperInvariant().Replace('-', '_')}", port.Port));
            }

            var first = service.Ports[0];
            vars.Add((prefix + "_PORT", $"{first.Protocol.ToLowerInvariant()}://{ip}:{first.Port}"));
            foreach (var port in service.Ports)
            {
                var portPrefix = $"{prefix}_PORT_{port.Port}_{port.Protocol}";
                vars.Add((portPrefix, $"{port.Protocol.ToLowerInvariant()}://{ip}:{port.Port}"));
                vars.Add((portPrefix + "_PROTO", port.Protocol.ToLowerInvariant()));
                vars.Add((portPrefix + "_PORT", port.Port));
                vars.Add((portPrefix + "_ADDR", ip));
            }

            foreach (var (name, value) in vars)
            {
                yield return new EnvEntry(name, value, service.NameSpan, EnvOrigin.ServiceLink)
                {
                    ServiceName = service.Name,
                };
            }
        }
    }

    private List<string?>? ReadCommand(YamlNode? node, Func<string, (bool Found, string? Value)> lookup) =>
        node?.Target is YamlSequence ? Items(node).Select(i => Expand(Text(i) ?? string.Empty, lookup)).ToList() : null;

    private void ReadMount(RegistryContainer result, YamlNode mount)
    {
        var target = Text(mount, "mountPath");
        var volumeName = Text(mount, "name");
        if (target is null || volumeName is null)
        {
            return;
        }

        var subPath = Text(mount, "subPath") ?? string.Empty;
        var volume = Items(Get(_workload.PodSpec, "volumes")).LastOrDefault(v => Text(v, "name") == volumeName);
        var span = _file.Tight(mount);
        if (volume is null)
        {
            result.Mounts.Add(new Mount(target, span, $"the volume `{volumeName}`",
                _ => new MountedFile.Unknown($"the volume `{volumeName}`, which the pod does not declare")));
            return;
        }

        var describe = Describe(volume);
        result.Mounts.Add(new Mount(target, span, describe, relative =>
        {
            var inVolume = string.Join("/", new[] { subPath.Trim('/'), relative }.Where(p => p.Length > 0));
            return VolumeFile(volume, inVolume, describe);
        }));
    }

    private MountedFile VolumeFile(YamlNode volume, string path, string describe)
    {
        if (Get(volume, "configMap") is { } configMap)
        {
            return ConfigMapFile(configMap, path) ??
                new MountedFile.Missing($"{describe} is mounted there and has no key for `{path}`");
        }

        if (Get(volume, "projected") is { } projected)
        {
            foreach (var source in Items(Get(projected, "sources")))
            {
                if (Get(source, "configMap") is { } projectedMap && ConfigMapFile(projectedMap, path) is { } found)
                {
                    return found;
                }

                if (Get(source, "secret") is not null)
                {
                    return new MountedFile.Unknown($"{describe}, which includes a Secret whose files are not known");
                }
            }

            return new MountedFile.Missing($"{describe} is mounted there and has no file `{path}`");
        }

        if (Get(volume, "emptyDir") is not null)
        {
            return new MountedFile.Missing("an emptyDir is mounted there and starts empty");
        }

        return new MountedFile.Unknown($"{describe}, whose files are not in the project");
    }

    /// <summary>The key of a ConfigMap volume at a path; null when the ConfigMap has none there.</summary>
    private MountedFile? ConfigMapFile(YamlNode volume, string path)
    {
        var name = Text(volume, "name") ?? string.Empty;
        var configMap = _objects.FindConfigMap(_workload.Namespace, name);
        if (configMap is null)
        {
            return new MountedFile.Unknown($"the ConfigMap `{name}`, which is not in the project");
        }

        var items = Items(Get(volume, "items")).ToList();
        var key = items.Count == 0
            ? path
            : items.Where(i => Text(i, "path") == path).Select(i => Text(i, "key")).LastOrDefault();
        if (key is not null && configMap.Key(key) is null && configMap.BinaryFile(key) is { } binary)
        {
            if (binary.Value.Target is not YamlScalar encoded || binary.Text is null)
            {
                return new MountedFile.Unknown(
                    $"key `{key}` of the binaryData of the ConfigMap `{name}`, which is not base64 of text");
            }

            var decoded = EmbeddedConfig.Decoded(configMap.File, encoded, $"ConfigMap/{name}/{key}", binary.Text);
            var description = $"key `{key}` of the ConfigMap `{name}` (binaryData)";
            return new MountedFile.Known(decoded.Input, description, decoded, null)
            {
                MarkUsed = () => configMap.MountedKeys.Add(key),
            };
        }

        if (key is null || configMap.Key(key) is not { } entry)
        {
            return null;
        }

        if (entry.Value.Target is not YamlScalar scalar)
        {
            return new MountedFile.Unknown($"key `{key}` of the ConfigMap `{name}`, which is not text");
        }

        var embedded = EmbeddedConfig.From(configMap.File, scalar, $"ConfigMap/{name}/{key}");
        return new MountedFile.Known(embedded.Input, $"key `{key}` of the ConfigMap `{name}`", embedded, null)
        {
            MarkUsed = () => configMap.MountedKeys.Add(key),
        };
    }

    private void ReadExposures(RegistryContainer result, YamlNode container)
    {
        if (Get(_workload.PodSpec, "hostNetwork") is { } hostNetwork && Text(hostNetwork) == "true")
        {
            const string How = "`hostNetwork: true` puts its port on every interface of the node";
            result.Exposures.Add(new Exposure(_file.Span(hostNetwork), How, "drop `hostNetwork`"));
        }

        foreach (var port in Items(Get(container, "ports")))
        {
            var hostPort = Get(port, "hostPort");
            var hostIp = Text(port, "hostIP");
            if (hostPort is not null && (hostIp is null or "0.0.0.0" or "::"))
            {
                var how = $"`hostPort: {Text(hostPort)}` publishes it on every interface of the node";
                result.Exposures.Add(new Exposure(_file.Span(hostPort), how, "drop the `hostPort`"));
            }
        }

        var outside = _objects.Services.Where(s => s.ReachesOutside && s.Selects(_workload.Labels) &&
            KubernetesObjects.SameNamespace(s.Namespace, _workload.Namespace));
        foreach (var service in outside)
        {
            var how = service.Type is "NodePort" or "LoadBalancer" ? $"of type {service.Type}" : "with external IPs";
            var text = $"the Service `{service.Name}` {how} exposes it outside the cluster";
            result.Exposures.Add(new Exposure(service.TypeSpan, text, "make the Service a ClusterIP behind an ingress with auth"));
        }
    }

    private static string Describe(YamlNode volume)
    {
        if (Text(Get(volume, "configMap"), "name") is { } map)
        {
            return $"the ConfigMap `{map}`";
        }

        if (Text(Get(volume, "secret"), "secretName") is { } secret)
        {
            return $"the Secret `{secret}`";
        }

        if (Text(Get(volume, "persistentVolumeClaim"), "claimName") is { } claim)
        {
            return $"the PersistentVolumeClaim `{claim}`";
        }

        if (Text(Get(volume, "hostPath"), "path") is { } host)
        {
            return $"the host folder `{host}`";
        }

        return Get(volume, "emptyDir") is not null ? "an emptyDir" : $"the volume `{Text(volume, "name")}`";
    }

    private static Func<string, (bool Found, string? Value)> Lookup(IEnumerable<EnvEntry> entries)
    {
        var map = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            map[entry.Name] = entry.Value;
        }

        return Lookup(map);
    }

    private static Func<string, (bool Found, string? Value)> Lookup(Dictionary<string, string?> map) =>
        name => map.TryGetValue(name, out var value) ? (true, value) : (false, null);

    /// <summary>
    /// Expands <c>$(NAME)</c> the way the kubelet does: a defined name is replaced, an undefined one
    /// stays as written, <c>$$</c> is one <c>$</c>. Null when a name's value is not known.
    /// </summary>
    private string? Expand(string text, Func<string, (bool Found, string? Value)> lookup)
    {
        if (text.IndexOf('$') < 0)
        {
            return text;
        }

        var result = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] != '$' || i + 1 >= text.Length)
            {
                result.Append(text[i]);
                continue;
            }

            if (text[i + 1] == '$')
            {
                result.Append('$');
                i++;
                continue;
            }

            var close = text[i + 1] == '(' ? text.IndexOf(')', i + 2) : -1;
            if (close < 0)
            {
                result.Append('$');
                continue;
            }

            var name = text.Substring(i + 2, close - i - 2);
            var (found, value) = lookup(name);
            if (found && value is null)
            {
                return null;
            }

            result.Append(found ? value : "$(" + name + ")");
            i = close;
            CheckExpanded(result.Length);
        }

        CheckExpanded(result.Length);
        _expanded += result.Length;
        return result.ToString();
    }

    private void CheckExpanded(int more)
    {
        if (_expanded + (long)more > _maxExpanded)
        {
            throw new WorkLimitReached($"The variables of {_workload.Kind} `{_workload.Name}` expand (`$(NAME)`) to " +
                $"more than {_maxExpanded:N0} characters; it was not checked");
        }
    }

    private static string Capital(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s.Substring(1);
}
