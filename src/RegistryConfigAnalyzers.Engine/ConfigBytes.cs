using System.Text;

namespace RegistryConfigAnalyzers.Engine;

/// <summary>
/// Turns a config file's bytes into text the way the registry's YAML reader does: UTF-16 when the
/// file starts with a UTF-16 byte order mark, UTF-8 otherwise. The mark stays in the text, so the
/// engine sees a second mark as the registry does. A byte sequence the reader refuses is kept as
/// U+FFFD and remembered, so the engine reports it where it is instead of judging a file the
/// registry never reads.
/// </summary>
internal static class ConfigBytes
{
    public static (string Text, int BadOffset, string? Problem) Decode(byte[] bytes)
    {
        if (bytes.Length >= 2 && (bytes[0], bytes[1]) is (0xFF, 0xFE) or (0xFE, 0xFF))
        {
            return DecodeUtf16(bytes, littleEndian: bytes[0] == 0xFF);
        }

        var bad = FirstInvalidUtf8(bytes);
        var text = Encoding.UTF8.GetString(bytes);
        if (bad < 0)
        {
            return (text, -1, null);
        }

        var offset = Encoding.UTF8.GetCharCount(bytes, 0, bad);
        return (text, offset, $"byte 0x{bytes[bad]:X2} at byte {bad} is not UTF-8");
    }

    private static (string, int, string?) DecodeUtf16(byte[] bytes, bool littleEndian)
    {
        var encoding = littleEndian ? Encoding.Unicode : Encoding.BigEndianUnicode;
        var text = encoding.GetString(bytes, 0, bytes.Length & ~1);
        for (var i = 0; i < text.Length; i++)
        {
            var high = char.IsHighSurrogate(text[i]);
            if (high && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }

            if (high || char.IsLowSurrogate(text[i]) || text[i] == '\uFFFD' && !HasReplacementAt(bytes, i, littleEndian))
            {
                return (text, i, "it holds a UTF-16 surrogate without its pair");
            }
        }

        return bytes.Length % 2 == 1
            ? (text, text.Length, "its last UTF-16 character is cut off after one byte")
            : (text, -1, null);
    }

    // .NET turns a lone surrogate into U+FFFD; a U+FFFD written in the file is not an error.
    private static bool HasReplacementAt(byte[] bytes, int index, bool littleEndian)
    {
        var at = index * 2;
        var unit = littleEndian ? bytes[at] | (bytes[at + 1] << 8) : (bytes[at] << 8) | bytes[at + 1];
        return unit == 0xFFFD;
    }

    /// <summary>The index of the first byte that does not start a well-formed UTF-8 sequence, or -1.</summary>
    private static int FirstInvalidUtf8(byte[] bytes)
    {
        var i = 0;
        while (i < bytes.Length)
        {
            int lead = bytes[i];
            if (lead < 0x80)
            {
                i++;
                continue;
            }

            int length, min;
            if ((lead & 0xE0) == 0xC0)
            {
                (length, min) = (2, 0x80);
            }
            else if ((lead & 0xF0) == 0xE0)
            {
                (length, min) = (3, 0x800);
            }
            else if ((lead & 0xF8) == 0xF0)
            {
                (length, min) = (4, 0x10000);
            }
            else
            {
                return i;
            }

            if (i + length > bytes.Length)
            {
                return i;
            }

            var value = lead & (0xFF >> (length + 1));
            for (var k = 1; k < length; k++)
            {
                if ((bytes[i + k] & 0xC0) != 0x80)
                {
                    return i;
                }

                value = (value << 6) | (bytes[i + k] & 0x3F);
            }

            // Overlong forms, surrogates and values past U+10FFFF are refused as well.
            if (value < min || value > 0x10FFFF || value is >= 0xD800 and <= 0xDFFF)
            {
                return i;
            }

            i += length;
        }

        return -1;
    }
}
