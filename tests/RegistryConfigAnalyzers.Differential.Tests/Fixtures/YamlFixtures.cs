using System.Collections.Generic;

namespace RegistryConfigAnalyzers.Differential.Tests.Fixtures;

public static partial class Fixtures
{
    private static IEnumerable<RegistryCase> Yaml()
    {
        yield return Case("anchor-alias-storage", """
            version: 0.1
            x-storage: &disk
              filesystem:
                rootdirectory: __ROOT__
              delete:
                enabled: true
            storage: *disk
            """);

        yield return Case("anchor-alias-auth", """
            version: 0.1
            x-auth: &login
              htpasswd:
                realm: registry
                path: __DIR__/htpasswd
            storage:
              filesystem:
                rootdirectory: __ROOT__
            auth: *login
            """, Provision.Htpasswd);

        yield return Case("merge-sets-delete", """
            version: 0.1
            x-deletes: &deletes
              delete:
                enabled: true
            storage:
              <<: *deletes
              filesystem:
                rootdirectory: __ROOT__
            """);

        yield return Case("merge-sets-auth-at-root", """
            x-base: &base
              version: 0.1
              auth:
                silly:
                  realm: registry
                  service: registry
            <<: *base
            storage:
              filesystem:
                rootdirectory: __ROOT__
            """);

        yield return Case("merge-after-explicit-delete-key", """
            version: 0.1
            x-on: &on
              enabled: true
            storage:
              filesystem:
                rootdirectory: __ROOT__
              delete:
                enabled: false
                <<: *on
            """);

        yield return Case("merge-before-explicit-delete-key", """
            version: 0.1
            x-on: &on
              enabled: true
            storage:
              filesystem:
                rootdirectory: __ROOT__
              delete:
                <<: *on
                enabled: false
            """);

        yield return Case("merge-after-explicit-auth-key", """
            version: 0.1
            x-open: &open
              auth:
                silly:
                  realm: registry
                  service: registry
            storage:
              filesystem:
                rootdirectory: __ROOT__
            auth:
              htpasswd:
                realm: registry
                path: __DIR__/htpasswd
            <<: *open
            """, Provision.Htpasswd);

        yield return Case("merge-list-of-maps", """
            version: 0.1
            x-a: &a
              delete:
                enabled: true
            x-b: &b
              filesystem:
                rootdirectory: __ROOT__
            storage:
              <<: [*a, *b]
            """);

        yield return Case("flow-style-mappings", """
            {version: 0.1, storage: {filesystem: {rootdirectory: __ROOT__}, delete: {enabled: true}},
             auth: {silly: {realm: registry, service: registry}}}
            """);

        yield return Case("quoted-keys", """
            "version": "0.1"
            "storage":
              "filesystem":
                "rootdirectory": __ROOT__
            "auth":
              'htpasswd':
                "realm": registry
                "path": __DIR__/htpasswd
            """, Provision.Htpasswd);

        yield return Case("utf8-bom", "\uFEFF" + """
            version: 0.1
            storage:
              filesystem:
                rootdirectory: __ROOT__
            auth:
              htpasswd:
                realm: registry
                path: __DIR__/htpasswd
            """, Provision.Htpasswd);

        yield return Case("crlf-line-ends", Crlf("""
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
            """), Provision.Htpasswd);

        yield return Case("tab-in-indentation", """
            version: 0.1
            storage:
              filesystem:
                rootdirectory: __ROOT__
            """.Replace("    rootdirectory", "\t\trootdirectory", System.StringComparison.Ordinal));

        yield return Case("tab-after-colon", """
            version:	0.1
            storage:
              filesystem:
                rootdirectory:	__ROOT__
            """);

        yield return Case("yaml-syntax-error", """
            version: 0.1
            storage:
              filesystem: {rootdirectory: __ROOT__
            auth:
              htpasswd: [
            """);

        yield return Case("yaml-unterminated-quote", """
            version: 0.1
            storage:
              filesystem:
                rootdirectory: "__ROOT__
            """);

        yield return Case("yaml-unclosed-flow-sequence", """
            version: 0.1
            storage:
              filesystem:
                rootdirectory: __ROOT__
            http:
              headers:
                X-Content-Type-Options: [nosniff
            """);

        yield return Case("yaml-bad-indentation", """
            version: 0.1
            storage:
              filesystem:
                rootdirectory: __ROOT__
               delete: {enabled: true}
            """);

        yield return Case("yaml-undefined-alias", """
            version: 0.1
            storage:
              filesystem:
                rootdirectory: __ROOT__
            auth: *login
            """);

        yield return Case("comments-only-after-document-end", """
            version: 0.1
            storage:
              filesystem:
                rootdirectory: __ROOT__
            ...
            # auth:
            #   htpasswd: {realm: registry, path: /auth/htpasswd}
            """);
    }

    private static string Crlf(string text) =>
        text.Replace("\r\n", "\n", System.StringComparison.Ordinal).Replace("\n", "\r\n", System.StringComparison.Ordinal);
}
