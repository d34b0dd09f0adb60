using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace RegistryConfigAnalyzers.Differential.Tests.Fixtures;

/// <summary>
/// Files whose bytes matter before any YAML is read: byte order marks, encodings and bytes that are
/// not UTF-8. The hosts decode such a file before the engine sees it, so these are judged on the text
/// the hosts make of the file, not on the bytes.
/// </summary>
public static partial class Fixtures
{
    private static readonly IReadOnlyList<RegistryCase> ReadByHosts = ReadLikeFiles().ToList();

    /// <summary>Configs judged as the CLI and the MSBuild task read their file.</summary>
    public static IReadOnlyList<RegistryCase> HostRead => ReadByHosts;

    public static IReadOnlyDictionary<string, RegistryCase> HostReadByName { get; } =
        ReadByHosts.ToDictionary(c => c.Name);

    private static IEnumerable<RegistryCase> ReadLikeFiles()
    {
        // The registry's yaml.v2 skips one mark; after a second one it keeps the first key and loses
        // the keys below it (here `storage`). A reader that drops the first mark leaves a file with one.
        yield return Case("two-byte-order-marks-at-start", "\uFEFF\uFEFFversion: 0.1\nstorage:\n  inmemory:\n");

        // A comment saved in Latin-1, as an editor set to a Windows code page writes it: yaml.v2
        // refuses the lone 0xE9 byte, wherever it is.
        yield return RegistryCase.FromBytes("latin1-byte-in-comment",
            Encoding.Latin1.GetBytes("version: 0.1\nstorage:\n  inmemory:\n# caf\u00e9\n"));

        yield return RegistryCase.FromBytes("latin1-byte-in-quoted-secret",
            Encoding.Latin1.GetBytes("version: 0.1\nstorage:\n  inmemory:\nhttp:\n  secret: \"caf\u00e9\"\n"));

        // Both sides read UTF-16 with a mark.
        yield return RegistryCase.FromBytes("utf16-little-endian-with-mark",
            Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("version: 0.1\nstorage:\n  inmemory:\n"))
                .ToArray());

        // yaml.v2 reads UTF-8 and UTF-16 with a mark, not UTF-32: its NUL bytes are control
        // characters. File.ReadAllText knows the UTF-32 mark and decodes the file cleanly.
        yield return RegistryCase.FromBytes("utf32-little-endian-with-mark",
            new UTF32Encoding(bigEndian: false, byteOrderMark: true).GetPreamble()
                .Concat(Encoding.UTF32.GetBytes("version: 0.1\nstorage:\n  inmemory:\n")).ToArray());
    }
}
