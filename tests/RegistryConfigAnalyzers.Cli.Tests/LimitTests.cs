using System;
using System.IO;
using System.Linq;
using Xunit;

namespace RegistryConfigAnalyzers.Cli.Tests;

/// <summary>
/// The size limits of the tool, at and just past each: a file over one gets an RCA0900 line and
/// the other files of the same run are still checked.
/// </summary>
public sealed class LimitTests : IDisposable
{
    private const int CharacterLimit = 4 * 1024 * 1024;
    private const int ReadLimit = 4 * CharacterLimit;
    private const int FolderLimit = 8 * 1024 * 1024;

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async System.Threading.Tasks.Task A_named_pipe_in_a_folder_is_not_opened_and_the_other_file_is_judged()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", Path.Combine(_folder.Path, "pipe.yml")))
        {
            mkfifo.WaitForExit();
        }

        _folder.Write("registry.yml", Configs.Anonymous);

        var run = await System.Threading.Tasks.Task.Run(() => CliRun.In(_folder, "."))
            .WaitAsync(TimeSpan.FromSeconds(60));

        Assert.Contains(run.OutputLines, l => l.StartsWith("registry.yml(1,1): error RCA0001: ", StringComparison.Ordinal));
    }

    [Fact]
    public void A_file_of_exactly_the_character_limit_is_judged()
    {
        WriteOfLength("large.yml", CharacterLimit);

        var run = CliRun.In(_folder, "large.yml");

        Assert.StartsWith("large.yml(1,1): error RCA0001: ", Assert.Single(run.OutputLines));
    }

    [Fact]
    public void A_file_one_character_over_the_limit_gets_RCA0900_and_the_other_file_is_judged()
    {
        WriteOfLength("large.yml", CharacterLimit + 1);
        _folder.Write("registry.yml", Configs.Anonymous);

        var run = CliRun.In(_folder, "large.yml", "registry.yml");

        Assert.Equal($"large.yml(1,1): warning RCA0900: The file has {CharacterLimit + 1:N0} characters, over the " +
            $"limit of {CharacterLimit:N0}; it was not checked", run.OutputLines[0]);
        Assert.StartsWith("registry.yml(1,1): error RCA0001: ", run.OutputLines[1]);
        Assert.Equal(2, run.OutputLines.Length);
    }

    [Fact]
    public void A_file_of_exactly_the_read_limit_is_read_and_found_over_the_character_limit()
    {
        WriteOfLength("large.yml", ReadLimit);

        var run = CliRun.In(_folder, "large.yml");

        Assert.Equal($"large.yml(1,1): warning RCA0900: The file has {ReadLimit:N0} characters, over the limit of " +
            $"{CharacterLimit:N0}; it was not checked", Assert.Single(run.OutputLines));
    }

    [Fact]
    public void A_file_one_byte_over_the_read_limit_is_not_read_and_the_other_file_is_judged()
    {
        WriteOfLength("large.yml", ReadLimit + 1);
        _folder.Write("registry.yml", Configs.Anonymous);

        var run = CliRun.In(_folder, "large.yml", "registry.yml");

        Assert.Equal($"large.yml(1,1): warning RCA0900: The file has {ReadLimit + 1:N0} bytes, over the limit of " +
            $"{CharacterLimit:N0} characters; it was not checked", run.OutputLines[0]);
        Assert.StartsWith("registry.yml(1,1): error RCA0001: ", run.OutputLines[1]);
        Assert.Equal(2, run.OutputLines.Length);
    }

    [Fact]
    public void A_file_of_exactly_8_MiB_in_a_folder_is_read()
    {
        WriteOfLength(Path.Combine("deploy", "large.yml"), FolderLimit);

        var run = CliRun.In(_folder, "deploy");

        Assert.StartsWith($"deploy/large.yml(1,1): warning RCA0900: The file has {FolderLimit:N0} characters",
            Assert.Single(run.OutputLines));
    }

    [Fact]
    public void A_file_one_byte_over_8_MiB_in_a_folder_is_skipped_unless_all_files_are_asked_for()
    {
        WriteOfLength(Path.Combine("deploy", "large.yml"), FolderLimit + 1);
        _folder.Write(Path.Combine("deploy", "registry.yml"), Configs.Anonymous);

        var skipped = CliRun.In(_folder, "deploy");
        var all = CliRun.In(_folder, "--all", "deploy");

        Assert.StartsWith("deploy/registry.yml(1,1): error RCA0001: ", Assert.Single(skipped.OutputLines));
        Assert.StartsWith($"deploy/large.yml(1,1): warning RCA0900: The file has {FolderLimit + 1:N0} characters",
            all.OutputLines[0]);
    }

    /// <summary>An open config padded with a comment to exactly <paramref name="bytes"/> bytes of ASCII.</summary>
    private void WriteOfLength(string name, int bytes)
    {
        var head = Configs.Anonymous + "\n# ";
        var path = _folder.Write(name, head + new string('x', bytes - head.Length - 1) + "\n");
        Assert.Equal(bytes, new FileInfo(path).Length);
    }
}
