using System;
using System.Globalization;
using System.Text.RegularExpressions;
using RegistryConfigAnalyzers.Engine.Model;

namespace RegistryConfigAnalyzers.Engine.Yaml;

/// <summary>Resolves plain scalars the way Go's yaml.v2 does (YAML 1.1 booleans, base prefixes).</summary>
internal static class YamlScalars
{
    public static ScalarType Resolve(YamlScalar scalar) => Resolve(scalar, out _);

    /// <summary>
    /// Resolves a scalar with its tag the way yaml.v2 does: core tags are checked against the value
    /// (a mismatch is an error), any other tag (custom, or a lone <c>!</c>) makes the value a string.
    /// </summary>
    public static ScalarType Resolve(YamlScalar scalar, out string? error)
    {
        error = scalar.TagError;
        if (scalar.Tag is null)
        {
            return scalar.IsPlain ? ResolvePlain(scalar.Value) : ScalarType.String;
        }

        var plain = ResolvePlain(scalar.Value);
        switch (scalar.Tag)
        {
            case "!!str":
            case "!!binary":
                return ScalarType.String;
            case "!!null":
                return Expect(plain, ScalarType.Null, ScalarType.Null, scalar, ref error);
            case "!!bool":
                return Expect(plain, ScalarType.Bool, ScalarType.Bool, scalar, ref error);
            case "!!int":
                return Expect(plain, ScalarType.Int, ScalarType.Int, scalar, ref error);
            case "!!float":
                return Expect(plain, ScalarType.Float, ScalarType.Int, scalar, ref error) == ScalarType.Int ? ScalarType.Float : ScalarType.Float;
            case "!!timestamp":
                if (!LooksLikeTimestamp(scalar.Value))
                {
                    error ??= $"cannot decode `{scalar.Value}` as a !!timestamp";
                }

                return ScalarType.String;
            default:
                return ScalarType.String;
        }
    }

    private static ScalarType Expect(ScalarType plain, ScalarType wanted, ScalarType alsoAccepted, YamlScalar scalar, ref string? error)
    {
        if (plain != wanted && plain != alsoAccepted)
        {
            error ??= $"cannot decode `{scalar.Value}` as a {scalar.Tag}";
        }

        return wanted;
    }

    private static bool LooksLikeTimestamp(string text) =>
        Regex.IsMatch(text, @"^\d{4}-\d{1,2}-\d{1,2}([Tt ]\s*\d{1,2}:\d{2}:\d{2}(\.\d*)?\s*(Z|[-+]\d{1,2}(:\d{2})?)?)?$",
            RegexOptions.CultureInvariant);

    public static ScalarType ResolvePlain(string text)
    {
        if (text is "" or "~" or "null" or "Null" or "NULL")
        {
            return ScalarType.Null;
        }

        if (IsBool(text))
        {
            return ScalarType.Bool;
        }

        if (text is ".inf" or ".Inf" or ".INF" or "+.inf" or "+.Inf" or "+.INF" or "-.inf" or "-.Inf" or "-.INF"
            or ".nan" or ".NaN" or ".NAN")
        {
            return ScalarType.Float;
        }

        var c = text[0];
        if (c is (>= '0' and <= '9') or '-' or '+' or '.')
        {
            if (IsInt(text))
            {
                return ScalarType.Int;
            }

            if (IsFloatLiteral(c == '.' ? text : text.Replace("_", string.Empty)))
            {
                return ScalarType.Float;
            }
        }

        return ScalarType.String;
    }

    /// <summary>
    /// yaml.v2's float pattern <c>^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$</c>, where
    /// <c>$</c> also matches before a final line feed (a quoted value tagged !!float can end in one).
    /// </summary>
    private static bool IsFloatLiteral(string text)
    {
        var end = text.Length > 0 && text[text.Length - 1] == '\n' ? text.Length - 1 : text.Length;
        var i = 0;
        if (i < end && text[i] is '-' or '+')
        {
            i++;
        }

        if (i < end && text[i] == '.')
        {
            i++;
            if (Digits(text, ref i, end) == 0)
            {
                return false;
            }
        }
        else
        {
            if (Digits(text, ref i, end) == 0)
            {
                return false;
            }

            if (i < end && text[i] == '.')
            {
                i++;
                Digits(text, ref i, end);
            }
        }

        if (i < end && text[i] is 'e' or 'E')
        {
            i++;
            if (i < end && text[i] is '-' or '+')
            {
                i++;
            }

            if (Digits(text, ref i, end) == 0)
            {
                return false;
            }
        }

        return i == end;
    }

    private static int Digits(string text, ref int i, int end)
    {
        var start = i;
        while (i < end && text[i] is >= '0' and <= '9')
        {
            i++;
        }

        return i - start;
    }

    /// <summary>
    /// The scalar a YAML parser reads from <paramref name="text"/> when the text is one plain
    /// scalar on one line (a word, a number, a path, a URL, an address), or null when it may be
    /// anything else and needs the parser. It errs on the side of null.
    /// </summary>
    public static YamlScalar? ReadPlainLine(string text)
    {
        if (text.Length == 0 || text[0] == ' ' || text[text.Length - 1] is ' ' or ':')
        {
            return null;
        }

        var first = text[0];
        var second = text.Length > 1 ? text[1] : ' ';
        var startsPlain = first is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9')
            or '/' or '.' or '_' or '~' or '+' or '(' or ')' or '$' or '^' or '=' or ';' or '<' or '\\'
            || (first is '-' or '?' or ':' && second != ' ' && !text.StartsWith("---", StringComparison.Ordinal));
        if (!startsPlain || text.StartsWith("...", StringComparison.Ordinal))
        {
            return null;
        }

        for (var i = 1; i < text.Length; i++)
        {
            var c = text[i];
            if (c is < ' ' or > '~' or '[' or ']' or '{' or '}' or ',' ||
                (c == ' ' && text[i + 1] is ' ' or '#') || (c == ':' && text[i + 1] == ' '))
            {
                return null;
            }
        }

        var end = new SourcePosition(1, text.Length + 1, text.Length);
        return new YamlScalar(text, ScalarStyle.Plain, new SourcePosition(1, 1, 0), end);
    }

