using RegistryConfigAnalyzers.Analyzers.Literals;

namespace RegistryConfigAnalyzers.Analyzers.Model;

/// <summary>Where the registry's config file comes from.</summary>
internal sealed class ConfigSource
{
    private ConfigSource(ConfigSourceKind kind, string? path, string? text, LiteralText? literal)
    {
        Kind = kind;
        Path = path;
        Text = text;
        Literal = literal;
    }

    public static ConfigSource ImageDefault { get; } = new(ConfigSourceKind.ImageDefault, null, null, null);

    public static ConfigSource Unknown { get; } = new(ConfigSourceKind.Unknown, null, null, null);

    public ConfigSourceKind Kind { get; }

    /// <summary>The additional file's path.</summary>
    public string? Path { get; }

    public string? Text { get; }

    /// <summary>The C# string the config was written from, with its map back into the source.</summary>
    public LiteralText? Literal { get; }

    public static ConfigSource FromFile(string path, string text) => new(ConfigSourceKind.File, path, text, null);

    public static ConfigSource FromLiteral(LiteralText literal) =>
        new(ConfigSourceKind.Literal, null, literal.Text, literal);
}

internal enum ConfigSourceKind
{
    /// <summary>The config baked into the image.</summary>
    ImageDefault,

    /// <summary>A file of the project (an AdditionalFiles item) mounted over it.</summary>
    File,

    /// <summary>A C# string written into the container.</summary>
    Literal,

    /// <summary>Replaced by something the analyzer cannot read.</summary>
    Unknown,
}
