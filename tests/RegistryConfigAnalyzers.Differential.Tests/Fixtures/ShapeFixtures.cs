using System.Collections.Generic;

namespace RegistryConfigAnalyzers.Differential.Tests.Fixtures;

/// <summary>Sections written as scalars, lists, nulls or odd provider maps.</summary>
public static partial class Fixtures
{
    private static IEnumerable<RegistryCase> Shapes()
    {
        yield return Case("auth-empty-quoted-string", """
            version: 0.1
            storage:
              inmemory:
            auth: ""
            """);

        yield return Case("auth-NONE-upper-case", """
            version: 0.1
            storage:
              inmemory:
            auth: NONE
            """);

        yield return Case("auth-none-key-null-value", """
            version: 0.1
            storage:
              inmemory:
            auth:
              none: null
            """);

        yield return Case("auth-mixed-case-none-key", """
            version: 0.1
            storage:
              inmemory:
            auth:
              nOnE:
            """);

        yield return Case("auth-htpasswd-and-none", """
            version: 0.1
            storage:
              filesystem:
                rootdirectory: __ROOT__
            auth: {htpasswd: {realm: registry, path: __DIR__/htpasswd}, none: }
            """, Provision.Htpasswd);

        yield return Case("auth-flow-key-without-value", """
            version: 0.1
            storage:
              inmemory:
            auth: {none}
            """);

        yield return Case("auth-flow-colon-before-brace", """
            version: 0.1
            storage:
              inmemory:
            auth: {none:}
            """);

        yield return Case("auth-flow-json-style-colon", """
            version: 0.1
            storage:
              inmemory:
            auth: {"none":}
            """);

        yield return Case("auth-HTPASSWD-upper-case", """
            version: 0.1
            storage:
              filesystem:
                rootdirectory: __ROOT__
            auth:
              HTPASSWD:
                realm: registry
                path: __DIR__/htpasswd
            """, Provision.Htpasswd);

        yield return Case("auth-htpasswd-null-options", """
            version: 0.1
            storage:
              inmemory:
            auth:
              htpasswd:
            """);

        yield return Case("auth-number-scalar", """
            version: 0.1
            storage:
              inmemory:
            auth: 0
            """);

        yield return Case("auth-false-scalar", """
            version: 0.1
            storage:
              inmemory:
            auth: false
            """);

        yield return Case("storage-empty-quoted-string", """
            version: 0.1
            storage: ""
            """);

        yield return Case("storage-as-list", """
            version: 0.1
            storage:
              - inmemory
            """);

        yield return Case("storage-filesystem-as-string", """
            version: 0.1
            storage:
              filesystem: __ROOT__
            """);

        yield return Case("storage-inmemory-empty-flow-map-and-delete-null", """
            version: 0.1
            storage:
              inmemory: {}
              delete:
            """);

        yield return Case("http-as-string", """
            version: 0.1
            storage:
              inmemory:
            http: plain
            """);

        yield return Case("http-null", """
            version: 0.1
            storage:
              inmemory:
            http:
            """);

        yield return Case("http-as-list", """
            version: 0.1
            storage:
              inmemory:
            http: []
            """);

        yield return Case("log-null-and-loglevel-null", """
            version: 0.1
            log:
            loglevel:
            storage:
              inmemory:
            """);

        yield return Case("every-section-null", """
            version: 0.1
            log:
            storage:
              inmemory:
            auth:
            middleware:
            reporting:
            http:
            notifications:
            redis:
            health:
            proxy:
            compatibility:
            validation:
            policy:
            catalog:
            """);

        yield return Case("headers-template-marker-in-quoted-value", """
            version: 0.1
            storage:
              inmemory:
            http:
              headers:
                X-Note: ["{{ not a template }}"]
            """);

        yield return Case("secret-with-erb-marker", """
            version: 0.1
            storage:
              inmemory:
            http:
              secret: "<%= a literal secret %>"
            """);
    }
}
