using System;
using System.Collections.Generic;
using RegistryConfigAnalyzers.Engine;

namespace RegistryConfigAnalyzers.Cli;

/// <summary>
/// Reads an environment file the way <c>docker run --env-file</c> does: <c>NAME=VALUE</c> lines whose value
/// is taken literally (quotes included), <c>#</c> comment lines, and a bare <c>NAME</c> that passes the
/// variable on from the environment the tool runs in.
/// </summary>
internal static class EnvFile
{
    /// <summary>
    /// The variables of <paramref name="text"/>, each with the span of its line; lines that are not
    /// <c>NAME=VALUE</c> (docker refuses them) go to <paramref name="skipped"/>.
    /// </summary>
    public static List<EnvironmentVariable> Parse(string source, string text,
        IReadOnlyDictionary<string, string> environment, List<(int Line, string Text)> skipped)
    {
        var variables = new List<EnvironmentVariable>();
        var lines = text.Split('\n');
        var offset = 0;
        for (var i = 0; i < lines.Length; offset += lines[i].Length + 1, i++)
        {
            var line = lines[i].TrimEnd('\r');
            if (i == 0)
            {
                line = line.TrimStart('\uFEFF');
            }

            var indent = line.Length - line.TrimStart().Length;
            var entry = line.Substring(indent);
            if (entry.Length == 0 || entry[0] == '#')
            {
                continue;
            }

            var equals = entry.IndexOf('=');
            var name = equals < 0 ? entry : entry.Substring(0, equals);
            if (name.Length == 0 || HasWhiteSpace(name))
            {
                skipped.Add((i + 1, entry));
                continue;
            }

            string? value;
            if (equals >= 0)
            {
                value = entry.Substring(equals + 1);
            }
            else if (!environment.TryGetValue(name, out value))
            {
                // docker passes a bare name on only when the variable is set.
                continue;
            }

            var lineStart = offset + (lines[i].Length - lines[i].TrimStart('\uFEFF').Length);
            var span = new SourceSpan(source,
                new SourcePosition(i + 1, indent + 1, lineStart + indent),
                new SourcePosition(i + 1, line.Length + 1, lineStart + line.Length));
            variables.Add(new EnvironmentVariable(name, value, span));
        }

        return variables;
    }

    private static bool HasWhiteSpace(string name)
    {
        foreach (var c in name)
        {
            if (char.IsWhiteSpace(c))
            {
                return true;
            }
        }

        return false;
    }
}
