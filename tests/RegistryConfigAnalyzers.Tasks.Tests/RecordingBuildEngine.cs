using System.Collections;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Build.Framework;

namespace RegistryConfigAnalyzers.Tasks.Tests;

/// <summary>A build engine that keeps every event a task logs, so tests can look at each field.</summary>
internal sealed class RecordingBuildEngine : IBuildEngine
{
    public List<BuildErrorEventArgs> Errors { get; } = new();

    public List<BuildWarningEventArgs> Warnings { get; } = new();

    public List<BuildMessageEventArgs> Messages { get; } = new();

    /// <summary>Messages that carry a code: how the task reports Info findings.</summary>
    public IEnumerable<BuildMessageEventArgs> CodedMessages => Messages.Where(m => m.Code is not null);

    public string[] ErrorCodes => Errors.Select(e => e.Code).ToArray();

    public string[] WarningCodes => Warnings.Select(w => w.Code).ToArray();

    public string[] MessageCodes => CodedMessages.Select(m => m.Code).ToArray();

    public bool ContinueOnError => false;

    public int LineNumberOfTaskNode => 0;

    public int ColumnNumberOfTaskNode => 0;

    public string ProjectFileOfTaskNode => "test.csproj";

    public void LogErrorEvent(BuildErrorEventArgs e) => Errors.Add(e);

    public void LogWarningEvent(BuildWarningEventArgs e) => Warnings.Add(e);

    public void LogMessageEvent(BuildMessageEventArgs e) => Messages.Add(e);

    public void LogCustomEvent(CustomBuildEventArgs e)
    {
    }

    public bool BuildProjectFile(string projectFileName, string[] targetNames, IDictionary globalProperties,
        IDictionary targetOutputs) => false;
}
