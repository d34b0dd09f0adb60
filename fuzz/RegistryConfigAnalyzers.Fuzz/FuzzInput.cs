using System;
using System.Collections.Generic;
using System.Text;
using RegistryConfigAnalyzers.Engine;

namespace RegistryConfigAnalyzers.Fuzz;

/// <summary>
/// One fuzz case: a config text and an environment, read from a plain-text file so that seeds
/// stay readable. A line <c>%%ENV</c> ends the config; each later line is <c>NAME=VALUE</c>
/// (<c>\n</c> in a value is a line break) or a bare <c>NAME</c>, whose value a host cannot know.
/// A config that starts with the line <c>%%IMAGE</c> stands for no file: the image's own config.
/// </summary>
public sealed class FuzzInput
{
    public const string EnvMarker = "%%ENV";
    public const string ImageMarker = "%%IMAGE";
    public const string SourceName = "fuzz/config.yml";

    private FuzzInput(ConfigInput? config, IReadOnlyList<EnvironmentVariable> environment)
    {
        ConfigInput = config;
        Environment = environment;
    }

    /// <summary>The config text, or null for the image's baked-in config.</summary>
    public string? Config => ConfigInput?.Text;

    public IReadOnlyList<EnvironmentVariable> Environment { get; }

    public ConfigInput? ConfigInput { get; }

    /// <summary>
    /// Reads a case from the fuzzer's bytes. The config's bytes are decoded as the hosts hand a file
    /// to the engine (<see cref="ConfigInput.FromBytes"/>), so byte-level input reaches that code too.
    /// </summary>
    public static FuzzInput FromBytes(ReadOnlySpan<byte> bytes)
    {
        var all = bytes.ToArray();
        var parsed = Parse(Encoding.UTF8.GetString(all));
        if (parsed.ConfigInput is null)
        {
            return parsed;
        }

        var marker = FindMarker(Encoding.Latin1.GetString(all));
        var configBytes = marker < 0 ? all : all.AsSpan(0, marker).ToArray();
        return new FuzzInput(ConfigInput.FromBytes(SourceName, configBytes), parsed.Environment);
    }

    public static FuzzInput Parse(string text)
    {
        var config = text;
        var environment = new List<EnvironmentVariable>();
        var marker = FindMarker(text);
        if (marker >= 0)
        {
            config = text.Substring(0, marker);
            var rest = text.Substring(marker + EnvMarker.Length);
            foreach (var line in rest.Split('\n'))
            {
                AddVariable(environment, line.TrimEnd('\r'));
            }
        }

        if (config.StartsWith(ImageMarker, StringComparison.Ordinal))
        {
            return new FuzzInput(null, environment);
        }

        return new FuzzInput(new ConfigInput(SourceName, config), environment);
    }

    // The marker counts only alone on its line, so a config may still mention it in a value.
    private static int FindMarker(string text)
    {
        var at = 0;
        while ((at = text.IndexOf(EnvMarker, at, StringComparison.Ordinal)) >= 0)
        {
            var lineStart = at == 0 || text[at - 1] == '\n';
            var end = at + EnvMarker.Length;
            var lineEnd = end == text.Length || text[end] is '\n' or '\r';
            if (lineStart && lineEnd)
            {
                return at;
            }

            at = end;
        }

        return -1;
    }

    private static void AddVariable(List<EnvironmentVariable> environment, string line)
    {
        if (line.Length == 0)
        {
            return;
        }

        var eq = line.IndexOf('=');
        if (eq < 0)
        {
            environment.Add(new EnvironmentVariable(line, null));
            return;
        }

        var value = line.Substring(eq + 1).Replace("\\n", "\n");
        environment.Add(new EnvironmentVariable(line.Substring(0, eq), value));
    }
}
