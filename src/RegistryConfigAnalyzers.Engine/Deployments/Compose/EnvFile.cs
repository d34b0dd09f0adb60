using System;
using System.Collections.Generic;
using System.Text;

namespace RegistryConfigAnalyzers.Engine.Deployments.Compose;

/// <summary>Reads an <c>env_file</c> the way compose does: <c>KEY=VALUE</c> lines, quotes, comments.</summary>
internal static class EnvFile
{
    public static List<EnvEntry> Read(SourceText file)
    {
        var entries = new List<EnvEntry>();
        for (var line = 1; line <= file.LineCount; line++)
        {
            var text = file.Line(line);
            var body = text.TrimStart();
            if (body.Length == 0 || body[0] == '#')
            {
                continue;
            }

            var column = text.Length - body.Length + 1;
            if (body.StartsWith("export ", StringComparison.Ordinal))
            {
                body = body.Substring(7).TrimStart();
            }

            var equals = body.IndexOf('=');
            var name = (equals < 0 ? body : body.Substring(0, equals)).Trim();
            if (name.Length == 0 || name.IndexOf(' ') >= 0)
            {
                continue;
            }

            if (equals < 0)
            {
                // A bare name takes its value from the shell that runs compose.
                var bare = Span(file, line, column, line, text.Length + 1);
                entries.Add(new EnvEntry(name, null, bare, EnvOrigin.Unknown));
                continue;
            }

            var raw = body.Substring(equals + 1).TrimStart();
            var endLine = line;
            var endColumn = text.TrimEnd().Length + 1;
            string? value;
            if (raw.StartsWith("'", StringComparison.Ordinal))
            {
                var close = raw.IndexOf('\'', 1);
                value = close < 0 ? raw.Substring(1) : raw.Substring(1, close - 1);
            }
            else if (raw.StartsWith("\"", StringComparison.Ordinal))
            {
                value = ReadDoubleQuoted(file, raw, ref endLine, ref endColumn);
                value = value is null ? null : ComposeText.Interpolate(value);
            }
            else
            {
                var comment = raw.IndexOf(" #", StringComparison.Ordinal);
                value = ComposeText.Interpolate((comment < 0 ? raw : raw.Substring(0, comment)).Trim());
            }

            var span = Span(file, line, column, endLine, endColumn);
            entries.Add(new EnvEntry(name, value, span, value is null ? EnvOrigin.Unknown : EnvOrigin.EnvFile));
            line = endLine;
        }

        return entries;
    }

    private static string? ReadDoubleQuoted(SourceText file, string first, ref int line, ref int endColumn)
    {
        var value = new StringBuilder();
        var rest = first.Substring(1);
        while (true)
        {
            for (var i = 0; i < rest.Length; i++)
            {
                var c = rest[i];
                if (c == '"')
                {
                    endColumn = file.Line(line).TrimEnd().Length + 1;
                    return value.ToString();
                }

                if (c == '\\' && i + 1 < rest.Length)
                {
                    var next = rest[++i];
                    value.Append(next switch { 'n' => '\n', 't' => '\t', 'r' => '\r', _ => next });
                    continue;
                }

                value.Append(c);
            }

            // A double-quoted value may go on over several lines.
            if (line >= file.LineCount)
            {
                return null;
            }

            value.Append('\n');
            rest = file.Line(++line);
        }
    }

    private static SourceSpan Span(SourceText file, int line, int column, int endLine, int endColumn) =>
        new(file.Path, file.At(line, column), file.At(endLine, endColumn));
}
