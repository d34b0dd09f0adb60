using System.Collections.Generic;

namespace RegistryConfigAnalyzers.Differential.Tests.Fixtures;

/// <summary>
/// Start-up checks the registry makes beyond the config's own types: storage driver parameters,
/// storage middleware options, file paths that are empty strings, and debug listeners that collide
/// with the main one or cannot listen at all; a second byte order mark, which yaml.v2 skips; and
/// overrides that add a second auth provider with no options.
/// </summary>
public static partial class Fixtures
{
    private static IEnumerable<RegistryCase> RoundThree()
    {
        // The filesystem driver takes maxthreads as an integer or a numeric string and panics on
        // anything else, before it ever serves a request.
        yield return Case("filesystem-maxthreads-float", """
            version: 0.1
            storage:
              filesystem:
                rootdirectory: __ROOT__
                maxthreads: 1.5
            """);

        yield return Case("filesystem-maxthreads-word", """
            version: 0.1
            storage:
              filesystem:
                rootdirectory: __ROOT__
                maxthreads: many
            """);

        yield return Case("filesystem-maxthreads-empty-string", """
            version: 0.1
            storage:
              filesystem:
                rootdirectory: __ROOT__
                maxthreads: ""
            """);

        yield return Case("env-filesystem-maxthreads-word", """
            version: 0.1
            storage:
              filesystem:
                rootdirectory: __ROOT__
            """, Provision.None, ("REGISTRY_STORAGE_FILESYSTEM_MAXTHREADS", "many"));

        // The redirect storage middleware needs a baseurl with a scheme and a host; without one the
        // registry panics while it sets up storage.
        yield return Case("middleware-redirect-without-options", """
            version: 0.1
            storage:
              filesystem:
                rootdirectory: __ROOT__
            middleware:
              storage:
                - name: redirect
            """);

        yield return Case("middleware-redirect-baseurl-without-scheme", """
            version: 0.1
            storage:
              filesystem:
                rootdirectory: __ROOT__
            middleware:
              storage:
                - name: redirect
                  options:
                    baseurl: 127.0.0.1/blobs
            """);

        yield return Case("env-middleware-redirect-without-options", """
            version: 0.1
            storage:
              filesystem:
                rootdirectory: __ROOT__
            """, Provision.None, ("REGISTRY_MIDDLEWARE", "{storage: [{name: redirect}]}"));

        // The cloudfront middleware checks that its options are there before it reads the key file.
        yield return Case("middleware-cloudfront-without-privatekey", """
            version: 0.1
            storage:
              inmemory:
            middleware:
              storage:
                - name: cloudfront
                  options:
                    baseurl: https://127.0.0.1/
                    keypairid: K
            """);

        yield return Case("middleware-cloudfront-without-keypairid", """
            version: 0.1
            storage:
              inmemory:
            middleware:
              storage:
                - name: cloudfront
                  options:
                    baseurl: https://127.0.0.1/
                    privatekey: __DIR__/cloudfront.pem
            """);

        // An empty string passes the auth providers' "is it a string" check, and then opening the file
        // named "" fails: a missing htpasswd file is created, an empty path is not. A TLS client CA
        // list is read the same way.
        yield return Case("htpasswd-path-empty-string", """
            version: 0.1
            storage:
              inmemory:
            auth:
              htpasswd:
                realm: registry
                path: ""
            """);

        yield return Case("env-htpasswd-path-quoted-empty-string", """
            version: 0.1
            storage:
              inmemory:
            auth:
              htpasswd:
                realm: registry
                path: __DIR__/htpasswd
            """, Provision.Htpasswd, ("REGISTRY_AUTH_HTPASSWD_PATH", "\"\""));

        yield return Case("token-rootcertbundle-empty-string", """
            version: 0.1
            storage:
              inmemory:
            auth:
              token:
                realm: https://127.0.0.1/token
                issuer: issuer
                service: registry
                rootcertbundle: ''
            """);

        yield return Case("tls-clientcas-empty-string", """
            version: 0.1
            storage:
              inmemory:
            http:
              tls:
                certificate: __DIR__/cert.pem
                key: __DIR__/key.pem
                clientcas:
                  - ""
            """, Provision.Certificate);

        // The debug server and the main listener are separate sockets; on the same address the
        // second bind fails and the registry exits.
        yield return Case("debug-addr-same-as-http-addr", """
            version: 0.1
            storage:
              inmemory:
            http:
              debug:
                addr: 127.0.0.1:__PORT__
            """);

        yield return Case("env-debug-addr-same-as-http-addr", """
            version: 0.1
            storage:
              inmemory:
            """, Provision.None, ("REGISTRY_HTTP_DEBUG_ADDR", "127.0.0.1:__PORT__"));

        // The debug server's address is only tried at start, and a port it cannot parse ends the
        // registry as surely as a bad main address.
        yield return Case("debug-addr-port-out-of-range", """
            version: 0.1
            storage:
              inmemory:
            http:
              debug:
                addr: 127.0.0.1:99999
            """);

        // The main listener follows the same rules; the harness sets its address, so these give it
        // one Go refuses, or one with a sign Go accepts.
        foreach (var (name, listen) in new[]
        {
            ("http-addr-without-port", "127.0.0.1"),
            ("http-addr-port-out-of-range", "127.0.0.1:99999"),
            ("http-addr-port-not-a-number", "127.0.0.1:debug"),
            ("http-addr-port-with-plus-sign", "127.0.0.1:+__PORT__"),
        })
        {
            yield return new RegistryCase(name, """
                version: 0.1
                storage:
                  inmemory:
                """) { ListenAddress = listen };
        }

        yield return Case("debug-addr-port-not-a-number", """
            version: 0.1
            storage:
              inmemory:
            http:
              debug:
                addr: 127.0.0.1:debug
            """);

        yield return Case("env-debug-addr-port-out-of-range", """
            version: 0.1
            storage:
              inmemory:
            """, Provision.None, ("REGISTRY_HTTP_DEBUG_ADDR", "127.0.0.1:70000"));

        // yaml.v2 skips a byte order mark at the start of a value, and one more where a line starts,
        // so two marks before `true` still read as a boolean.
        yield return Case("env-delete-enabled-two-byte-order-marks", """
            version: 0.1
            storage:
              inmemory:
            """, Provision.None, ("REGISTRY_STORAGE_DELETE_ENABLED", "\uFEFF\uFEFFtrue"));

        // The skipped second mark still counts as a column: the first key sits in column 1, and keys
        // below it that are indented by one space belong to the same top-level mapping.
        yield return Case("two-byte-order-marks-then-keys-one-column-in",
            "\uFEFF\uFEFFversion: 0.1\n storage:\n   inmemory:\n   delete:\n     enabled: true\n");

        // An override that names another provider with an empty value still adds a key to `auth`.
        // With two keys the registry picks the provider and, separately, its options at random, so
        // it may start with silly auth or panic; the verdict has to say it cannot know.
        yield return Case("env-auth-second-provider-null", """
            version: 0.1
            storage:
              inmemory:
            auth:
              silly:
                realm: registry
                service: registry
            """, Provision.None, ("REGISTRY_AUTH_TOKEN", "~"));

        yield return Case("env-auth-second-provider-empty", """
            version: 0.1
            storage:
              inmemory:
            auth:
              silly:
                realm: registry
                service: registry
            """, Provision.None, ("REGISTRY_AUTH_TOKEN", ""));

        // A dot is no separator: this adds a provider named `silly.realm`.
        yield return Case("env-auth-name-with-dot-null", """
            version: 0.1
            storage:
              inmemory:
            auth:
              silly:
                realm: registry
                service: registry
            """, Provision.None, ("REGISTRY_AUTH_SILLY.REALM", "~"));
    }
}
