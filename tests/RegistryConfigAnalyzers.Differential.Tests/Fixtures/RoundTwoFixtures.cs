using System.Collections.Generic;
using System.Linq;

namespace RegistryConfigAnalyzers.Differential.Tests.Fixtures;

/// <summary>Flow anchors, escapes, repeated sections, alias counting and case-folding in overrides.</summary>
public static partial class Fixtures
{
    private static IEnumerable<RegistryCase> RoundTwo()
    {
        yield return Case("flow-mapping-anchored-value-last", """
            version: 0.1
            x-on: &t true
            storage: {inmemory: , delete: {enabled: *t}}
            """);

        yield return Case("double-quoted-escaped-slash", """
            version: 0.1
            storage:
              inmemory:
            http:
              secret: "a\/b"
            """);

        yield return Case("double-quoted-escaped-tab-and-nel", """
            version: 0.1
            storage:
              inmemory:
            http:
              secret: "a\	b\N\_c"
            """);

        yield return Case("storage-repeated-second-replaces-first", """
            version: 0.1
            storage:
              inmemory:
              delete:
                enabled: true
            storage:
              inmemory:
            """);

        yield return Case("delete-repeated-second-replaces-first", """
            version: 0.1
            storage:
              inmemory:
              delete:
                enabled: true
              delete: {}
            """);

        yield return Case("http-repeated-merges-fields", """
            version: 0.1
            storage:
              inmemory:
            http:
              relativeurls: true
            http:
              secret: abc
            """);

        yield return Case("tag-custom-on-readonly-enabled", """
            version: 0.1
            storage:
              inmemory:
              delete:
                enabled: true
              maintenance:
                readonly:
                  enabled: !flag true
            """);

        yield return Case("readonly-enabled-y", """
            version: 0.1
            storage:
              inmemory:
              delete:
                enabled: true
              maintenance:
                readonly:
                  enabled: y
            """);

        yield return Case("quoted-key-longer-than-1024-in-block", "version: 0.1\nstorage:\n  inmemory:\n"
            + "\"x-" + new string('k', 1100) + "\": 1\n");

        yield return Case("plain-key-longer-than-1024-in-flow", "version: 0.1\nstorage:\n  inmemory:\n"
            + "x-long: {" + new string('k', 1100) + ": 1}\n");

        yield return Case("explicit-key-longer-than-1024", "version: 0.1\nstorage:\n  inmemory:\n"
            + "? x-" + new string('k', 1100) + "\n: 1\n");

        yield return Case("alias-reuse-three-times-300-options", "version: 0.1\nx-big: &big {"
            + string.Join(", ", Enumerable.Range(0, 300).Select(i => $"k{i}: 1"))
            + "}\nstorage:\n  inmemory: {a: *big, b: *big, c: *big}\n");

        yield return Case("alias-self-reference-in-driver-options", """
            version: 0.1
            storage:
              inmemory:
                loop: &x [*x]
            """);

        yield return Case("alias-self-reference-under-ignored-key", """
            version: 0.1
            x-loop: &x [*x]
            storage:
              inmemory:
            """);

        yield return Case("zero-width-space-in-version-key", "version\u200B: 0.1\nversion: 0.1\nstorage:\n  inmemory:\n"
            + "auth\u200B:\n  silly:\n    realm: registry\n    service: registry\n");

        yield return Case("token-empty-strings-with-bundle", """
            version: 0.1
            storage:
              inmemory:
            auth:
              token:
                realm: ""
                issuer: ""
                service: ""
                rootcertbundle: __DIR__/cert.pem
            """, Provision.Certificate);

        yield return Case("env-delete-enabled-over-capitalised-key", """
            version: 0.1
            storage:
              inmemory:
              delete:
                Enabled: false
            """, Provision.None,
            ("REGISTRY_STORAGE_DELETE_ENABLED", "true"));

        yield return Case("env-htpasswd-path-over-capitalised-key", """
            version: 0.1
            storage:
              filesystem:
                rootdirectory: __ROOT__
            auth:
              htpasswd:
                realm: registry
                Path: __DIR__/htpasswd
            """, Provision.Htpasswd,
            ("REGISTRY_AUTH_HTPASSWD_PATH", "__DIR__/htpasswd"));

        yield return Case("env-silly-realm-trailing-segment", SillyConfig, Provision.None,
            ("REGISTRY_AUTH_SILLY_REALM_EXTRA", "x"));

        yield return Case("env-htpasswd-trailing-underscore", HtpasswdConfig, Provision.Htpasswd,
            ("REGISTRY_AUTH_HTPASSWD_", ""));

        yield return Case("env-delete-enabled-leading-tab", PlainConfig, Provision.None,
            ("REGISTRY_STORAGE_DELETE_ENABLED", "\ttrue"));

        yield return Case("env-delete-enabled-control-character", PlainConfig, Provision.None,
            ("REGISTRY_STORAGE_DELETE_ENABLED", "true\u0001"));

        yield return Case("env-delete-enabled-del-character", PlainConfig, Provision.None,
            ("REGISTRY_STORAGE_DELETE_ENABLED", "true # \u007f"));

        yield return Case("env-log-level-dotted-capital-i", PlainConfig, Provision.None,
            ("REGISTRY_LOG_LEVEL", "İNFO"));

        yield return Case("env-readonly-custom-tag-in-yaml-map", DeleteConfig, Provision.None,
            ("REGISTRY_STORAGE_MAINTENANCE_READONLY", "{enabled: !flag true}"));

        yield return Case("env-delete-enabled-x-under-plain", PlainConfig, Provision.None,
            ("REGISTRY_STORAGE_DELETE_ENABLED_X", "true"));

        yield return Case("env-storage-anchored-flow-value", PlainConfig, Provision.None,
            ("REGISTRY_STORAGE", "{inmemory: &n , delete: {enabled: true}}"));
    }
}