    public static bool IsBool(string text) => text is "y" or "Y" or "yes" or "Yes" or "YES" or "true" or "True"
        or "TRUE" or "on" or "On" or "ON" or "n" or "N" or "no" or "No" or "NO" or "false" or "False" or "FALSE"
        or "off" or "Off" or "OFF";

    public static bool BoolValue(string text) => text is "y" or "Y" or "yes" or "Yes" or "YES" or "true" or "True"
        or "TRUE" or "on" or "On" or "ON";

    /// <summary>Go's strconv.ParseInt(text, 0, 64) after yaml.v2 drops underscores, plus 0b binary.</summary>
    public static bool IsInt(string text) => TryParseInt(text, out _);

    /// <summary>Whether an integer literal fits Go's int (yaml.v2 also reads larger ones as uint64).</summary>
    public static bool FitsInt64(string text) => TryParseInt(text, out _, out var overflow) && !overflow;

    /// <summary>Whether yaml.v2 can truncate this float into a 64-bit integer field.</summary>
    public static bool FloatFitsInt64(string text)
    {
        var t = text.Replace("_", string.Empty);
        if (t is ".inf" or ".Inf" or ".INF" or "+.inf" or "+.Inf" or "+.INF" or "-.inf" or "-.Inf" or "-.INF")
        {
            return true;
        }

        return double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) &&
            !double.IsNaN(d) && d <= long.MaxValue;
    }

    /// <summary>Go's strings.ToLower, which maps U+0130 to a plain 'i' unlike .NET's invariant culture.</summary>
    public static string GoToLower(string text) => text.Replace('\u0130', 'i').ToLowerInvariant();

    public static bool TryParseInt(string text, out long value) => TryParseInt(text, out value, out _);

    private static bool TryParseInt(string text, out long value, out bool overflow)
    {
        overflow = false;
        value = 0;

        // Replace returns the same string when there is no underscore, so most texts cost nothing.
        var s = text.Replace("_", string.Empty);
        var i = 0;
        var negative = false;
        if (s.Length > 0 && s[0] is '+' or '-')
        {
            negative = s[0] == '-';
            i = 1;
        }

        if (i == s.Length)
        {
            return false;
        }

        int radix = 10;
        if (s.Length - i > 1 && s[i] == '0')
        {
            switch (s[i + 1])
            {
                case 'x' or 'X':
                    radix = 16;
                    i += 2;
                    break;
                case 'b' or 'B':
                    radix = 2;
                    i += 2;
                    break;
                case 'o' or 'O':
                    radix = 8;
                    i += 2;
                    break;
                default:
                    radix = 8;
                    i += 1;
                    break;
            }
        }

        if (i == s.Length)
        {
            return false;
        }

        ulong acc = 0;
        for (; i < s.Length; i++)
        {
            var ch = s[i];
            var digit = ch switch
            {
                >= '0' and <= '9' => ch - '0',
                >= 'a' and <= 'f' => ch - 'a' + 10,
                >= 'A' and <= 'F' => ch - 'A' + 10,
                _ => 99,
            };
            if (digit >= radix)
            {
                return false;
            }

            // Past ulong, neither of Go's ParseInt and ParseUint takes it.
            if (acc > (ulong.MaxValue - (ulong)digit) / (ulong)radix)
            {
                return false;
            }

            acc = (acc * (ulong)radix) + (ulong)digit;
        }

        // Past long.MaxValue, Go's ParseInt fails but ParseUint takes it: still an integer.
        overflow = negative ? acc > 9223372036854775808UL : acc > long.MaxValue;
        value = unchecked(negative ? -(long)acc : (long)acc);
        return !(negative && overflow);
    }

    /// <summary>Go's time.ParseDuration.</summary>
    public static bool IsGoDuration(string text)
    {
        var s = text;
        if (s.Length > 0 && s[0] is '-' or '+')
        {
            s = s.Substring(1);
        }

        if (s == "0")
        {
            return true;
        }

        if (s.Length == 0)
        {
            return false;
        }

        var i = 0;
        var total = 0.0;
        while (i < s.Length)
        {
            var start = i;
            while (i < s.Length && (char.IsDigit(s[i]) || s[i] == '.'))
            {
                i++;
            }

            var number = s.Substring(start, i - start);
            if (number.Length == 0 || number == "." ||
                !double.TryParse(number, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount))
            {
                return false;
            }

            var unitStart = i;
            while (i < s.Length && !char.IsDigit(s[i]) && s[i] != '.')
            {
                i++;
            }

            var unit = s.Substring(unitStart, i - unitStart);
            var nanos = unit switch
            {
                "ns" => 1.0,
                "us" or "\u00b5s" or "\u03bcs" => 1e3,
                "ms" => 1e6,
                "s" => 1e9,
                "m" => 60e9,
                "h" => 3600e9,
                _ => -1,
            };
            if (nanos < 0)
            {
                return false;
            }

            total += amount * nanos;
        }

        // Go's time.Duration is an int64 of nanoseconds: about 2,562,047 hours at most.
        return total <= long.MaxValue;
    }
}
