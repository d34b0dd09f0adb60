using System;
using System.Collections.Generic;
using System.Linq;
using RegistryConfigAnalyzers.Engine.Images;
using RegistryConfigAnalyzers.Engine.Yaml;
using static RegistryConfigAnalyzers.Engine.Deployments.YamlLookup;

namespace RegistryConfigAnalyzers.Engine.Deployments.Compose;

/// <summary>
/// Reads the registry services of a compose file: v1 (services at the top level), v2/v3 and the
/// Compose Specification (a <c>services</c> mapping).
/// </summary>
internal sealed class ComposeReader
{
    private static readonly HashSet<string> ServiceKeys = new(StringComparer.Ordinal)
    {
        "image", "build", "environment", "env_file", "command", "entrypoint", "volumes", "ports", "restart", "links",
    };

    // Sections of the later formats; a file with one has no version 1 services at the top level.
    private static readonly string[] TopLevelSections = { "volumes", "networks", "configs", "secrets", "include", "name" };

    private const string LoopbackFix = "publish it on 127.0.0.1 only (`127.0.0.1:5000:5000`)";

    private readonly DeploymentSession _session;
    private readonly SourceText _file;
    private readonly YamlNode _root;

    public ComposeReader(DeploymentSession session, SourceText file, YamlNode root)
    {
        _session = session;
        _file = file;
        _root = root;
    }

    public static bool IsCompose(YamlNode root)
    {
        if (!IsMapping(root) || Get(root, "apiVersion") is not null || Get(root, "kind") is not null)
        {
            return false;
        }

        if (IsMapping(Get(root, "services")))
        {
            return true;
        }

        // Version 1 has no `services`: every top-level mapping is a service.
        var services = Entries(root).Where(e => !IsExtension(e.Key.Value)).ToList();
        return services.Count > 0 && services.All(e => IsMapping(e.Value)) &&
            services.Any(e => Get(e.Value, "image") is not null || Get(e.Value, "build") is not null) &&
            services.All(e => Entries(e.Value).Any(k => ServiceKeys.Contains(k.Key.Value)));
    }

    /// <summary>
    /// The registry services, with <paramref name="overrides"/> (the override file compose reads
    /// beside this one) merged over them, and each <c>extends</c> resolved.
    /// </summary>
    public IEnumerable<RegistryContainer> Read(IReadOnlyList<ComposeReader>? overrides = null)
    {
        overrides ??= Array.Empty<ComposeReader>();
        var readers = new[] { this }.Concat(overrides).ToList();
        var names = readers.SelectMany(r => r.Services()).Select(e => e.Key.Value).Distinct(StringComparer.Ordinal);
        foreach (var name in names.ToList())
        {
            var layers = new List<Layer>();
            foreach (var reader in readers)
            {
                if (reader.Services().FirstOrDefault(e => e.Key.Value == name) is { Key: not null } entry &&
                    !reader.AddLayers(entry.Key, entry.Value, layers, 0))
                {
                    layers = null;
                    break;
                }
            }

            var container = layers is null ? null : ReadService(layers, readers);
            if (container is not null)
            {
                yield return container;
            }
        }
    }

    /// <summary>One service definition that compose merges into the service it runs, base first.</summary>
    private sealed class Layer
    {
        public Layer(ComposeReader reader, YamlScalar name, YamlNode service)
        {
            Reader = reader;
            Name = name;
            Service = service;
        }

        public ComposeReader Reader { get; }

        public YamlScalar Name { get; }

        public YamlNode Service { get; }
    }

    // Version 1 has its services at the top level.
    private IEnumerable<KeyValuePair<YamlScalar, YamlNode>> Services()
    {
        var services = Get(_root, "services") ??
            (TopLevelSections.Any(k => Get(_root, k) is not null) ? null : _root);
        return Entries(services).Where(e => !IsExtension(e.Key.Value) && IsMapping(e.Value));
    }


