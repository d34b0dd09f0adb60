using System;

namespace RegistryConfigAnalyzers.Engine.Deployments;

/// <summary>
/// Thrown when reading a deployment needs more work than its budget allows; the step that threw is
/// reported as RCA0900 with this message and the other steps of the analysis go on.
/// </summary>
internal sealed class WorkLimitReached : Exception
{
    public WorkLimitReached(string message)
        : base(message)
    {
    }
}
