using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;

namespace RegistryConfigAnalyzers.Engine.Reporting;

/// <summary>
/// Writes findings as one SARIF 2.1.0 log with a single run, the format code scanning services read.
/// Every rule of <see cref="RuleCatalog"/> is listed, so a result's <c>ruleIndex</c> is stable.
/// </summary>
public static class SarifWriter
{
    /// <summary>The <c>uriBaseId</c> that file locations under the base directory are relative to.</summary>
    public const string SourceRootBaseId = "SRCROOT";

    public const string ToolName = "RegistryConfigAnalyzers";

    private const string SchemaUri =
        "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

    // Host ids such as `env:REGISTRY_AUTH` or `image:registry:3` name no file; a drive letter is one character.
    private static readonly Regex NonFileSource = new(@"^[A-Za-z][A-Za-z0-9+.\-]+:", RegexOptions.CultureInvariant);

    private static readonly Lazy<Dictionary<string, string>> RuleNames = new(ReadRuleNames);

    /// <summary>
    /// Writes the log. A finding whose <paramref name="findings"/> flag is set was suppressed in source and
    /// is written with a <c>suppressions</c> entry of kind <c>inSource</c>. A relative
    /// <see cref="SourceSpan.Source"/> is taken as relative to <paramref name="baseDirectory"/>; locations
    /// under that directory get a relative URI with the <see cref="SourceRootBaseId"/> base, others an
    /// absolute file URI, and sources that are not files (environment variables, the image's config)
    /// a logical location.
    /// </summary>
    public static void Write(TextWriter writer, IEnumerable<(Finding Finding, bool Suppressed)> findings,
        string baseDirectory)
    {
        if (writer is null)
        {
            throw new ArgumentNullException(nameof(writer));
        }

        var root = BaseDirectory(baseDirectory);
        var rules = RuleCatalog.All;
        var json = new JsonWriter(writer);
        json.StartObject();
        json.String("$schema", SchemaUri);
        json.String("version", "2.1.0");
        json.Name("runs");
        json.StartArray();
        json.StartObject();
        WriteTool(json, rules);
        json.Name("originalUriBaseIds");
        json.StartObject();
        json.Name(SourceRootBaseId);
        json.StartObject();
        json.String("uri", FileUri(root, directory: true));
        json.EndObject();
        json.EndObject();
        json.String("columnKind", "utf16CodeUnits");
        json.Name("results");
        json.StartArray();
        foreach (var (finding, suppressed) in findings ?? Enumerable.Empty<(Finding, bool)>())
        {
            WriteResult(json, finding, suppressed, rules, root);
        }

        json.EndArray();
        json.EndObject();
        json.EndArray();
        json.EndObject();
        writer.Write('\n');
    }

    private static void WriteTool(JsonWriter json, IReadOnlyList<RuleDescriptor> rules)
    {
        json.Name("tool");
        json.StartObject();
        json.Name("driver");
        json.StartObject();
        json.String("name", ToolName);
        json.String("version", ToolVersion());
        json.String("informationUri", InformationUri());
        json.Name("rules");
        json.StartArray();
        foreach (var rule in rules)
        {
            json.StartObject();
            json.String("id", rule.Id);
            json.String("name", RuleNames.Value.TryGetValue(rule.Id, out var name) ? name : rule.Id);
            json.Text("shortDescription", rule.Title);
            json.Text("fullDescription", rule.Description);
            json.String("helpUri", rule.HelpUri);
            json.Name("defaultConfiguration");
            json.StartObject();
            json.String("level", Level(rule.DefaultSeverity));
            json.EndObject();
            json.Name("properties");
            json.StartObject();
            json.String("category", rule.Category);
            json.Name("tags");
            json.StartArray();
            json.String(rule.Category.ToLowerInvariant());
            json.EndArray();
            json.EndObject();
            json.EndObject();
        }

        json.EndArray();
        json.EndObject();
        json.EndObject();
    }

    private static void WriteResult(JsonWriter json, Finding finding, bool suppressed,
        IReadOnlyList<RuleDescriptor> rules, string root)
    {
        json.StartObject();
        json.String("ruleId", finding.RuleId);
        var index = IndexOf(rules, finding.RuleId);
        if (index >= 0)
        {
            json.Number("ruleIndex", index);
        }

        json.String("level", Level(finding.Severity));
        json.Text("message", finding.Message);
        json.Name("locations");
        json.StartArray();
        WriteLocation(json, finding.Span, root, id: null);
        json.EndArray();
        if (finding.RelatedSpans.Count > 0)
        {
            json.Name("relatedLocations");
            json.StartArray();
            for (var i = 0; i < finding.RelatedSpans.Count; i++)
            {
                WriteLocation(json, finding.RelatedSpans[i], root, id: i + 1);
            }

            json.EndArray();
        }

        if (suppressed)
        {
            json.Name("suppressions");
            json.StartArray();
            json.StartObject();
            json.String("kind", "inSource");
            if (!string.IsNullOrEmpty(finding.SuppressionReason))
            {
                json.String("justification", finding.SuppressionReason!);
            }

            json.EndObject();
            json.EndArray();
        }

        json.EndObject();
    }