    /// <summary>
    /// Adds a service and what it extends, base first; false (with a finding) when the base is not
    /// known, so that the service is not judged without it.
    /// </summary>
    private bool AddLayers(YamlScalar name, YamlNode service, List<Layer> layers, int depth)
    {
        var extends = Get(service, "extends");
        if (extends is not null && !IsNull(extends))
        {
            var baseName = Text(extends) ?? Text(extends, "service");
            var file = extends.Target is YamlScalar ? null : Text(extends, "file");
            var reader = file is null ? this : Other(file);
            var found = reader?.Services().FirstOrDefault(e => e.Key.Value == baseName);
            var why = depth >= 10 ? "extends services more than 10 deep (or in a loop)"
                : baseName is null ? "extends a service that it does not name"
                : reader is null
                    ? $"extends service `{baseName}` of `{file}`, which is not in the project or not a compose file"
                : found?.Key is null ? $"extends service `{baseName}`, which is not defined there"
                : null;
            if (why is not null)
            {
                _session.Report(RuleIds.NotFullyJudged, _file.Tight(extends),
                    $"Service `{name.Value}` {why}, so what it runs with is not known; it is not judged");
                return false;
            }

            if (!reader!.AddLayers(found!.Value.Key, found.Value.Value, layers, depth + 1))
            {
                return false;
            }
        }

        layers.Add(new Layer(this, name, service));
        return true;
    }

    /// <summary>Another compose file of the project, for <c>extends.file</c>; its paths are relative to it.</summary>
    private ComposeReader? Other(string path)
    {
        var resolved = ComposeText.Interpolate(path);
        var file = resolved is null ? null : _session.Read(ProjectPath.Resolve(_file.Path, resolved));
        if (file is null)
        {
            return null;
        }

        var documents = DeploymentYaml.Read(file.Text, _session.Defaults);
        var root = documents.Error is null ? documents.Roots.FirstOrDefault() : null;
        return root is not null && IsCompose(root) ? new ComposeReader(_session, file, root) : null;
    }

    /// <param name="project">The files compose merges, whose top-level configs and secrets merge too.</param>
    private static RegistryContainer? ReadService(List<Layer> layers, IReadOnlyList<ComposeReader> project)
    {
        var top = layers[layers.Count - 1];
        var named = layers.LastOrDefault(l => Get(l.Service, "image") is not null);
        if (named is null)
        {
            return null;
        }

        var imageNode = Get(named.Service, "image")!;
        var reader = named.Reader;
        var raw = Text(imageNode);
        if (raw is null)
        {
            return null;
        }

        var reference = ComposeText.Interpolate(raw);
        if (reference is null)
        {
            reader.ReportVariableImage(top.Name, named.Service, imageNode, raw);
            return null;
        }

        if (!RegistryImage.TryParse(reference, out var image) || !image!.IsDistributionRegistry)
        {
            return null;
        }

        if (layers.Any(l => Get(l.Service, "build") is not null))
        {
            reader._session.Report(RuleIds.NotFullyJudged, reader._file.Span(imageNode),
                $"Service `{top.Name.Value}` is built from a Dockerfile and tagged `{raw}`, so what it runs is not " +
                "the stock image; it is not judged");
            return null;
        }

        var container = new RegistryContainer(reader._file, $"service `{top.Name.Value}`", image,
            reader._file.Span(imageNode));

        // Compose merges env_file and environment separately; environment wins over every env file.
        layers.ForEach(l => l.Reader.ReadEnvFiles(container, Get(l.Service, "env_file")));
        layers.ForEach(l => l.Reader.ReadEnvironment(container, Get(l.Service, "environment")));
        foreach (var layer in layers)
        {
            layer.Reader.ReadProcessAndMounts(container, layer.Service, project);
        }

        return container;
    }

