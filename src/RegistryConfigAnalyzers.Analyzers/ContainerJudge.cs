using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using RegistryConfigAnalyzers.Analyzers.Model;
using RegistryConfigAnalyzers.Engine;

namespace RegistryConfigAnalyzers.Analyzers;

/// <summary>
/// Turns a recognised container into the engine's input (its config plus the environment set
/// in code), and the engine's findings back into diagnostics on the code that caused them.
/// </summary>
internal static class ContainerJudge
{
    private const string EnvironmentSource = "cs:";
    private const string LiteralSource = Literals.LiteralFindings.Source;
    private const string ImageSource = "image:";

    /// <summary>The diagnostic property a code fix reads to know which API it edits.</summary>
    public const string HostProperty = "RegistryHost";

    /// <summary>Set on findings shown on the image when the image's own config caused them.</summary>
    public const string AtImageProperty = "AtImage";

    public static AnalysisResult Analyze(RegistryContainer container)
    {
        var environment = container.Environment
            .Select((e, i) => new EnvironmentVariable(e.Name, e.Value, Span(EnvironmentSource + i.ToString(CultureInfo.InvariantCulture))))
            .ToList();
        var options = new AnalysisOptions { Version = container.Image?.MajorVersion ?? RegistryVersion.V3 };
        return RegistryConfigEngine.AnalyzeEffective(BaseConfig(container), environment, options);
    }

    public static IEnumerable<Diagnostic> Diagnose(RegistryContainer container, AnalysisResult result, CancellationToken token)
    {
        var config = container.Config;

        // A config the analyzer cannot read, or variables it cannot see, may change anything the
        // image's defaults decide; only what the visible variables say for themselves is reported.
        var partial = container.EnvironmentIncomplete || config.Kind == ConfigSourceKind.Unknown;
        var alone = OwnFindings(config, container, token);
        var properties = ImmutableDictionary<string, string?>.Empty.Add(HostProperty, container.Host.ToString());

        foreach (var finding in result.Findings)
        {
            var source = finding.Span.Source;
            var atVariable = source.StartsWith(EnvironmentSource, StringComparison.Ordinal);
            if (partial && !atVariable)
            {
                continue;
            }

            // The config's own host (the build task, the literal analyzer) reports what the file
            // says by itself; only what the environment changes about it is reported here.
            if (!atVariable && alone.Contains(Key(finding)))
            {
                continue;
            }

            if (source == LiteralSource && config.Literal is { } literal
                && literal.TouchesHole(finding.Span.Start.Offset, finding.Span.End.Offset))
            {
                continue;
            }

            var atImage = source.StartsWith(ImageSource, StringComparison.Ordinal);
            var location = Locate(finding.Span, container) ?? container.ConfigLocation ?? container.ImageLocation;
            var message = finding.Message;
            if (atImage && container.Image is { VersionAssumed: true } image)
            {
                message += string.Format(CultureInfo.InvariantCulture,
                    " (the tag of '{0}' names no major version, so registry 3, today's latest, is assumed)", image.Reference);
            }

            var related = finding.RelatedSpans.Select(s => Locate(s, container)).Where(l => l is not null).Cast<Location>();
            var descriptor = Descriptors.Get(finding.RuleId);
            var severity = Descriptors.ToRoslyn(finding.Severity);
            var props = atImage ? properties.Add(AtImageProperty, "true") : properties;
            yield return Diagnostic.Create(descriptor, location, severity, related, props, message);
        }
    }

    private static ConfigInput? BaseConfig(RegistryContainer container) => container.Config.Kind switch
    {
        ConfigSourceKind.File => new ConfigInput(container.Config.Path!, container.Config.Text!),
        ConfigSourceKind.Literal => new ConfigInput(LiteralSource, container.Config.Text!),
        _ => null,
    };

    private static HashSet<string> OwnFindings(ConfigSource config, RegistryContainer container, CancellationToken token)
    {
        var keys = new HashSet<string>();
        if (config.Kind is not (ConfigSourceKind.File or ConfigSourceKind.Literal))
        {
            return keys;
        }

        token.ThrowIfCancellationRequested();
        var input = BaseConfig(container)!;
        var options = new AnalysisOptions { Version = container.Image?.MajorVersion ?? RegistryVersion.V3 };
        var findings = config.Kind == ConfigSourceKind.Literal
            ? Literals.LiteralFindings.Analyze(config.Text!)
            : RegistryConfigEngine.AnalyzeConfig(input, options).Findings;
        foreach (var finding in findings)
        {
            keys.Add(Key(finding));
        }

        return keys;
    }

    private static string Key(Finding finding) =>
        finding.RuleId + "@" + finding.Span.Source + ":" + finding.Span.Start.Offset.ToString(CultureInfo.InvariantCulture);

    private static Location? Locate(SourceSpan span, RegistryContainer container)
    {
        var source = span.Source;
        if (source.StartsWith(EnvironmentSource, StringComparison.Ordinal)
            && int.TryParse(source.Substring(EnvironmentSource.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            && index < container.Environment.Count)
        {
            return container.Environment[index].Location;
        }

        if (source.StartsWith(ImageSource, StringComparison.Ordinal))
        {
            return container.ImageLocation;
        }

        if (source == LiteralSource && container.Config.Literal is { } literal)
        {
            return literal.GetLocation(span.Start.Offset, span.End.Offset);
        }

        return null;
    }

    private static SourceSpan Span(string source) =>
        new(source, new SourcePosition(1, 1, 0), new SourcePosition(1, 1, 0));
}
