using System.Collections.Generic;

namespace RegistryConfigAnalyzers.Differential.Tests.Fixtures;

public static partial class Fixtures
{
    // The harness points every remoteurl at its stand-in upstream on 127.0.0.1.
    private static IEnumerable<RegistryCase> Proxy()
    {
        yield return Case("proxy", """
            version: 0.1
            storage:
              filesystem:
                rootdirectory: __ROOT__
            proxy:
              remoteurl: __UPSTREAM__
            """);

        yield return Case("proxy-with-credentials", """
            version: 0.1
            storage:
              filesystem:
                rootdirectory: __ROOT__
            proxy:
              remoteurl: __UPSTREAM__
              username: mirror
              password: mirror-password
            """);

        yield return Case("proxy-with-delete", """
            version: 0.1
            storage:
              filesystem:
                rootdirectory: __ROOT__
              delete:
                enabled: true
            proxy:
              remoteurl: __UPSTREAM__
            """);

        yield return Case("proxy-with-credentials-and-htpasswd", """
            version: 0.1
            storage:
              filesystem:
                rootdirectory: __ROOT__
            auth:
              htpasswd:
                realm: registry
                path: __DIR__/htpasswd
            proxy:
              remoteurl: __UPSTREAM__
              username: mirror
              password: mirror-password
            """, Provision.Htpasswd);

        yield return Case("proxy-remoteurl-empty", """
            version: 0.1
            storage:
              filesystem:
                rootdirectory: __ROOT__
              delete:
                enabled: true
            proxy:
              remoteurl: ""
            """);
    }
}
