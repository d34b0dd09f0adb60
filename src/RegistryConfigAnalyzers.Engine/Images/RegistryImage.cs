using System;

namespace RegistryConfigAnalyzers.Engine.Images;

/// <summary>
/// A container image reference split by the Docker reference grammar, and whether it names the
/// CNCF Distribution registry (the <c>registry</c> image or <c>distribution/distribution</c>).
/// </summary>
public sealed class RegistryImage
{
    private RegistryImage(string reference, string? domain, string path, string? tag, string? digest)
    {
        Reference = reference;
        Domain = domain;
        Path = path;
        Tag = tag;
        Digest = digest;
        IsDistributionRegistry = IsRegistryPath(path) && !IsPreDistributionTag(tag);
        MajorVersion = ReadMajorVersion(tag, out var assumed);
        VersionAssumed = assumed;
    }

    /// <summary>The reference as written.</summary>
    public string Reference { get; }

    /// <summary>The registry host (with its port), or null for Docker Hub's short form.</summary>
    public string? Domain { get; }

    /// <summary>The repository path without domain, tag or digest, e.g. <c>library/registry</c>.</summary>
    public string Path { get; }

    /// <summary>The tag, or null when the reference has none.</summary>
    public string? Tag { get; }

    /// <summary>The digest (<c>sha256:…</c>), or null.</summary>
    public string? Digest { get; }

    /// <summary>Whether the image is the Distribution registry, on Docker Hub or any mirror of it.</summary>
    public bool IsDistributionRegistry { get; }

    /// <summary>
    /// The registry's major version read from the tag. A tag of <c>latest</c>, a tag without a
    /// leading number, or no tag at all gives version 3 (what <c>latest</c> is now).
    /// </summary>
    public RegistryVersion MajorVersion { get; }

    /// <summary>Whether <see cref="MajorVersion"/> was assumed rather than read from the tag.</summary>
    public bool VersionAssumed { get; }

    /// <summary>Parses <paramref name="reference"/>; false when it is not a valid image reference.</summary>
    public static bool TryParse(string? reference, out RegistryImage? image)
    {
        image = null;
        if (reference is null)
        {
            return false;
        }

        var text = reference.Trim();
        if (text.Length == 0 || text.Length > 4096)
        {
            return false;
        }

        string? digest = null;
        var at = text.IndexOf('@');
        if (at >= 0)
        {
            digest = text.Substring(at + 1);
            text = text.Substring(0, at);
            if (!IsDigest(digest))
            {
                return false;
            }
        }

        string? tag = null;
        var lastSlash = text.LastIndexOf('/');
        var colon = text.IndexOf(':', lastSlash + 1);
        if (colon >= 0)
        {
            tag = text.Substring(colon + 1);
            text = text.Substring(0, colon);
            if (!IsTag(tag))
            {
                return false;
            }
        }

        string? domain = null;
        var firstSlash = text.IndexOf('/');
        if (firstSlash > 0 && IsDomainComponent(text.Substring(0, firstSlash)))
        {
            domain = text.Substring(0, firstSlash);
            text = text.Substring(firstSlash + 1);
            if (!IsDomain(domain))
            {
                return false;
            }
        }

        if (!IsPath(text))
        {
            return false;
        }

        image = new RegistryImage(reference, domain, text, tag, digest);
        return true;
    }

    /// <summary>
    /// Joins the pieces of an image that an API takes apart (a registry host, a repository,
    /// a tag, a digest) into one reference, then parses it.
    /// </summary>
    public static bool TryParse(string? domain, string? repository, string? tag, string? digest, out RegistryImage? image)
    {
        image = null;
        if (string.IsNullOrEmpty(repository))
        {
            return false;
        }

        var reference = string.IsNullOrEmpty(domain) ? repository! : domain!.TrimEnd('/') + "/" + repository;
        if (!string.IsNullOrEmpty(tag))
        {
            reference += ":" + tag;
        }

        if (!string.IsNullOrEmpty(digest))
        {
            reference += "@" + digest;
        }

        return TryParse(reference, out image);
    }

    public override string ToString() => Reference;

    // The official image keeps its name on every mirror ("mirror.gcr.io/library/registry",
    // "public.ecr.aws/docker/library/registry"), so the path's tail decides, never the host.
    private static bool IsRegistryPath(string path) =>
        path == "registry"
        || path == "library/registry"
        || path.EndsWith("/library/registry", StringComparison.Ordinal)
        || path == "distribution/distribution"
        || path.EndsWith("/distribution/distribution", StringComparison.Ordinal);

    // Tags 0.x and 1.x of "registry" are the old Python docker-registry, a different program.
    private static bool IsPreDistributionTag(string? tag)
    {
        var major = LeadingNumber(tag);
        return major is 0 or 1;
    }

