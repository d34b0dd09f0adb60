using System.Collections.Generic;

namespace RegistryConfigAnalyzers.Differential.Tests.Fixtures;

public static partial class Fixtures
{
    private static IEnumerable<RegistryCase> Auth()
    {
        yield return Case("no-auth", """
            version: 0.1
            storage:
              filesystem:
                rootdirectory: __ROOT__
            """);

        yield return Case("auth-empty-map", """
            version: 0.1
            storage:
              filesystem:
                rootdirectory: __ROOT__
            auth: {}
            """);

        yield return Case("auth-null", """
            version: 0.1
            storage:
              filesystem:
                rootdirectory: __ROOT__
            auth:
            """);

        yield return Case("auth-none-string", """
            version: 0.1
            storage:
              filesystem:
                rootdirectory: __ROOT__
            auth: none
            """);

        yield return Case("auth-None-provider", """
            version: 0.1
            storage:
              filesystem:
                rootdirectory: __ROOT__
            auth:
              None: {}
            """);

        yield return Case("auth-misspelt-auht", """
            version: 0.1
            storage:
              filesystem:
                rootdirectory: __ROOT__
            auht:
              htpasswd:
                realm: registry
                path: __DIR__/htpasswd
            """, Provision.Htpasswd);

        yield return Case("auth-capitalised-Auth", """
            version: 0.1
            storage:
              filesystem:
                rootdirectory: __ROOT__
            Auth:
              htpasswd:
                realm: registry
                path: __DIR__/htpasswd
            """, Provision.Htpasswd);

        yield return Case("auth-nested-under-http", """
            version: 0.1
            storage:
              filesystem:
                rootdirectory: __ROOT__
            http:
              addr: 127.0.0.1:__PORT__
              auth:
                htpasswd:
                  realm: registry
                  path: __DIR__/htpasswd
            """, Provision.Htpasswd);

        yield return Case("auth-duplicate-last-empty", """
            version: 0.1
            storage:
              filesystem:
                rootdirectory: __ROOT__
            auth:
              htpasswd:
                realm: registry
                path: __DIR__/htpasswd
            auth: {}
            """, Provision.Htpasswd);

        yield return Case("auth-duplicate-last-htpasswd", """
            version: 0.1
            storage:
              filesystem:
                rootdirectory: __ROOT__
            auth: {}
            auth:
              htpasswd:
                realm: registry
                path: __DIR__/htpasswd
            """, Provision.Htpasswd);

        yield return Case("auth-in-second-document", """
            version: 0.1
            storage:
              filesystem:
                rootdirectory: __ROOT__
            ---
            auth:
              htpasswd:
                realm: registry
                path: __DIR__/htpasswd
            """, Provision.Htpasswd);

        yield return Case("auth-list", """
            version: 0.1
            storage:
              filesystem:
                rootdirectory: __ROOT__
            auth:
              - htpasswd
            """);

        yield return Case("silly", """
            version: 0.1
            storage:
              filesystem:
                rootdirectory: __ROOT__
            auth:
              silly:
                realm: registry
                service: registry
            """);

        yield return Case("silly-without-service", """
            version: 0.1
            storage:
              filesystem:
                rootdirectory: __ROOT__
            auth:
              silly:
                realm: registry
            """);

        yield return Case("silly-bare-string", """
            version: 0.1
            storage:
              filesystem:
                rootdirectory: __ROOT__
            auth: silly
            """);

        yield return Case("htpasswd", """
            version: 0.1
            storage:
              filesystem:
                rootdirectory: __ROOT__
            auth:
              htpasswd:
                realm: registry
                path: __DIR__/htpasswd
            """, Provision.Htpasswd);

        yield return Case("htpasswd-missing-file-is-created", """
            version: 0.1
            storage:
              filesystem:
                rootdirectory: __ROOT__
            auth:
              htpasswd:
                realm: registry
                path: __DIR__/made-at-start/htpasswd
            """);

        yield return Case("htpasswd-numeric-realm", """
            version: 0.1
            storage:
              filesystem:
                rootdirectory: __ROOT__
            auth:
              htpasswd:
                realm: 123
                path: __DIR__/htpasswd
            """, Provision.Htpasswd);

        yield return Case("token-with-bundle", """
            version: 0.1
            storage:
              filesystem:
                rootdirectory: __ROOT__
            auth:
              token:
                realm: https://127.0.0.1:1/token
                service: registry
                issuer: issuer
                rootcertbundle: __DIR__/cert.pem
            """, Provision.Certificate);

        yield return Case("token-without-rootcertbundle", """
            version: 0.1
            storage:
              filesystem:
                rootdirectory: __ROOT__
            auth:
              token:
                realm: https://127.0.0.1:1/token
                service: registry
                issuer: issuer
            """);

        yield return Case("token-autoredirect-quoted", """
            version: 0.1
            storage:
              filesystem:
                rootdirectory: __ROOT__
            auth:
              token:
                realm: https://127.0.0.1:1/token
                service: registry
                issuer: issuer
                rootcertbundle: __DIR__/cert.pem
                autoredirect: "true"
            """, Provision.Certificate);

        yield return Case("two-auth-providers", """
            version: 0.1
            storage:
              filesystem:
                rootdirectory: __ROOT__
            auth:
              silly:
                realm: registry
                service: registry
              htpasswd:
                realm: registry
                path: __DIR__/htpasswd
            """, Provision.Htpasswd);

        yield return Case("unknown-auth-provider", """
            version: 0.1
            storage:
              filesystem:
                rootdirectory: __ROOT__
            auth:
              ldap:
                url: ldap://127.0.0.1:1
            """);
    }
}
