using System;
using System.Collections.Generic;
using System.Text;

namespace RegistryConfigAnalyzers.Engine.Deployments;

/// <summary>One word of a <c>sh -c</c> script as the shell hands it to the program it runs.</summary>
internal static class ShellWord
{
    /// <summary>
    /// Removes quotes and expands <c>$NAME</c> and <c>${NAME}</c> from the container's environment.
    /// Null when the word depends on what is not known: a variable that is unset or has no known
    /// value, another expansion (<c>$(…)</c>, <c>${NAME:-…}</c>, <c>$1</c>), or an unquoted value
    /// that the shell would split or glob.
    /// </summary>
    public static string? Expand(string word, IReadOnlyDictionary<string, string?> env)
    {
        var result = new StringBuilder(word.Length);
        var quoted = false;
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            if (c == '\'' && !quoted)
            {
                var close = word.IndexOf('\'', i + 1);
                if (close < 0)
                {
                    return null;
                }

                result.Append(word, i + 1, close - i - 1);
                i = close;
                continue;
            }

            if (c == '"')
            {
                quoted = !quoted;
                continue;
            }

            if (c == '`')
            {
                return null;
            }

            if (c == '\\' && i + 1 < word.Length)
            {
                // In double quotes a backslash escapes only these; elsewhere it escapes anything.
                var next = word[i + 1];
                if (!quoted || next is '$' or '`' or '"' or '\\')
                {
                    result.Append(next);
                    i++;
                    continue;
                }

                result.Append(c);
                continue;
            }

            if (c != '$')
            {
                result.Append(c);
                continue;
            }

            var (name, length) = Name(word, i + 1);
            if (length == 0)
            {
                if (i + 1 < word.Length && word[i + 1] is '(' or '{' or '@' or '*' or '#' or '?' or '!' or '-' ||
                    i + 1 < word.Length && char.IsDigit(word[i + 1]))
                {
                    return null;
                }

                result.Append('$');
                continue;
            }

            if (!env.TryGetValue(name!, out var known) || known is not { } value ||
                (!quoted && value.IndexOfAny(SplitOrGlob) >= 0))
            {
                return null;
            }

            result.Append(value);
            i += length;
        }

        return quoted || result.Length == 0 ? null : result.ToString();
    }

    private static readonly char[] SplitOrGlob = { ' ', '\t', '\n', '*', '?', '[' };

    // `NAME` or `{NAME}` after a `$`; the length counts the braces.
    private static (string? Name, int Length) Name(string word, int start)
    {
        var braced = start < word.Length && word[start] == '{';
        var i = braced ? start + 1 : start;
        var first = i;
        while (i < word.Length && (word[i] == '_' || char.IsLetterOrDigit(word[i])) &&
            (i > first || !char.IsDigit(word[i])))
        {
            i++;
        }

        if (i == first || (braced && (i >= word.Length || word[i] != '}')))
        {
            return (null, 0);
        }

        var name = word.Substring(first, i - first);
        return (name, braced ? i - start + 1 : i - start);
    }
}
