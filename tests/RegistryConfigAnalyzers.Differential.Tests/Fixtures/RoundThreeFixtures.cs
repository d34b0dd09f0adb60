using System.Collections.Generic;

namespace RegistryConfigAnalyzers.Differential.Tests.Fixtures;

/// <summary>
/// Start-up checks the registry makes beyond the config's own types: storage driver parameters.
/// </summary>
public static partial class Fixtures
{
    private static IEnumerable<RegistryCase> RoundThree()
    {
        // The filesystem driver takes maxthreads as an integer or a numeric string and panics on
        // anything else, before it ever serves a request.
        yield return Case("filesystem-maxthreads-float", """
            version: 0.1
            storage:
              filesystem:
                rootdirectory: __ROOT__
                maxthreads: 1.5
            """);

        yield return Case("filesystem-maxthreads-word", """
            version: 0.1
            storage:
              filesystem:
                rootdirectory: __ROOT__
                maxthreads: many
            """);

        yield return Case("filesystem-maxthreads-empty-string", """
            version: 0.1
            storage:
              filesystem:
                rootdirectory: __ROOT__
                maxthreads: ""
            """);

        yield return Case("env-filesystem-maxthreads-word", """
            version: 0.1
            storage:
              filesystem:
                rootdirectory: __ROOT__
            """, Provision.None, ("REGISTRY_STORAGE_FILESYSTEM_MAXTHREADS", "many"));
    }
}
