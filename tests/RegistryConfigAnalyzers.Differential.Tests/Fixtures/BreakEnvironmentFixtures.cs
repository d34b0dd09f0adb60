using System.Collections.Generic;

namespace RegistryConfigAnalyzers.Differential.Tests.Fixtures;

/// <summary>Override names and values at the edges of the registry's environment grammar.</summary>
public static partial class Fixtures
{
    private const string SillyConfig = """
        version: 0.1
        storage:
          inmemory:
        auth:
          silly:
            realm: registry
            service: registry
        """;

    private const string MergedDeleteConfig = """
        version: 0.1
        x-deletes: &deletes
          delete:
            enabled: true
        storage:
          <<: *deletes
          inmemory:
        """;

    private static IEnumerable<RegistryCase> BreakEnvironment()
    {
        yield return Case("env-lower-case-provider-segment-replaces-options", HtpasswdConfig, Provision.Htpasswd,
            ("REGISTRY_AUTH_htpasswd_REALM", "registry"));

        yield return Case("env-lower-case-delete-segment-replaces-delete", DeleteConfig, Provision.None,
            ("REGISTRY_STORAGE_delete_NOTE", "x"));

        yield return Case("env-lower-case-delete-segment-on-plain", PlainConfig, Provision.None,
            ("REGISTRY_STORAGE_delete_ENABLED", "true"));

        yield return Case("env-lower-case-option-segment", PlainConfig, Provision.None,
            ("REGISTRY_STORAGE_DELETE_enabled", "true"));

        yield return Case("env-both-cases-of-enabled", PlainConfig, Provision.None,
            ("REGISTRY_STORAGE_DELETE_enabled", "false"), ("REGISTRY_STORAGE_DELETE_ENABLED", "true"));

        yield return Case("env-auth-trailing-underscore-empty", PlainConfig, Provision.None,
            ("REGISTRY_AUTH_", ""));

        yield return Case("env-auth-trailing-underscore-scalar", PlainConfig, Provision.None,
            ("REGISTRY_AUTH_", "x"));

        yield return Case("env-prefix-only", PlainConfig, Provision.None,
            ("REGISTRY_", "x"));

        yield return Case("env-double-underscore-before-auth", HtpasswdConfig, Provision.Htpasswd,
            ("REGISTRY__AUTH", ""));

        yield return Case("env-double-underscore-inside-storage", DeleteConfig, Provision.None,
            ("REGISTRY_STORAGE__DELETE", ""));

        yield return Case("env-mixed-case-struct-segment", HtpasswdConfig, Provision.Htpasswd,
            ("REGISTRY_Auth", ""));

        yield return Case("env-lower-case-prefix", HtpasswdConfig, Provision.Htpasswd,
            ("registry_auth", ""));

        yield return Case("env-auth-tilde", HtpasswdConfig, Provision.Htpasswd,
            ("REGISTRY_AUTH", "~"));

        yield return Case("env-auth-null-word", HtpasswdConfig, Provision.Htpasswd,
            ("REGISTRY_AUTH", "null"));

        yield return Case("env-auth-quoted-empty-string", HtpasswdConfig, Provision.Htpasswd,
            ("REGISTRY_AUTH", "\"\""));

        yield return Case("env-auth-comment-only", HtpasswdConfig, Provision.Htpasswd,
            ("REGISTRY_AUTH", "# nothing here"));

        yield return Case("env-auth-yaml-list", HtpasswdConfig, Provision.Htpasswd,
            ("REGISTRY_AUTH", "[none]"));

        yield return Case("env-auth-binary-none", HtpasswdConfig, Provision.Htpasswd,
            ("REGISTRY_AUTH", "!!binary bm9uZQ=="));

        yield return Case("env-auth-silly-bare-word", PlainConfig, Provision.None,
            ("REGISTRY_AUTH", "silly"));

        yield return Case("env-auth-none-key-empty", PlainConfig, Provision.None,
            ("REGISTRY_AUTH_NONE", ""));

        yield return Case("env-auth-map-replaces-silly", SillyConfig, Provision.Htpasswd,
            ("REGISTRY_AUTH", "{htpasswd: {realm: registry, path: __DIR__/htpasswd}}"));

        yield return Case("env-htpasswd-as-yaml-map", PlainConfig, Provision.Htpasswd,
            ("REGISTRY_AUTH_HTPASSWD", "{realm: registry, path: __DIR__/htpasswd}"));

        yield return Case("env-silly-service-number", SillyConfig, Provision.None,
            ("REGISTRY_AUTH_SILLY_SERVICE", "5"));

        yield return Case("env-silly-service-custom-tag-number", SillyConfig, Provision.None,
            ("REGISTRY_AUTH_SILLY_SERVICE", "!svc 5"));

        yield return Case("env-delete-enabled-custom-tag", PlainConfig, Provision.None,
            ("REGISTRY_STORAGE_DELETE_ENABLED", "!flag true"));

        yield return Case("env-delete-enabled-y", PlainConfig, Provision.None,
            ("REGISTRY_STORAGE_DELETE_ENABLED", "y"));

        yield return Case("env-delete-enabled-list", PlainConfig, Provision.None,
            ("REGISTRY_STORAGE_DELETE_ENABLED", "[true]"));

        yield return Case("env-delete-enabled-document-marker", PlainConfig, Provision.None,
            ("REGISTRY_STORAGE_DELETE_ENABLED", "--- true"));

        yield return Case("env-delete-enabled-with-comment", PlainConfig, Provision.None,
            ("REGISTRY_STORAGE_DELETE_ENABLED", "true # on"));

        yield return Case("env-delete-enabled-two-documents", PlainConfig, Provision.None,
            ("REGISTRY_STORAGE_DELETE_ENABLED", "true\n--- false"));

        yield return Case("env-delete-enabled-leading-space", PlainConfig, Provision.None,
            ("REGISTRY_STORAGE_DELETE_ENABLED", "  true"));

        yield return Case("env-delete-enabled-trailing-segment", DeleteConfig, Provision.None,
            ("REGISTRY_STORAGE_DELETE_ENABLED_", "false"));

        yield return Case("env-delete-enabled-over-null-delete", """
            version: 0.1
            storage:
              inmemory:
              delete:
            """, Provision.None,
            ("REGISTRY_STORAGE_DELETE_ENABLED", "true"));

        yield return Case("env-delete-enabled-false-over-merged-delete", MergedDeleteConfig, Provision.None,
            ("REGISTRY_STORAGE_DELETE_ENABLED", "false"));

        yield return Case("env-delete-note-over-merged-delete", MergedDeleteConfig, Provision.None,
            ("REGISTRY_STORAGE_DELETE_NOTE", "x"));

        yield return Case("env-delete-enabled-false-over-aliased-storage", """
            version: 0.1
            x-storage: &disk
              inmemory:
              delete:
                enabled: true
            storage: *disk
            """, Provision.None,
            ("REGISTRY_STORAGE_DELETE_ENABLED", "false"));

        yield return Case("env-storage-as-yaml-with-delete", PlainConfig, Provision.None,
            ("REGISTRY_STORAGE", "{inmemory: , delete: {enabled: true}}"));

        yield return Case("env-storage-binary-inmemory", PlainConfig, Provision.None,
            ("REGISTRY_STORAGE", "!!binary aW5tZW1vcnk="));

        yield return Case("env-delete-as-yaml-flow-with-y", PlainConfig, Provision.None,
            ("REGISTRY_STORAGE_DELETE", "{enabled: y}"));

        yield return Case("env-catalog-maxentries-float", PlainConfig, Provision.None,
            ("REGISTRY_CATALOG_MAXENTRIES", "2.5"));

        yield return Case("env-draintimeout-overflow", PlainConfig, Provision.None,
            ("REGISTRY_HTTP_DRAINTIMEOUT", "3000000h"));

        yield return Case("env-version-yaml-1.2-directive-value", PlainConfig, Provision.None,
            ("REGISTRY_STORAGE_DELETE_ENABLED", "%YAML 1.2\n--- true"));

        yield return Case("env-readonly-enabled-under-yaml-maintenance-from-env", DeleteConfig, Provision.None,
            ("REGISTRY_STORAGE_MAINTENANCE", "{readonly: {enabled: false}}"),
            ("REGISTRY_STORAGE_MAINTENANCE_READONLY_ENABLED", "true"));
    }
}