    /// <summary>What a later layer sets replaces the earlier one's: the process, a mount at the same target.</summary>
    private void ReadProcessAndMounts(RegistryContainer container, YamlNode service,
        IReadOnlyList<ComposeReader> project)
    {
        if (Get(service, "entrypoint") is { } entrypoint)
        {
            container.Entrypoint = ReadCommand(entrypoint, out var span);
            container.CommandSpan = Get(service, "command") is null ? span : container.CommandSpan;
        }

        if (Get(service, "command") is { } command)
        {
            container.Command = ReadCommand(command, out var span);
            container.CommandSpan = span ?? container.CommandSpan;
        }

        if (Text(service, "working_dir") is { Length: > 0 } workingDir)
        {
            var resolved = ComposeText.Interpolate(workingDir);
            container.WorkingDir = resolved is null ? null : ContainerPath.Resolve(null, resolved);
            container.WorkingDirKnown = resolved is not null;
        }

        var before = container.Mounts.ToList();
        container.Mounts.Clear();
        foreach (var volume in Items(Get(service, "volumes")))
        {
            ReadVolume(container, volume);
        }

        ReadFileMounts(container, Get(service, "configs"), "configs", "/", project);
        ReadFileMounts(container, Get(service, "secrets"), "secrets", "/run/secrets/", project);
        var added = container.Mounts.ToList();
        container.Mounts.Clear();
        container.Mounts.AddRange(before.Where(m => added.All(a => a.Target != m.Target)));
        container.Mounts.AddRange(added);
        foreach (var port in Items(Get(service, "ports")))
        {
            ReadPort(container, port);
        }
    }

    private void ReportVariableImage(YamlScalar name, YamlNode service, YamlNode imageNode, string raw)
    {
        var looksLikeRegistry = RegistryImage.TryParse(raw.Split(':')[0], out var bare) && bare!.IsDistributionRegistry;
        var configPaths = new[] { ImageDefaults.ConfigPath(RegistryVersion.V2), ImageDefaults.ConfigPath(RegistryVersion.V3) };
        var mountsConfig = Items(Get(service, "volumes")).Select(Text)
            .Any(v => v is not null && configPaths.Any(v.Contains));
        if (!looksLikeRegistry && !mountsConfig)
        {
            return;
        }

        _session.Report(RuleIds.NotFullyJudged, _file.Span(imageNode),
            $"Service `{name.Value}` takes its image from a variable (`{raw}`), so its registry version and config are not known; it is not judged");
    }

    private void ReadEnvFiles(RegistryContainer container, YamlNode? node)
    {
        var items = node?.Target is YamlSequence ? Items(node) : node is null ? Enumerable.Empty<YamlNode>() : new[] { node.Target };
        foreach (var item in items)
        {
            var raw = Text(item) ?? Text(item, "path");
            if (raw is null)
            {
                continue;
            }

            var path = ComposeText.Interpolate(raw);
            var file = path is null ? null : _session.Read(ProjectPath.Resolve(_file.Path, path));
            if (file is null)
            {
                container.Blinds.Add(new Blind(_file.Tight(item),
                    $"The env file `{raw}` of {container.Name} is not in the project, so the variables it sets are not known; " +
                    "the rest is judged without them"));
                continue;
            }

            _session.EnvFilesRead.Add(file);
            container.Environment.AddRange(EnvFile.Read(file));
        }
    }

    private void ReadEnvironment(RegistryContainer container, YamlNode? node)
    {
        if (node?.Target is YamlSequence)
        {
            foreach (var item in Items(node))
            {
                if (item is YamlScalar scalar)
                {
                    AddListEntry(container, scalar);
                }
                else if (Entries(item).FirstOrDefault() is { Key: not null } pair)
                {
                    // `- KEY: value` is a one-key mapping that compose rejects; it is read as KEY=value.
                    AddEntry(container, pair.Key.Value, pair.Value, _file.Span(pair.Key, pair.Value));
                }
            }

            return;
        }

        foreach (var entry in Entries(node))
        {
            AddEntry(container, entry.Key.Value, entry.Value, _file.Span(entry.Key, entry.Value));
        }
    }

    private void AddListEntry(RegistryContainer container, YamlScalar item)
    {
        var equals = item.Value.IndexOf('=');
        var span = _file.Span(item);
        if (equals < 0)
        {
            container.Environment.Add(new EnvEntry(item.Value.Trim(), null, span, EnvOrigin.Unknown));
            return;
        }

        var value = ComposeText.Interpolate(item.Value.Substring(equals + 1));
        container.Environment.Add(new EnvEntry(item.Value.Substring(0, equals).Trim(), value, span,
            value is null ? EnvOrigin.Unknown : EnvOrigin.Literal));
    }

