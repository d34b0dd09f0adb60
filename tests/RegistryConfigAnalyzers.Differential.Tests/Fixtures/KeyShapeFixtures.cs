using System.Collections.Generic;

namespace RegistryConfigAnalyzers.Differential.Tests.Fixtures;

/// <summary>Odd keys (collections, nulls, look-alikes, aliases) and merges in odd places.</summary>
public static partial class Fixtures
{
    private static IEnumerable<RegistryCase> KeyShapes()
    {
        yield return Case("key-flow-sequence-at-top-level", """
            version: 0.1
            storage:
              inmemory:
            [a, b]: c
            """);

        yield return Case("key-flow-mapping-at-top-level", """
            version: 0.1
            storage:
              inmemory:
            {a: 1}: c
            """);

        yield return Case("key-flow-sequence-in-storage", """
            version: 0.1
            storage:
              inmemory:
              [x]: {}
            """);

        yield return Case("key-flow-sequence-in-delete", """
            version: 0.1
            storage:
              inmemory:
              delete:
                enabled: true
                [x]: 1
            """);

        yield return Case("key-flow-sequence-in-nested-option", """
            version: 0.1
            storage:
              inmemory:
              cache:
                blobdescriptor: inmemory
                extra:
                  [x]: 1
            """);

        yield return Case("key-null-in-auth", """
            version: 0.1
            storage:
              inmemory:
            auth:
              ~:
            """);

        yield return Case("key-empty-string-in-auth", """
            version: 0.1
            storage:
              inmemory:
            auth:
              "": {}
            """);

        yield return Case("key-null-word-in-auth", """
            version: 0.1
            storage:
              inmemory:
            auth:
              null: {}
            """);

        yield return Case("key-yes-in-auth", """
            version: 0.1
            storage:
              inmemory:
            auth:
              yes: {}
            """);

        yield return Case("key-on-in-storage-is-second-driver", """
            version: 0.1
            storage:
              inmemory:
              on: {}
            """);

        yield return Case("key-numeric-at-top-level", """
            version: 0.1
            storage:
              inmemory:
            5: five
            """);

        yield return Case("key-null-at-top-level", """
            version: 0.1
            storage:
              inmemory:
            ~: nothing
            """);

        yield return Case("key-cyrillic-a-in-auth", """
            version: 0.1
            storage:
              inmemory:
            аuth:
              silly:
                realm: registry
                service: registry
            """);

        yield return Case("key-auth-with-trailing-space-quoted", """
            version: 0.1
            storage:
              inmemory:
            "auth ":
              silly:
                realm: registry
                service: registry
            """);

        yield return Case("key-delete-enabled-upper-case", """
            version: 0.1
            storage:
              inmemory:
              delete:
                ENABLED: true
            """);

        yield return Case("key-delete-enabled-repeated-last-false", """
            version: 0.1
            storage:
              inmemory:
              delete:
                enabled: true
                enabled: false
            """);

        yield return Case("key-alias-to-scalar-as-auth-key", """
            version: 0.1
            x-name: &name auth
            storage:
              inmemory:
            *name :
              silly:
                realm: registry
                service: registry
            """);

        yield return Case("key-alias-to-scalar-no-space-before-colon", """
            version: 0.1
            x-name: &name auth
            storage:
              inmemory:
            *name:
              silly:
                realm: registry
                service: registry
            """);

        yield return Case("key-anchor-on-key-reused", """
            version: 0.1
            storage:
              inmemory:
              &d delete:
                enabled: false
            x-copy:
              *d : {enabled: true}
            """);

        yield return Case("anchor-name-with-dot", """
            version: 0.1
            storage: &disk.main
              inmemory:
              delete:
                enabled: true
            """);

        yield return Case("anchor-name-with-colon-inside", """
            version: 0.1
            x-auth: &a:b
              silly:
                realm: registry
                service: registry
            storage:
              inmemory:
            auth: *a:b
            """);

        yield return Case("key-explicit-block-key-strip", """
            version: 0.1
            storage:
              inmemory:
              delete:
                ? |-
                  enabled
                : true
            """);

        yield return Case("key-explicit-block-key-keep", """
            version: 0.1
            storage:
              inmemory:
              delete:
                ? |
                  enabled
                : true
            """);

        yield return Case("merge-empty-sequence-in-storage", """
            version: 0.1
            storage:
              <<: []
              inmemory:
            """);

        yield return Case("merge-empty-sequence-at-top-level", """
            version: 0.1
            <<: []
            storage:
              inmemory:
            """);

        yield return Case("merge-inline-mapping-list-in-storage", """
            version: 0.1
            storage:
              <<: [{delete: {enabled: true}}]
              inmemory:
            """);

        yield return Case("merge-nested-into-delete", """
            version: 0.1
            x-on: &on
              enabled: true
            x-delete: &delete
              delete:
                <<: *on
            storage:
              <<: *delete
              inmemory:
            """);

        yield return Case("merge-into-auth", """
            version: 0.1
            x-login: &login
              silly:
                realm: registry
                service: registry
            storage:
              inmemory:
            auth:
              <<: *login
            """);

        yield return Case("merge-into-auth-beside-none", """
            version: 0.1
            x-login: &login
              silly:
                realm: registry
                service: registry
            storage:
              inmemory:
            auth:
              none:
              <<: *login
            """);

        yield return Case("merge-list-earlier-wins-for-delete", """
            version: 0.1
            x-off: &off
              delete:
                enabled: false
            x-on: &on
              delete:
                enabled: true
            storage:
              <<: [*off, *on]
              inmemory:
            """);

        yield return Case("merge-scalar-alias", """
            version: 0.1
            x-word: &word inmemory
            storage:
              <<: *word
            """);

        yield return Case("merge-sequence-of-sequences", """
            version: 0.1
            storage:
              inmemory:
              <<: [[a]]
            """);

        yield return Case("merge-storage-key-from-root-merge-then-override", """
            x-base: &base
              version: 0.1
              storage:
                inmemory:
                delete:
                  enabled: true
            <<: *base
            storage:
              inmemory:
            """);

        yield return Case("auth-alias-to-scalar-none", """
            version: 0.1
            x-word: &word none
            storage:
              inmemory:
            auth: *word
            """);
    }
}
