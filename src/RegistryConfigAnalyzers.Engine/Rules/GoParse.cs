using System;
using System.Globalization;
using System.Linq;
using RegistryConfigAnalyzers.Engine.Model;
using RegistryConfigAnalyzers.Engine.Yaml;

namespace RegistryConfigAnalyzers.Engine.Rules;

/// <summary>
/// The Go standard-library parsers that storage drivers and middleware apply to string
/// parameters, so a string is judged the way the registry's own code judges it.
/// </summary>
internal static class GoParse
{
    /// <summary>strconv.ParseUint(text, 0, 64).</summary>
    public static bool TryParseUint(string text, out ulong value) =>
        TryParseBase0(text, false, out value, out _);

    /// <summary>strconv.ParseInt(text, 0, 64).</summary>
    public static bool TryParseInt64(string text, out long value)
    {
        value = 0;
        if (!TryParseBase0(text, true, out var magnitude, out var negative))
        {
            return false;
        }

        if (negative ? magnitude > 9223372036854775808UL : magnitude > long.MaxValue)
        {
            return false;
        }

        value = unchecked(negative ? -(long)magnitude : (long)magnitude);
        return true;
    }

    /// <summary>
    /// fmt.Sscanf(text, "%d"): spaces, a sign and decimal digits at the start, the rest ignored;
    /// an underscore among the digits or a value past int64 fails.
    /// </summary>
    public static bool TryScanLeadingInt(string text, out long value)
    {
        value = 0;
        var i = 0;
        while (i < text.Length && text[i] != '\n' && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        var start = i;
        if (i < text.Length && text[i] is '+' or '-')
        {
            i++;
        }

        var digits = i;
        while (i < text.Length && text[i] is (>= '0' and <= '9') or '_')
        {
            i++;
        }

        if (i == digits)
        {
            return false;
        }

        var token = text.Substring(start, i - start);
        return token.IndexOf('_') < 0 &&
            long.TryParse(token, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>fmt.Sprint of what yaml.v2 decodes the scalar into, as far as a leading integer goes.</summary>
    public static string Sprint(ConfigScalar scalar)
    {
        switch (scalar.Type)
        {
            case ScalarType.Int:
                // Past int64 yaml.v2 gives a uint64; any such number is past what a scan of int64 takes.
                return YamlScalars.FitsInt64(scalar.Text) && YamlScalars.TryParseInt(scalar.Text, out var n)
                    ? n.ToString(CultureInfo.InvariantCulture)
                    : ulong.MaxValue.ToString(CultureInfo.InvariantCulture);
            case ScalarType.Float:
                return SprintFloat(scalar.Text);
            case ScalarType.Bool:
                return scalar.IsTrue ? "true" : "false";
            case ScalarType.Null:
                return "<nil>";
            default:
                return scalar.Text;
        }
    }

    /// <summary>
    /// Go's %v for a float64 is the shortest %g: exponent form when the decimal exponent is below -4
    /// or at least 6 (1e6 prints as 1e+06), plain decimals otherwise.
    /// </summary>
    private static string SprintFloat(string text)
    {
        var t = text.Replace("_", string.Empty);
        if (t.TrimStart('+', '-').Equals(".inf", StringComparison.OrdinalIgnoreCase))
        {
            return t[0] == '-' ? "-Inf" : "+Inf";
        }

        if (!double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out var x) || double.IsNaN(x))
        {
            return "NaN";
        }

        if (x == 0)
        {
            return "0";
        }

        var sign = x < 0 ? "-" : string.Empty;
        var shortest = Math.Abs(x).ToString("R", CultureInfo.InvariantCulture);
        int exponent;
        char lead;
        var e = shortest.IndexOf('E');
        if (e >= 0)
        {
            exponent = int.Parse(
                shortest.Substring(e + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            lead = shortest[0];
        }
        else if (shortest.StartsWith("0.", StringComparison.Ordinal))
        {
            var zeros = shortest.Substring(2).TakeWhile(ch => ch == '0').Count();
            exponent = -(zeros + 1);
            lead = shortest[2 + zeros];
        }
        else
        {
            var point = shortest.IndexOf('.');
            exponent = (point < 0 ? shortest.Length : point) - 1;
            lead = shortest[0];
        }

        // Only the part before the first non-digit matters to a scan for an integer.
        return exponent < -4 || exponent >= 6
            ? sign + lead + "e"
            : sign + Math.Truncate(Math.Abs(x)).ToString("F0", CultureInfo.InvariantCulture);
    }

    /// <summary>Whether strconv.ParseBool reads the text.</summary>
    public static bool IsBool(string text) =>
        BoolValue(text) || text is "0" or "f" or "F" or "FALSE" or "false" or "False";

    /// <summary>What strconv.ParseBool reads the text as, false when it cannot.</summary>
    public static bool BoolValue(string text) => text is "1" or "t" or "T" or "TRUE" or "true" or "True";

    /// <summary>
    /// Whether url.Parse accepts the text and finds both a scheme and a host in it, which is what
    /// the redirect middleware insists on.
    /// </summary>
    public static bool IsUrlWithSchemeAndHost(string text)
    {
        if (text.Any(ch => ch < 0x20 || ch == 0x7f))
        {
            return false;
        }

        var hash = text.IndexOf('#');
        if (hash >= 0)
        {
            if (!ValidEscapes(text.Substring(hash + 1)))
            {
                return false;
            }

            text = text.Substring(0, hash);
        }

        var colon = text.IndexOf(':');
        if (colon <= 0 || !char.IsLetter(text[0]) || text[0] > 0x7f ||
            !text.Take(colon).All(ch => ch < 0x80 && (char.IsLetterOrDigit(ch) || ch is '+' or '-' or '.')))
        {
            return false;
        }

        var rest = text.Substring(colon + 1);
        var query = rest.IndexOf('?');
        if (query >= 0)
        {
            rest = rest.Substring(0, query);
        }

        // Without "//" the rest is opaque and the URL has no host.
        if (!rest.StartsWith("//", StringComparison.Ordinal) ||
            rest.StartsWith("///", StringComparison.Ordinal))
        {
            return false;
        }

        rest = rest.Substring(2);
        var slash = rest.IndexOf('/');
        var authority = slash >= 0 ? rest.Substring(0, slash) : rest;
        var path = slash >= 0 ? rest.Substring(slash) : string.Empty;
        var at = authority.LastIndexOf('@');
        var host = at >= 0 ? authority.Substring(at + 1) : authority;
        return ValidHost(host) && ValidEscapes(path) && (at < 0 || ValidEscapes(authority.Substring(0, at)));
    }

    private static bool ValidHost(string host)
    {
        string name;
        string port;
        if (host.StartsWith("[", StringComparison.Ordinal))
        {
            var close = host.LastIndexOf(']');
            if (close < 0)
            {
                return false;
            }

            name = host.Substring(1, close - 1);
            port = host.Substring(close + 1);
            if (port.Length > 0 && port[0] != ':')
            {
                return false;
            }
        }
        else
        {
            var colon = host.LastIndexOf(':');
            name = colon >= 0 ? host.Substring(0, colon) : host;
            port = colon >= 0 ? host.Substring(colon) : string.Empty;
        }

        if (port.Length > 0 && !port.Skip(1).All(ch => ch is >= '0' and <= '9'))
        {
            return false;
        }

        // url.Parse keeps an empty host ("http://:80") without error; the redirect check then fails.
        return host.Length > 0 && ValidEscapes(name) &&
            name.All(ch => ch >= 0x80 || char.IsLetterOrDigit(ch) || "-._~!$&'()*+,;=:[]<>\"%".IndexOf(ch) >= 0);
    }

    private static bool ValidEscapes(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] != '%')
            {
                continue;
            }

            if (i + 2 >= text.Length)
            {
                return false;
            }

            if (!Uri.IsHexDigit(text[i + 1]) || !Uri.IsHexDigit(text[i + 2]))
            {
                return false;
            }

            i += 2;
        }

        return true;
    }

    private static bool TryParseBase0(string text, bool signed, out ulong value, out bool negative)
    {
        value = 0;
        negative = false;
        var s = text;
        if (signed && s.Length > 0 && s[0] is '+' or '-')
        {
            negative = s[0] == '-';
            s = s.Substring(1);
        }

        if (s.Length == 0 || !UnderscoresOk(s))
        {
            return false;
        }

        var radix = 10;
        if (s[0] == '0' && s.Length > 1)
        {
            (radix, s) = char.ToLowerInvariant(s[1]) switch
            {
                'x' => (16, s.Substring(2)),
                'b' => (2, s.Substring(2)),
                'o' => (8, s.Substring(2)),
                _ => (8, s.Substring(1)),
            };
        }

        s = s.Replace("_", string.Empty);
        if (s.Length == 0)
        {
            return false;
        }

        foreach (var ch in s)
        {
            var digit = ch switch
            {
                >= '0' and <= '9' => ch - '0',
                >= 'a' and <= 'z' => ch - 'a' + 10,
                >= 'A' and <= 'Z' => ch - 'A' + 10,
                _ => 99,
            };
            if (digit >= radix)
            {
                return false;
            }

            try
            {
                value = checked((value * (ulong)radix) + (ulong)digit);
            }
            catch (OverflowException)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Go's base-0 rule: an underscore only between digits, or after a base prefix.</summary>
    private static bool UnderscoresOk(string s)
    {
        var saw = '^';
        var i = 0;
        var hex = false;
        if (s.Length >= 2 && s[0] == '0' && char.ToLowerInvariant(s[1]) is 'b' or 'o' or 'x')
        {
            hex = char.ToLowerInvariant(s[1]) == 'x';
            i = 2;
            saw = '0';
        }

        for (; i < s.Length; i++)
        {
            var ch = s[i];
            if (ch is >= '0' and <= '9' || (hex && Uri.IsHexDigit(ch)))
            {
                saw = '0';
            }
            else if (ch == '_')
            {
                if (saw != '0')
                {
                    return false;
                }

                saw = '_';
            }
            else
            {
                if (saw == '_')
                {
                    return false;
                }

                saw = '!';
            }
        }

        return saw != '_';
    }
}