    private static void WriteLocation(JsonWriter json, SourceSpan span, string root, int? id)
    {
        json.StartObject();
        if (id is not null)
        {
            json.Number("id", id.Value);
        }

        if (NonFileSource.IsMatch(span.Source))
        {
            json.Name("logicalLocations");
            json.StartArray();
            json.StartObject();
            json.String("fullyQualifiedName", span.Source);
            json.EndObject();
            json.EndArray();
            json.EndObject();
            return;
        }

        json.Name("physicalLocation");
        json.StartObject();
        json.Name("artifactLocation");
        json.StartObject();
        var relative = RelativePath(root, span.Source);
        if (relative is not null)
        {
            json.String("uri", Escape(relative, absolute: false));
            json.String("uriBaseId", SourceRootBaseId);
        }
        else
        {
            json.String("uri", FileUri(FullPath(root, span.Source), directory: false));
        }

        json.EndObject();
        WriteRegion(json, span);
        json.EndObject();
        json.EndObject();
    }

    private static void WriteRegion(JsonWriter json, SourceSpan span)
    {
        // SARIF wants 1-based lines and columns and an end column one past the last character,
        // which is how the engine reports spans; only guard against inverted or zero values.
        var startLine = Math.Max(1, span.Start.Line);
        var startColumn = Math.Max(1, span.Start.Column);
        var endLine = Math.Max(startLine, span.End.Line);
        var endColumn = Math.Max(1, span.End.Column);
        if (endLine == startLine)
        {
            endColumn = Math.Max(startColumn, endColumn);
        }

        json.Name("region");
        json.StartObject();
        json.Number("startLine", startLine);
        json.Number("startColumn", startColumn);
        json.Number("endLine", endLine);
        json.Number("endColumn", endColumn);
        json.EndObject();
    }

    private static string Level(FindingSeverity severity) => severity switch
    {
        FindingSeverity.Error => "error",
        FindingSeverity.Warning => "warning",
        _ => "note",
    };

    private static int IndexOf(IReadOnlyList<RuleDescriptor> rules, string id)
    {
        for (var i = 0; i < rules.Count; i++)
        {
            if (rules[i].Id == id)
            {
                return i;
            }
        }

        return -1;
    }

    private static string BaseDirectory(string baseDirectory)
    {
        var directory = string.IsNullOrEmpty(baseDirectory) ? Directory.GetCurrentDirectory() : baseDirectory;
        return FullPath(Directory.GetCurrentDirectory(), directory);
    }

    private static string FullPath(string root, string path)
    {
        try
        {
            return Path.GetFullPath(Path.Combine(root, path));
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return Path.Combine(root, path);
        }
    }

    /// <summary>The path of <paramref name="source"/> below <paramref name="root"/>, with `/`, or null.</summary>
    private static string? RelativePath(string root, string source)
    {
        var full = FullPath(root, source);
        var prefix = root.EndsWith(Path.DirectorySeparatorChar.ToString(), StringComparison.Ordinal)
            ? root
            : root + Path.DirectorySeparatorChar;

        // Windows paths compare without case; elsewhere two names that differ in case are two files.
        var comparison = Path.DirectorySeparatorChar == '\\'
            ? StringComparison.OrdinalIgnoreCase
            : StringComparison.Ordinal;
        if (!full.StartsWith(prefix, comparison) || full.Length == prefix.Length)
        {
            return null;
        }

        return full.Substring(prefix.Length).Replace(Path.DirectorySeparatorChar, '/');
    }

    private static string FileUri(string fullPath, bool directory)
    {
        var path = fullPath.Replace('\\', '/');
        if (directory && !path.EndsWith("/", StringComparison.Ordinal))
        {
            path += "/";
        }

        if (path.StartsWith("//", StringComparison.Ordinal))
        {
            return "file:" + Escape(path, absolute: true);
        }

        return (path.StartsWith("/", StringComparison.Ordinal) ? "file://" : "file:///") + Escape(path, absolute: true);
    }

    /// <summary>Percent-encodes a path for a URI, keeping `/` (and `:` in absolute ones, for drive letters).</summary>
    private static string Escape(string path, bool absolute)
    {
        var builder = new StringBuilder(path.Length);
        foreach (var b in Encoding.UTF8.GetBytes(path))
        {
            var c = (char)b;
            var plain = c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9')
                or '-' or '.' or '_' or '~' or '/' || (absolute && c == ':');
            if (plain)
            {
                builder.Append(c);
            }
            else
            {
                builder.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return builder.ToString();
    }

    private static string ToolVersion()
    {
        var assembly = typeof(SarifWriter).Assembly;
        var version = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
            ?? assembly.GetName().Version?.ToString()
            ?? "0.0.0";

        // Source control metadata after `+` makes every build look like a different tool version.
        var plus = version.IndexOf('+');
        return plus > 0 ? version.Substring(0, plus) : version;
    }

    private static string InformationUri()
    {
        var blob = RuleCatalog.HelpUriBase.IndexOf("/blob/", StringComparison.Ordinal);
        return blob > 0 ? RuleCatalog.HelpUriBase.Substring(0, blob) : RuleCatalog.HelpUriBase;
    }

    /// <summary>A rule's name is its constant's name in <see cref="RuleIds"/> (AnonymousAccess for RCA0001).</summary>
    private static Dictionary<string, string> ReadRuleNames()
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var field in typeof(RuleIds).GetFields(BindingFlags.Public | BindingFlags.Static))
        {
            if (field.IsLiteral && field.GetRawConstantValue() is string id && !names.ContainsKey(id))
            {
                names.Add(id, field.Name);
            }
        }

        return names;
    }
}
