using System;
using System.Collections.Generic;
using System.IO;
using System.Security.Cryptography;
using System.Text;
using RegistryConfigAnalyzers.Engine;

namespace RegistryConfigAnalyzers.Tasks;

/// <summary>
/// The engine's findings from the last build, keyed by file, registry version and content hash.
/// The check runs on every build so that its findings are always shown again; replaying them
/// for an unchanged file spares the engine's start-up cost, most of the time of a no-op build.
/// Findings are stored before the project's severity settings apply, so changing NoWarn needs
/// no new analysis. Any problem with the file only means the engine runs again.
/// </summary>
internal sealed class FindingsCache
{
    private const string FileHeader = "RegistryConfigAnalyzers findings cache 2";
    private const string FileLine = "F";
    private const string FindingLine = "R";
    private const char SuppressedMark = 'S';

    private readonly string? _path;
    private readonly string _stamp;
    private readonly string _previousText;
    private readonly Dictionary<string, IReadOnlyList<Finding>?> _previous;
    private readonly SortedDictionary<string, IReadOnlyList<Finding>?> _current = new(StringComparer.Ordinal);

    private FindingsCache(string? path, string stamp, string previousText,
        Dictionary<string, IReadOnlyList<Finding>?> previous)
    {
        _path = path;
        _stamp = stamp;
        _previousText = previousText;
        _previous = previous;
    }

    /// <summary>Reads the cache file; a missing, stale or damaged one gives an empty cache.</summary>
    public static FindingsCache Load(string? path)
    {
        // A rebuilt task or engine may judge differently, so their builds are part of the stamp.
        var stamp = string.Join(" ", FileHeader, ModuleId(typeof(FindingsCache)),
            ModuleId(typeof(RegistryConfigEngine)));
        var entries = new Dictionary<string, IReadOnlyList<Finding>?>(StringComparer.Ordinal);
        if (string.IsNullOrEmpty(path))
        {
            return new FindingsCache(null, stamp, "", entries);
        }

        try
        {
            var text = File.Exists(path) ? File.ReadAllText(path) : "";
            return new FindingsCache(path, stamp, text, Parse(text, stamp) ?? entries);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException
                                      or NotSupportedException)
        {
            return new FindingsCache(path, stamp, "", entries);
        }
    }

    public bool Enabled => _path is not null;

    public static string KeyOf(string fullPath, RegistryVersion version, bool declared, string text)
    {
        using var sha = SHA256.Create();
        var hash = BitConverter.ToString(sha.ComputeHash(Encoding.UTF8.GetBytes(text))).Replace("-", "");
        return string.Join("|", fullPath, (int)version, declared ? "declared" : "detected", hash);
    }

    /// <summary>Finds the findings of an unchanged file; <c>null</c> findings mean it is no registry config.</summary>
    public bool TryGet(string key, out IReadOnlyList<Finding>? findings)
    {
        if (_path is null || !_previous.TryGetValue(key, out findings))
        {
            findings = null;
            return false;
        }

        _current[key] = findings;
        return true;
    }

    public void Put(string key, IReadOnlyList<Finding>? findings) => _current[key] = findings;

    /// <summary>Writes what this build found, and only when it differs from what is on disk.</summary>
    public void Save()
    {
        if (_path is null)
        {
            return;
        }

        var text = Format();
        if (text == _previousText)
        {
            return;
        }

        // Written aside and moved into place, so a build reading the cache at the same time sees
        // a whole file or none.
        var temporary = _path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(_path))!);
            File.WriteAllText(temporary, text);
#if NETFRAMEWORK
            if (File.Exists(_path))
            {
                File.Delete(_path);
            }

            File.Move(temporary, _path);
#else
            File.Move(temporary, _path, overwrite: true);
