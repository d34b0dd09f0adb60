using System.Collections.Generic;
using System.Text;

namespace RegistryConfigAnalyzers.Engine.Deployments.Compose;

/// <summary>How compose reads strings: <c>${VAR}</c> interpolation and shell-like splitting of commands.</summary>
internal static class ComposeText
{
    /// <summary>
    /// The value after interpolation, or null when it uses a variable: the value then depends on the
    /// shell or the <c>.env</c> file of whoever runs compose, which the checker does not know.
    /// </summary>
    public static string? Interpolate(string raw)
    {
        if (raw.IndexOf('$') < 0)
        {
            return raw;
        }

        var result = new StringBuilder(raw.Length);
        for (var i = 0; i < raw.Length; i++)
        {
            var c = raw[i];
            if (c != '$')
            {
                result.Append(c);
                continue;
            }

            var next = i + 1 < raw.Length ? raw[i + 1] : '\0';
            if (next == '$')
            {
                result.Append('$');
                i++;
                continue;
            }

            if (next == '{' || next == '_' || char.IsLetter(next))
            {
                return null;
            }

            result.Append('$');
        }

        return result.ToString();
    }

    /// <summary>Splits a command string the way compose does (POSIX shell words, no expansion).</summary>
    public static List<string> SplitWords(string command)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        var inWord = false;
        for (var i = 0; i < command.Length; i++)
        {
            var c = command[i];
            if (c == '\'')
            {
                inWord = true;
                var close = command.IndexOf('\'', i + 1);
                close = close < 0 ? command.Length : close;
                word.Append(command, i + 1, close - i - 1);
                i = close;
                continue;
            }

            if (c == '"')
            {
                inWord = true;
                for (i++; i < command.Length && command[i] != '"'; i++)
                {
                    if (command[i] == '\\' && i + 1 < command.Length && command[i + 1] is '"' or '\\' or '$' or '`')
                    {
                        i++;
                    }

                    word.Append(command[i]);
                }

                continue;
            }

            if (c == '\\' && i + 1 < command.Length)
            {
                inWord = true;
                word.Append(command[++i]);
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                if (inWord)
                {
                    words.Add(word.ToString());
                    word.Clear();
                    inWord = false;
                }

                continue;
            }

            inWord = true;
            word.Append(c);
        }

        if (inWord)
        {
            words.Add(word.ToString());
        }

        return words;
    }
}
