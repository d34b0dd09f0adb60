using System.Collections.Generic;

namespace RegistryConfigAnalyzers.Differential.Tests.Fixtures;

public static partial class Fixtures
{
    private static IEnumerable<RegistryCase> Delete()
    {
        foreach (var (name, value) in new[]
        {
            ("true", "true"), ("yes", "yes"), ("on", "on"), ("y", "y"), ("quoted-true", "\"true\""),
            ("1", "1"), ("True", "True"), ("YES", "YES"), ("mixed-case-tRue", "tRue"), ("false", "false"),
        })
        {
            yield return Case($"delete-{name}", $$"""
                version: 0.1
                storage:
                  filesystem:
                    rootdirectory: __ROOT__
                  delete:
                    enabled: {{value}}
                """);
        }

        yield return Case("delete-scalar-true", """
            version: 0.1
            storage:
              filesystem:
                rootdirectory: __ROOT__
              delete: true
            """);

        yield return Case("delete-with-htpasswd", """
            version: 0.1
            storage:
              filesystem:
                rootdirectory: __ROOT__
              delete:
                enabled: true
            auth:
              htpasswd:
                realm: registry
                path: __DIR__/htpasswd
            """, Provision.Htpasswd);

        yield return Case("delete-with-silly", """
            version: 0.1
            storage:
              filesystem:
                rootdirectory: __ROOT__
              delete:
                enabled: true
            auth:
              silly:
                realm: registry
                service: registry
            """);

        yield return Case("readonly-with-delete", """
            version: 0.1
            storage:
              filesystem:
                rootdirectory: __ROOT__
              delete:
                enabled: true
              maintenance:
                readonly:
                  enabled: true
            """);

        yield return Case("readonly-disabled-with-delete", """
            version: 0.1
            storage:
              filesystem:
                rootdirectory: __ROOT__
              delete:
                enabled: true
              maintenance:
                readonly:
                  enabled: false
            """);

        yield return Case("readonly-quoted-true", """
            version: 0.1
            storage:
              filesystem:
                rootdirectory: __ROOT__
              maintenance:
                readonly:
                  enabled: "true"
            """);
    }
}
