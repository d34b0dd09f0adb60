using System.Collections.Generic;

namespace RegistryConfigAnalyzers.Differential.Tests.Fixtures;

public static partial class Fixtures
{
    private static IEnumerable<RegistryCase> Startup()
    {
        yield return Case("no-version", """
            storage:
              filesystem:
                rootdirectory: __ROOT__
            """);

        yield return Case("version-0.2", """
            version: 0.2
            storage:
              filesystem:
                rootdirectory: __ROOT__
            """);

        yield return Case("version-quoted-0.1", """
            version: "0.1"
            storage:
              filesystem:
                rootdirectory: __ROOT__
            """);

        yield return Case("version-capitalised-Version", """
            Version: 0.1
            storage:
              filesystem:
                rootdirectory: __ROOT__
            """);

        yield return Case("version-1", """
            version: 1
            storage:
              filesystem:
                rootdirectory: __ROOT__
            """);

        yield return Case("version-0.1.0", """
            version: 0.1.0
            storage:
              filesystem:
                rootdirectory: __ROOT__
            """);

        yield return Case("empty-file", "");

        yield return Case("no-storage", """
            version: 0.1
            http:
              addr: 127.0.0.1:__PORT__
            """);

        yield return Case("storage-only-delete", """
            version: 0.1
            storage:
              delete:
                enabled: true
            """);

        yield return Case("two-storage-drivers", """
            version: 0.1
            storage:
              filesystem:
                rootdirectory: __ROOT__
              inmemory: {}
            """);

        yield return Case("storage-tag-of-3x", """
            version: 0.1
            storage:
              filesystem:
                rootdirectory: __ROOT__
              tag:
                concurrencylimit: 8
            """);

        yield return Case("storage-tag-alone", """
            version: 0.1
            storage:
              tag:
                concurrencylimit: 8
            """);

        yield return Case("storage-inmemory-bare-string", """
            version: 0.1
            storage: inmemory
            """);

        yield return Case("storage-inmemory-null-parameters", """
            version: 0.1
            storage:
              inmemory:
            """);

        yield return Case("unknown-storage-driver", """
            version: 0.1
            storage:
              localdisk:
                rootdirectory: __ROOT__
            """);

        yield return Case("storage-driver-capitalised", """
            version: 0.1
            storage:
              Filesystem:
                rootdirectory: __ROOT__
            """);
    }
}