#endif
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException
                                      or NotSupportedException)
        {
            // Without a cache the next build only takes longer.
        }
        finally
        {
            // A move that lost the race to another build's leaves the written file behind.
            TryDelete(temporary);
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            if (File.Exists(path))
            {
                File.Delete(path);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException
                                      or NotSupportedException)
        {
            // A stray temporary file does no harm beyond its disk space.
        }
    }

    private string Format()
    {
        var text = new StringBuilder().Append(_stamp).Append('\n');
        foreach (var entry in _current)
        {
            text.Append(FileLine).Append('\t').Append(Escape(entry.Key)).Append('\t')
                .Append(entry.Value is null ? "none" : "config").Append('\n');
            foreach (var finding in entry.Value ?? Array.Empty<Finding>())
            {
                var span = finding.Span;
                text.Append(FindingLine).Append('\t').Append(Escape(finding.RuleId))
                    .Append('\t').Append((int)finding.Severity)
                    .Append('\t').Append(Position(span.Start))
                    .Append('\t').Append(Position(span.End))
                    .Append('\t').Append(Escape(span.Source))
                    .Append('\t').Append(Escape(finding.Message));

                // A suppressed finding keeps its reason, so a replay still tells it from a reported one.
                if (finding.SuppressionReason is not null)
                {
                    text.Append('\t').Append(SuppressedMark).Append(Escape(finding.SuppressionReason));
                }

                text.Append('\n');
            }
        }

        return text.ToString();
    }

    private static Dictionary<string, IReadOnlyList<Finding>?>? Parse(string text, string stamp)
    {
        var lines = text.Split('\n');
        if (lines[0] != stamp)
        {
            return null;
        }

        var entries = new Dictionary<string, IReadOnlyList<Finding>?>(StringComparer.Ordinal);
        List<Finding>? findings = null;
        foreach (var line in lines)
        {
            var fields = line.Split('\t');
            if (fields[0] == FileLine && fields.Length == 3)
            {
                findings = fields[2] == "config" ? new List<Finding>() : null;
                entries[Unescape(fields[1])] = findings;
            }
            else if (fields[0] == FindingLine && (fields.Length is 7 or 8) && findings is not null)
            {
                if (!int.TryParse(fields[2], out var severity) || !TryParsePosition(fields[3], out var start)
                    || !TryParsePosition(fields[4], out var end))
                {
                    return null;
                }

                string? reason = null;
                if (fields.Length == 8)
                {
                    if (fields[7].Length == 0 || fields[7][0] != SuppressedMark)
                    {
                        return null;
                    }

                    reason = Unescape(fields[7].Substring(1));
                }

                var span = new SourceSpan(Unescape(fields[5]), start, end);
                findings.Add(new Finding(Unescape(fields[1]), (FindingSeverity)severity, Unescape(fields[6]), span,
                    suppressionReason: reason));
            }
            else if (line.Length > 0 && line != stamp)
            {
                return null;
            }
        }

        return entries;
    }

    private static string Position(SourcePosition position) =>
        $"{position.Line},{position.Column},{position.Offset}";

    private static bool TryParsePosition(string text, out SourcePosition position)
    {
        var parts = text.Split(',');
        if (parts.Length == 3 && int.TryParse(parts[0], out var line) && int.TryParse(parts[1], out var column)
            && int.TryParse(parts[2], out var offset))
        {
            position = new SourcePosition(line, column, offset);
            return true;
        }

        position = default;
        return false;
    }

    private static string Escape(string text) =>
        text.Replace("\\", "\\\\").Replace("\t", "\\t").Replace("\n", "\\n").Replace("\r", "\\r");

    private static string Unescape(string text)
    {
        var result = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] != '\\' || i + 1 == text.Length)
            {
                result.Append(text[i]);
                continue;
            }

            i++;
            result.Append(text[i] switch
            {
                't' => '\t',
                'n' => '\n',
                'r' => '\r',
                _ => text[i],
            });
        }

        return result.ToString();
    }

    private static string ModuleId(Type type) => type.Assembly.ManifestModule.ModuleVersionId.ToString("N");
}