    private static RegistryVersion ReadMajorVersion(string? tag, out bool assumed)
    {
        var major = LeadingNumber(tag);
        assumed = major is null;
        return major == 2 ? RegistryVersion.V2 : RegistryVersion.V3;
    }

    private static int? LeadingNumber(string? tag)
    {
        if (tag is null)
        {
            return null;
        }

        var start = tag.Length > 1 && (tag[0] == 'v' || tag[0] == 'V') && char.IsDigit(tag[1]) ? 1 : 0;
        var end = start;
        while (end < tag.Length && end - start < 9 && tag[end] >= '0' && tag[end] <= '9')
        {
            end++;
        }

        if (end == start || (end < tag.Length && char.IsLetterOrDigit(tag[end])))
        {
            return null;
        }

        return int.Parse(tag.Substring(start, end - start), System.Globalization.CultureInfo.InvariantCulture);
    }

    // The rule of the reference grammar: a first component is a host when it has a dot or a
    // port, is "localhost", or has an upper-case letter (repository paths never do).
    private static bool IsDomainComponent(string component)
    {
        if (component == "localhost" || component.IndexOf('.') >= 0 || component.IndexOf(':') >= 0)
        {
            return true;
        }

        foreach (var c in component)
        {
            if (c >= 'A' && c <= 'Z')
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsDomain(string domain)
    {
        var host = domain;
        if (host.StartsWith("[", StringComparison.Ordinal))
        {
            var close = host.IndexOf(']');
            if (close < 0)
            {
                return false;
            }

            var rest = host.Substring(close + 1);
            return rest.Length == 0 || (rest[0] == ':' && IsPort(rest.Substring(1)));
        }

        var colon = host.IndexOf(':');
        if (colon >= 0)
        {
            if (!IsPort(host.Substring(colon + 1)))
            {
                return false;
            }

            host = host.Substring(0, colon);
        }

        if (host.Length == 0)
        {
            return false;
        }

        foreach (var label in host.Split('.'))
        {
            if (label.Length == 0 || label[0] == '-' || label[label.Length - 1] == '-')
            {
                return false;
            }

            foreach (var c in label)
            {
                if (!char.IsLetterOrDigit(c) && c != '-')
                {
                    return false;
                }
            }
        }

        return true;
    }

    private static bool IsPort(string port)
    {
        if (port.Length == 0 || port.Length > 5)
        {
            return false;
        }

        foreach (var c in port)
        {
            if (c < '0' || c > '9')
            {
                return false;
            }
        }

        return true;
    }

    // path-component := [a-z0-9]+ ( ( "." | "_" | "__" | "-"+ ) [a-z0-9]+ )*
    private static bool IsPath(string path)
    {
        if (path.Length == 0)
        {
            return false;
        }

        foreach (var component in path.Split('/'))
        {
            if (!IsPathComponent(component))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsPathComponent(string component)
    {
        if (component.Length == 0 || !IsLowerAlnum(component[0]) || !IsLowerAlnum(component[component.Length - 1]))
        {
            return false;
        }

        var i = 0;
        while (i < component.Length)
        {
            if (IsLowerAlnum(component[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < component.Length && !IsLowerAlnum(component[i]))
            {
                i++;
            }

            var separator = component.Substring(start, i - start);
            var valid = separator == "." || separator == "_" || separator == "__" || separator.Trim('-').Length == 0;
            if (!valid)
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsLowerAlnum(char c) => (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');

    // tag := [\w][\w.-]{0,127}
    private static bool IsTag(string tag)
    {
        if (tag.Length == 0 || tag.Length > 128 || tag[0] == '.' || tag[0] == '-')
        {
            return false;
        }

        foreach (var c in tag)
        {
            var word = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
            if (!word && c != '.' && c != '-')
            {
                return false;
            }
        }

        return true;
    }

    // digest := algorithm ":" encoded, e.g. sha256 with 64 hex digits.
    private static bool IsDigest(string digest)
    {
        var colon = digest.IndexOf(':');
        if (colon <= 0 || colon == digest.Length - 1)
        {
            return false;
        }

        foreach (var c in digest.Substring(0, colon))
        {
            if (!IsLowerAlnum(c) && c != '+' && c != '.' && c != '_' && c != '-')
            {
                return false;
            }
        }

        var encoded = digest.Substring(colon + 1);
        if (encoded.Length < 32)
        {
            return false;
        }

        foreach (var c in encoded)
        {
            if (!char.IsLetterOrDigit(c) && c != '=' && c != '_' && c != '-')
            {
                return false;
            }
        }

        return true;
    }
}
