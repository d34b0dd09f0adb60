using System;
using System.Globalization;
using System.Text.RegularExpressions;
using RegistryConfigAnalyzers.Engine.Model;

namespace RegistryConfigAnalyzers.Engine.Yaml;

/// <summary>Resolves plain scalars the way Go's yaml.v2 does (YAML 1.1 booleans, base prefixes).</summary>
internal static class YamlScalars
{
    private static readonly Regex FloatPattern = new(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$",
        RegexOptions.CultureInvariant);

    public static ScalarType Resolve(YamlScalar scalar)
    {
        switch (scalar.Tag)
        {
            case "!!str":
            case "!!binary":
                return ScalarType.String;
            case "!!null":
                return ScalarType.Null;
            case "!!bool":
                return IsBool(scalar.Value) ? ScalarType.Bool : ScalarType.String;
            case "!!int":
                return IsInt(scalar.Value) ? ScalarType.Int : ScalarType.String;
            case "!!float":
                return ScalarType.Float;
        }

        return scalar.IsPlain ? ResolvePlain(scalar.Value) : ScalarType.String;
    }

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

            if (FloatPattern.IsMatch(text.Replace("_", string.Empty)))
            {
                return ScalarType.Float;
            }
        }

        return ScalarType.String;
    }

    public static bool IsBool(string text) => text is "y" or "Y" or "yes" or "Yes" or "YES" or "true" or "True"
        or "TRUE" or "on" or "On" or "ON" or "n" or "N" or "no" or "No" or "NO" or "false" or "False" or "FALSE"
        or "off" or "Off" or "OFF";

    public static bool BoolValue(string text) => text is "y" or "Y" or "yes" or "Yes" or "YES" or "true" or "True"
        or "TRUE" or "on" or "On" or "ON";

    /// <summary>Go's strconv.ParseInt(text, 0, 64) after yaml.v2 drops underscores, plus 0b binary.</summary>
    public static bool IsInt(string text) => TryParseInt(text, out _);

    public static bool TryParseInt(string text, out long value)
    {
        value = 0;
        var s = text.Replace("_", string.Empty);
        if (s.Length == 0)
        {
            return false;
        }

        var negative = false;
        if (s[0] is '+' or '-')
        {
            negative = s[0] == '-';
            s = s.Substring(1);
        }

        if (s.Length == 0)
        {
            return false;
        }

        int radix = 10;
        if (s.Length > 1 && s[0] == '0')
        {
            switch (s[1])
            {
                case 'x' or 'X':
                    radix = 16;
                    s = s.Substring(2);
                    break;
                case 'b' or 'B':
                    radix = 2;
                    s = s.Substring(2);
                    break;
                case 'o' or 'O':
                    radix = 8;
                    s = s.Substring(2);
                    break;
                default:
                    radix = 8;
                    s = s.Substring(1);
                    break;
            }
        }

        if (s.Length == 0)
        {
            return false;
        }

        try
        {
            ulong acc = 0;
            foreach (var ch in s)
            {
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

                acc = checked((acc * (ulong)radix) + (ulong)digit);
            }

            value = negative ? -(long)acc : (long)acc;
            return true;
        }
        catch (OverflowException)
        {
            return false;
        }
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
        while (i < s.Length)
        {
            var start = i;
            while (i < s.Length && (char.IsDigit(s[i]) || s[i] == '.'))
            {
                i++;
            }

            var number = s.Substring(start, i - start);
            if (number.Length == 0 || number == "." ||
                !double.TryParse(number, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out _))
            {
                return false;
            }

            var unitStart = i;
            while (i < s.Length && !char.IsDigit(s[i]) && s[i] != '.')
            {
                i++;
            }

            var unit = s.Substring(unitStart, i - unitStart);
            if (unit is not ("ns" or "us" or "\u00b5s" or "\u03bcs" or "ms" or "s" or "m" or "h"))
            {
                return false;
            }
        }

        return true;
    }
}
