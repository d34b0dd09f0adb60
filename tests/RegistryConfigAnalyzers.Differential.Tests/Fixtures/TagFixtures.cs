using System.Collections.Generic;

namespace RegistryConfigAnalyzers.Differential.Tests.Fixtures;

/// <summary>Explicit, custom and non-specific YAML tags on keys and values.</summary>
public static partial class Fixtures
{
    private static IEnumerable<RegistryCase> Tags()
    {
        yield return Case("tag-custom-on-delete-enabled", """
            version: 0.1
            storage:
              inmemory:
              delete:
                enabled: !custom true
            """);

        yield return Case("tag-non-specific-on-delete-enabled", """
            version: 0.1
            storage:
              inmemory:
              delete:
                enabled: ! true
            """);

        yield return Case("tag-str-on-delete-enabled", """
            version: 0.1
            storage:
              inmemory:
              delete:
                enabled: !!str true
            """);

        yield return Case("tag-bool-on-quoted-true", """
            version: 0.1
            storage:
              inmemory:
              delete:
                enabled: !!bool "true"
            """);

        yield return Case("tag-binary-top-level-auth-key", """
            version: 0.1
            storage:
              inmemory:
            !!binary YXV0aA==:
              silly:
                realm: registry
                service: registry
            """);

        yield return Case("tag-binary-storage-driver-key", """
            version: 0.1
            storage:
              !!binary aW5tZW1vcnk=:
            """);

        yield return Case("tag-binary-delete-enabled-key", """
            version: 0.1
            storage:
              inmemory:
              delete:
                !!binary ZW5hYmxlZA==: true
            """);

        yield return Case("tag-binary-readonly-enabled-key", """
            version: 0.1
            storage:
              inmemory:
              delete:
                enabled: true
              maintenance:
                readonly:
                  !!binary ZW5hYmxlZA==: true
            """);

        yield return Case("tag-binary-auth-scalar-none", """
            version: 0.1
            storage:
              inmemory:
            auth: !!binary bm9uZQ==
            """);

        yield return Case("tag-binary-version", """
            version: !!binary MC4x
            storage:
              inmemory:
            """);

        yield return Case("tag-int-on-version", """
            version: !!int 0.1
            storage:
              inmemory:
            """);

        yield return Case("tag-float-on-version", """
            version: !!float 0.1
            storage:
              inmemory:
            """);

        yield return Case("tag-bool-invalid-on-string-field", """
            version: 0.1
            storage:
              inmemory:
            http:
              secret: !!bool maybe
            """);

        yield return Case("tag-int-invalid-on-string-field", """
            version: 0.1
            storage:
              inmemory:
            http:
              secret: !!int abc
            """);

        yield return Case("tag-float-invalid-on-string-field", """
            version: 0.1
            storage:
              inmemory:
            http:
              secret: !!float abc
            """);

        yield return Case("tag-timestamp-invalid-on-string-field", """
            version: 0.1
            storage:
              inmemory:
            http:
              secret: !!timestamp abc
            """);

        yield return Case("tag-null-on-auth-scalar", """
            version: 0.1
            storage:
              inmemory:
            auth: !!null htpasswd
            """);

        yield return Case("tag-null-on-auth-mapping", """
            version: 0.1
            storage:
              filesystem:
                rootdirectory: __ROOT__
            auth: !!null
              htpasswd:
                realm: registry
                path: __DIR__/htpasswd
            """, Provision.Htpasswd);

        yield return Case("tag-custom-on-silly-service-number", """
            version: 0.1
            storage:
              inmemory:
            auth:
              silly:
                realm: registry
                service: !svc 5
            """);

        yield return Case("tag-non-specific-on-silly-service-number", """
            version: 0.1
            storage:
              inmemory:
            auth:
              silly:
                realm: registry
                service: ! 5
            """);

        yield return Case("tag-str-on-silly-service-number", """
            version: 0.1
            storage:
              inmemory:
            auth:
              silly:
                realm: registry
                service: !!str 5
            """);

        yield return Case("tag-map-on-auth-scalar-none", """
            version: 0.1
            storage:
              inmemory:
            auth: !!map none
            """);

        yield return Case("tag-merge-explicit-on-merge-key", """
            version: 0.1
            x-deletes: &deletes
              delete:
                enabled: true
            storage:
              !!merge <<: *deletes
              inmemory:
            """);

        yield return Case("tag-quoted-merge-key-is-plain-key", """
            version: 0.1
            x-deletes: &deletes
              delete:
                enabled: true
            storage:
              "<<": *deletes
              inmemory:
            """);
    }
}
