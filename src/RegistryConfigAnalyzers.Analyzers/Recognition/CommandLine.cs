using System.Collections.Generic;
using System.Text;

namespace RegistryConfigAnalyzers.Analyzers.Recognition;

/// <summary>
/// Splits <c>ProcessStartInfo.Arguments</c> into the argv the process gets. .NET applies the
/// Windows command-line rules on every OS: spaces and tabs separate, double quotes group and are
/// dropped, backslashes are literal unless they come before a double quote.
/// </summary>
internal static class CommandLine
{
    public static List<string> Split(string text)
    {
        var words = new List<string>();
        var position = 0;
        while (true)
        {
            while (position < text.Length && IsSeparator(text[position]))
            {
                position++;
            }

            if (position == text.Length)
            {
                return words;
            }

            words.Add(NextWord(text, ref position));
        }
    }

    private static string NextWord(string text, ref int position)
    {
        var word = new StringBuilder();
        var quoted = false;
        while (position < text.Length)
        {
            var backslashes = 0;
            for (; position < text.Length && text[position] == '\\'; position++)
            {
                backslashes++;
            }

            if (backslashes > 0)
            {
                // Before a quote, each pair is one backslash and an odd one makes the quote literal.
                var beforeQuote = position < text.Length && text[position] == '"';
                word.Append('\\', beforeQuote ? backslashes / 2 : backslashes);
                if (beforeQuote && backslashes % 2 == 1)
                {
                    word.Append('"');
                    position++;
                }

                continue;
            }

            var current = text[position];
            if (current == '"')
            {
                // Inside quotes, a doubled quote is one literal quote and the quotes go on.
                if (quoted && position + 1 < text.Length && text[position + 1] == '"')
                {
                    word.Append('"');
                    position++;
                }
                else
                {
                    quoted = !quoted;
                }

                position++;
                continue;
            }

            if (!quoted && IsSeparator(current))
            {
                break;
            }

            word.Append(current);
            position++;
        }

        return word.ToString();
    }

    private static bool IsSeparator(char c) => c is ' ' or '\t';
}
