using System;
using System.Collections.Generic;
using System.Text;

namespace RegistryConfigAnalyzers.TestSupport;

/// <summary>Files a fixture's config names, which the harness makes before the registry starts.</summary>
[Flags]
public enum Provision
{
    None = 0,

    /// <summary><c>__DIR__/htpasswd</c>: one bcrypt entry, user <c>user</c>, password <c>pass</c>.</summary>
    Htpasswd = 1,

    /// <summary><c>__DIR__/cert.pem</c> and <c>__DIR__/key.pem</c>: a self-signed certificate for 127.0.0.1.</summary>
    Certificate = 2,
}

/// <summary>
/// One config for the real registry, with the environment it runs under. Placeholders:
/// <c>__ROOT__</c> (an empty storage folder), <c>__DIR__</c> (the folder of the config and its files),
/// <c>__PORT__</c> and <c>__DEBUGPORT__</c> (free loopback ports), <c>__UPSTREAM__</c> (the stand-in upstream).
/// </summary>
public sealed class RegistryCase
{
    public RegistryCase(string name, string config, Provision needs = Provision.None,
        IReadOnlyList<KeyValuePair<string, string>>? environment = null,
        IReadOnlyDictionary<string, string>? files = null)
    {
        Name = name;
        Config = config;
        Needs = needs;
        Environment = environment ?? Array.Empty<KeyValuePair<string, string>>();
        Files = files ?? new Dictionary<string, string>();
    }

    public string Name { get; }

    public string Config { get; }

    /// <summary>
    /// The exact bytes of the file, for a config no UTF-8 string can carry (another encoding, stray
    /// bytes); null when the file is <see cref="Config"/> in UTF-8. Such a config takes no placeholders.
    /// </summary>
    public byte[]? Bytes { get; private init; }

    public Provision Needs { get; }

    /// <summary>REGISTRY_* variables the registry runs with, in the order given.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Environment { get; }

    /// <summary>A config given as the bytes of its file; <see cref="Config"/> shows them one char a byte.</summary>
    public static RegistryCase FromBytes(string name, byte[] bytes) =>
        new(name, Encoding.Latin1.GetString(bytes)) { Bytes = bytes };

    /// <summary>
    /// What the harness sets as <c>REGISTRY_HTTP_ADDR</c>, with placeholders. A fixture may give an
    /// address Go cannot listen on, to see the registry refuse it; it must stay on 127.0.0.1.
    /// </summary>
    public string ListenAddress { get; init; } = "127.0.0.1:__PORT__";

    /// <summary>More files to write before the start, by name inside <c>__DIR__</c>, with their text.</summary>
    public IReadOnlyDictionary<string, string> Files { get; }

    public override string ToString() => Name;
}
