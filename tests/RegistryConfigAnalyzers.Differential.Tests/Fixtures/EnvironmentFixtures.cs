using System.Collections.Generic;

namespace RegistryConfigAnalyzers.Differential.Tests.Fixtures;

public static partial class Fixtures
{
    private const string HtpasswdConfig = """
        version: 0.1
        storage:
          filesystem:
            rootdirectory: __ROOT__
        auth:
          htpasswd:
            realm: registry
            path: __DIR__/htpasswd
        """;

    private const string PlainConfig = """
        version: 0.1
        storage:
          filesystem:
            rootdirectory: __ROOT__
        """;

    private const string DeleteConfig = """
        version: 0.1
        storage:
          filesystem:
            rootdirectory: __ROOT__
          delete:
            enabled: true
        """;

    private static IEnumerable<RegistryCase> Environment()
    {
        yield return Case("env-auth-empty-over-htpasswd", HtpasswdConfig, Provision.Htpasswd,
            ("REGISTRY_AUTH", ""));

        yield return Case("env-auth-none-over-htpasswd", HtpasswdConfig, Provision.Htpasswd,
            ("REGISTRY_AUTH", "none"));

        yield return Case("env-htpasswd-on-file-without-auth", PlainConfig, Provision.Htpasswd,
            ("REGISTRY_AUTH_HTPASSWD_REALM", "registry"), ("REGISTRY_AUTH_HTPASSWD_PATH", "__DIR__/htpasswd"));

        yield return Case("env-htpasswd-path-empty", HtpasswdConfig, Provision.Htpasswd,
            ("REGISTRY_AUTH_HTPASSWD_PATH", ""));

        yield return Case("env-auth-silly-as-yaml", PlainConfig, Provision.None,
            ("REGISTRY_AUTH", "{silly: {realm: registry, service: registry}}"));

        yield return Case("env-lower-case-auth-name", HtpasswdConfig, Provision.Htpasswd,
            ("REGISTRY_auth", ""));

        yield return Case("env-delete-enabled-true", PlainConfig, Provision.None,
            ("REGISTRY_STORAGE_DELETE_ENABLED", "true"));

        yield return Case("env-delete-enabled-quoted-true", PlainConfig, Provision.None,
            ("REGISTRY_STORAGE_DELETE_ENABLED", "\"true\""));

        yield return Case("env-delete-enabled-false-over-true", DeleteConfig, Provision.None,
            ("REGISTRY_STORAGE_DELETE_ENABLED", "false"));

        yield return Case("env-delete-empty-over-true", DeleteConfig, Provision.None,
            ("REGISTRY_STORAGE_DELETE", ""));

        yield return Case("env-readonly-as-yaml-map", DeleteConfig, Provision.None,
            ("REGISTRY_STORAGE_MAINTENANCE_READONLY", "{enabled: true}"));

        yield return Case("env-readonly-enabled-without-maintenance", DeleteConfig, Provision.None,
            ("REGISTRY_STORAGE_MAINTENANCE_READONLY_ENABLED", "true"));

        yield return Case("env-readonly-enabled-with-maintenance", """
            version: 0.1
            storage:
              filesystem:
                rootdirectory: __ROOT__
              delete:
                enabled: true
              maintenance:
                readonly:
                  enabled: false
            """, Provision.None,
            ("REGISTRY_STORAGE_MAINTENANCE_READONLY_ENABLED", "true"));

        yield return Case("env-readonly-enabled-with-uploadpurging-block", """
            version: 0.1
            storage:
              filesystem:
                rootdirectory: __ROOT__
              delete:
                enabled: true
              maintenance:
                uploadpurging:
                  enabled: false
            """, Provision.None,
            ("REGISTRY_STORAGE_MAINTENANCE_READONLY_ENABLED", "true"));

        yield return Case("env-storage-empty", DeleteConfig, Provision.None,
            ("REGISTRY_STORAGE", ""));

        yield return Case("env-second-storage-driver", PlainConfig, Provision.None,
            ("REGISTRY_STORAGE_S3_BUCKET", "x"));

        yield return Case("env-storage-inmemory-replaces-file", PlainConfig, Provision.None,
            ("REGISTRY_STORAGE", "inmemory"));

        yield return Case("env-log-level-trace", PlainConfig, Provision.None,
            ("REGISTRY_LOG_LEVEL", "trace"));

        yield return Case("env-version-does-not-rescue", """
            version: 0.2
            storage:
              filesystem:
                rootdirectory: __ROOT__
            """, Provision.None,
            ("REGISTRY_VERSION", "0.1"));

        yield return Case("env-version-on-file-without-version", """
            storage:
              filesystem:
                rootdirectory: __ROOT__
            """, Provision.None,
            ("REGISTRY_VERSION", "0.1"));

        yield return Case("env-supplies-storage", """
            version: 0.1
            """, Provision.None,
            ("REGISTRY_STORAGE_FILESYSTEM_ROOTDIRECTORY", "__ROOT__"));

        yield return Case("env-silly-on-file-without-auth", PlainConfig, Provision.None,
            ("REGISTRY_AUTH_SILLY_REALM", "registry"), ("REGISTRY_AUTH_SILLY_SERVICE", "registry"));

        yield return Case("env-htpasswd-realm-without-path", PlainConfig, Provision.None,
            ("REGISTRY_AUTH_HTPASSWD_REALM", "registry"));

        yield return Case("env-maintenance-as-yaml-map", DeleteConfig, Provision.None,
            ("REGISTRY_STORAGE_MAINTENANCE", "{readonly: {enabled: true}}"));

        yield return Case("env-delete-enabled-yes", PlainConfig, Provision.None,
            ("REGISTRY_STORAGE_DELETE_ENABLED", "yes"));

        yield return Case("env-delete-enabled-1", PlainConfig, Provision.None,
            ("REGISTRY_STORAGE_DELETE_ENABLED", "1"));

        yield return Case("env-proxy-remoteurl", DeleteConfig, Provision.None,
            ("REGISTRY_PROXY_REMOTEURL", "__UPSTREAM__"));

        yield return Case("env-unrecognised-name", PlainConfig, Provision.None,
            ("REGISTRY_PORT", "tcp://127.0.0.1:5000"));
    }
}