    private void AddEntry(RegistryContainer container, string name, YamlNode valueNode, SourceSpan span)
    {
        // A key without a value takes it from the shell that runs compose.
        var raw = IsNull(valueNode) ? null : Text(valueNode);
        var value = raw is null ? null : ComposeText.Interpolate(raw);
        var origin = value is null ? EnvOrigin.Unknown : EnvOrigin.Literal;
        container.Environment.Add(new EnvEntry(name, value, span, origin));
    }

    private List<string?>? ReadCommand(YamlNode? node, out SourceSpan? span)
    {
        span = node is null ? null : _file.Tight(node);
        if (node is null || IsNull(node))
        {
            span = null;
            return null;
        }

        if (node.Target is YamlSequence)
        {
            return Items(node).Select(i => Text(i) is { } t ? ComposeText.Interpolate(t) : null).ToList();
        }

        var text = Text(node);
        if (text is null)
        {
            return null;
        }

        var interpolated = ComposeText.Interpolate(text);
        return interpolated is null
            ? ComposeText.SplitWords(text).Select(w => ComposeText.Interpolate(w)).ToList()
            : ComposeText.SplitWords(interpolated).Select(w => (string?)w).ToList();
    }

    private void ReadVolume(RegistryContainer container, YamlNode volume)
    {
        string? type, source, target;
        if (volume is YamlScalar scalar)
        {
            var parts = SplitVolume(scalar.Value);
            if (parts.Count == 1)
            {
                (type, source, target) = ("volume", null, parts[0]);
            }
            else
            {
                source = parts[0];
                target = parts[1];
                var host = ProjectPath.IsHostPath(source) || source.StartsWith("$", StringComparison.Ordinal);
                type = host ? "bind" : "volume";
            }
        }
        else
        {
            type = Text(volume, "type") ?? "volume";
            source = Text(volume, "source");
            target = Text(volume, "target");
        }

        target = target is null ? null : ComposeText.Interpolate(target);
        if (target is null || !target.StartsWith("/", StringComparison.Ordinal))
        {
            return;
        }

        var span = _file.Tight(volume);
        var resolved = source is null ? null : ComposeText.Interpolate(source);
        if (type == "tmpfs")
        {
            var empty = new MountedFile.Missing("a tmpfs is mounted there and starts empty");
            container.Mounts.Add(new Mount(target, span, "a tmpfs", _ => empty));
        }
        else if (type == "bind" && resolved is not null)
        {
            container.Mounts.Add(BindMount(target, span, resolved));
        }
        else
        {
            var what = type == "bind" ? $"`{source}`" : source is null ? "an anonymous volume" : $"the volume `{source}`";
            var reason = type == "bind"
                ? $"{what}, a host path given by a variable"
                : $"{what}, whose files are not in the project";
            container.Mounts.Add(new Mount(target, span, what, _ => new MountedFile.Unknown(reason)));
        }
    }

    private Mount BindMount(string target, SourceSpan span, string source)
    {
        var hostPath = ProjectPath.Resolve(_file.Path, source);
        return new Mount(target, span, $"`{source}`", relative =>
        {
            var path = relative.Length == 0 ? hostPath : ProjectPath.Combine(hostPath, relative);
            var file = _session.Read(path);
            var shown = relative.Length == 0 ? source : source.TrimEnd('/') + "/" + relative;
            return file is null
                ? new MountedFile.Unknown($"`{shown}`, which is not a file of the project")
                : new MountedFile.Known(new ConfigInput(file.Path, file.Text), $"`{path}`", null, file.Path);
        });
    }

    private void ReadFileMounts(RegistryContainer container, YamlNode? node, string section, string defaultFolder,
        IReadOnlyList<ComposeReader> project)
    {
        foreach (var item in Items(node))
        {
            var source = item is YamlScalar s ? s.Value : Text(item, "source");
            if (source is null)
            {
                continue;
            }

            var target = (item is YamlScalar ? null : Text(item, "target")) ?? defaultFolder + source;
            if (!target.StartsWith("/", StringComparison.Ordinal))
            {
                target = defaultFolder + target;
            }

            // The last file of the project that defines it wins; a file reached through `extends` only has its own.
            bool Defines(ComposeReader r) => Get(r._root, section, source) is not null;
            var owner = project.Contains(this) ? project.LastOrDefault(Defines) ?? this : this;
            var definition = Get(owner._root, section, source);
            var what = $"the {section.TrimEnd('s')} `{source}`";
            container.Mounts.Add(new Mount(target, _file.Tight(item), what, relative => relative.Length > 0
                ? new MountedFile.Missing($"{what} mounted above it is a single file")
                : owner.DefinedFile(section, source, definition)));
        }
    }

