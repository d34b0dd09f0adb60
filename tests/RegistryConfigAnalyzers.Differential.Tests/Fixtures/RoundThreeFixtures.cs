using System.Collections.Generic;

namespace RegistryConfigAnalyzers.Differential.Tests.Fixtures;

/// <summary>
/// Start-up checks the registry makes beyond the config's own types: storage driver parameters
/// and storage middleware options.
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

        // The redirect storage middleware needs a baseurl with a scheme and a host; without one the
        // registry panics while it sets up storage.
        yield return Case("middleware-redirect-without-options", """
            version: 0.1
            storage:
              filesystem:
                rootdirectory: __ROOT__
            middleware:
              storage:
                - name: redirect
            """);

        yield return Case("middleware-redirect-baseurl-without-scheme", """
            version: 0.1
            storage:
              filesystem:
                rootdirectory: __ROOT__
            middleware:
              storage:
                - name: redirect
                  options:
                    baseurl: 127.0.0.1/blobs
            """);

        yield return Case("env-middleware-redirect-without-options", """
            version: 0.1
            storage:
              filesystem:
                rootdirectory: __ROOT__
            """, Provision.None, ("REGISTRY_MIDDLEWARE", "{storage: [{name: redirect}]}"));
    }
}