    private MountedFile DefinedFile(string section, string name, YamlNode? definition)
    {
        var what = $"the {section.TrimEnd('s')} `{name}`";
        if (Get(definition, "content")?.Target is YamlScalar content)
        {
            // Compose interpolates the content like every other value of the file.
            var text = ComposeText.Interpolate(content.Value);
            if (text is null)
            {
                return new MountedFile.Unknown($"{what}, whose `content` uses a variable that compose fills in " +
                    "from the shell or `.env` of whoever runs it");
            }

            var embedded = text == content.Value
                ? EmbeddedConfig.From(_file, content, $"{section}.{name}.content")
                : EmbeddedConfig.Decoded(_file, content, $"{section}.{name}.content", text);
            return new MountedFile.Known(embedded.Input, $"{what} (its `content`)", embedded, null);
        }

        if (Text(definition, "file") is { } path && ComposeText.Interpolate(path) is { } resolved)
        {
            var file = _session.Read(ProjectPath.Resolve(_file.Path, resolved));
            if (file is not null)
            {
                return new MountedFile.Known(new ConfigInput(file.Path, file.Text), $"`{file.Path}`", null, file.Path);
            }

            return new MountedFile.Unknown($"{what}, whose file `{path}` is not in the project");
        }

        return new MountedFile.Unknown(definition is null
            ? $"{what}, which is not defined in the compose files"
            : $"{what}, which comes from outside the project (external, or from the environment)");
    }

    private void ReadPort(RegistryContainer container, YamlNode port)
    {
        if (port is YamlScalar scalar)
        {
            var spec = ComposeText.Interpolate(scalar.Value);
            if (spec is null || HasHostAddress(spec))
            {
                return;
            }

            var how = $"port `{scalar.Value}` is published on every interface of the host";
            container.Exposures.Add(new Exposure(_file.Span(port), how, LoopbackFix));
            return;
        }

        var hostIp = Text(port, "host_ip");
        if (Get(port, "target") is null || (hostIp is not null && !IsAnyAddress(hostIp)))
        {
            return;
        }

        var published = Text(port, "published") ?? "a random port";
        container.Exposures.Add(new Exposure(_file.Tight(port),
            $"port {Text(port, "target")} is published as {published} on every interface of the host", LoopbackFix));
    }

    // "[host_ip:][host_port:]container_port[/proto]"; an IPv6 address is written in brackets.
    private static bool HasHostAddress(string spec)
    {
        string? address = null;
        if (spec.StartsWith("[", StringComparison.Ordinal))
        {
            var close = spec.IndexOf(']');
            address = close > 0 ? spec.Substring(1, close - 1) : null;
        }
        else
        {
            var parts = spec.Split(':');
            if (parts.Length >= 3)
            {
                address = parts[0];
            }
        }

        return address is not null && address.Length > 0 && !IsAnyAddress(address);
    }

    private static bool IsAnyAddress(string address) => address is "0.0.0.0" or "::" or "[::]" or "";

    // Top-level keys of a version 1 file that are not services.
    private static bool IsExtension(string key) => key == "version" || key.StartsWith("x-", StringComparison.Ordinal);

    private static List<string> SplitVolume(string spec)
    {
        var parts = new List<string>();
        var start = 0;
        for (var i = 0; i < spec.Length; i++)
        {
            // A Windows drive (C:\data) keeps its colon.
            var drive = i == start + 1 && char.IsLetter(spec[start]) && i + 1 < spec.Length && spec[i + 1] is '\\' or '/';
            if (spec[i] == ':' && !drive)
            {
                parts.Add(spec.Substring(start, i - start));
                start = i + 1;
            }
        }

        parts.Add(spec.Substring(start));
        return parts;
    }
}
