using System.Collections.Generic;

namespace RegistryConfigAnalyzers.Differential.Tests.Fixtures;

public static partial class Fixtures
{
    private static IEnumerable<RegistryCase> Sections()
    {
        yield return Case("headers-scalar-value", """
            version: 0.1
            storage:
              filesystem:
                rootdirectory: __ROOT__
            http:
              addr: 127.0.0.1:__PORT__
              headers:
                X-Content-Type-Options: nosniff
            """);

        yield return Case("headers-list-value", """
            version: 0.1
            storage:
              filesystem:
                rootdirectory: __ROOT__
            http:
              addr: 127.0.0.1:__PORT__
              headers:
                X-Content-Type-Options: [nosniff]
            """);

        yield return Case("relativeurls-quoted-true", """
            version: 0.1
            storage:
              filesystem:
                rootdirectory: __ROOT__
            http:
              addr: 127.0.0.1:__PORT__
              relativeurls: "true"
            """);

        yield return Case("relativeurls-true", """
            version: 0.1
            storage:
              filesystem:
                rootdirectory: __ROOT__
            http:
              addr: 127.0.0.1:__PORT__
              relativeurls: true
            """);

        yield return Case("log-level-trace", """
            version: 0.1
            log:
              level: trace
            storage:
              filesystem:
                rootdirectory: __ROOT__
            """);

        yield return Case("log-level-upper-case-DEBUG", """
            version: 0.1
            log:
              level: DEBUG
            storage:
              filesystem:
                rootdirectory: __ROOT__
            """);

        yield return Case("loglevel-deprecated-invalid", """
            version: 0.1
            loglevel: verbose
            storage:
              filesystem:
                rootdirectory: __ROOT__
            """);

        yield return Case("log-formatter-xml", """
            version: 0.1
            log:
              formatter: xml
            storage:
              filesystem:
                rootdirectory: __ROOT__
            """);

        yield return Case("redirect-empty-map", """
            version: 0.1
            storage:
              filesystem:
                rootdirectory: __ROOT__
              redirect: {}
            """);

        yield return Case("redirect-disable-true", """
            version: 0.1
            storage:
              filesystem:
                rootdirectory: __ROOT__
              redirect:
                disable: true
            """);

        yield return Case("uploadpurging-partial", """
            version: 0.1
            storage:
              filesystem:
                rootdirectory: __ROOT__
              maintenance:
                uploadpurging:
                  enabled: true
                  age: 168h
            """);

        yield return Case("uploadpurging-disabled-alone", """
            version: 0.1
            storage:
              filesystem:
                rootdirectory: __ROOT__
              maintenance:
                uploadpurging:
                  enabled: false
            """);

        yield return Case("cache-redis-without-redis", """
            version: 0.1
            storage:
              filesystem:
                rootdirectory: __ROOT__
              cache:
                blobdescriptor: redis
            """);

        yield return Case("cache-inmemory", """
            version: 0.1
            storage:
              filesystem:
                rootdirectory: __ROOT__
              cache:
                blobdescriptor: inmemory
            """);

        yield return Case("tls-key-without-certificate", """
            version: 0.1
            storage:
              filesystem:
                rootdirectory: __ROOT__
            http:
              addr: 127.0.0.1:__PORT__
              tls:
                key: __DIR__/key.pem
            """, Provision.Certificate);

        yield return Case("tls-certificate-without-key", """
            version: 0.1
            storage:
              filesystem:
                rootdirectory: __ROOT__
            http:
              addr: 127.0.0.1:__PORT__
              tls:
                certificate: __DIR__/cert.pem
            """, Provision.Certificate);

        yield return Case("tls-certificate-and-key", """
            version: 0.1
            storage:
              filesystem:
                rootdirectory: __ROOT__
            http:
              addr: 127.0.0.1:__PORT__
              tls:
                certificate: __DIR__/cert.pem
                key: __DIR__/key.pem
            """, Provision.Certificate);

        yield return Case("tls-minimumtls-upper-case", """
            version: 0.1
            storage:
              filesystem:
                rootdirectory: __ROOT__
            http:
              addr: 127.0.0.1:__PORT__
              tls:
                certificate: __DIR__/cert.pem
                key: __DIR__/key.pem
                minimumtls: TLS1.2
            """, Provision.Certificate);

        yield return Case("tls-minimumtls-bad-without-certificate", """
            version: 0.1
            storage:
              filesystem:
                rootdirectory: __ROOT__
            http:
              addr: 127.0.0.1:__PORT__
              tls:
                minimumtls: TLS1.2
            """);

        yield return Case("debug-server-on-loopback", """
            version: 0.1
            storage:
              filesystem:
                rootdirectory: __ROOT__
            http:
              addr: 127.0.0.1:__PORT__
              debug:
                addr: 127.0.0.1:__DEBUGPORT__
                prometheus:
                  enabled: true
            """);

        yield return Case("http-host-unparsable", """
            version: 0.1
            storage:
              filesystem:
                rootdirectory: __ROOT__
            http:
              addr: 127.0.0.1:__PORT__
              host: "http://registry example"
            """);

        yield return Case("http-secret-number", """
            version: 0.1
            storage:
              filesystem:
                rootdirectory: __ROOT__
            http:
              addr: 127.0.0.1:__PORT__
              secret: 12345
            """);

        yield return Case("http-draintimeout-bad", """
            version: 0.1
            storage:
              filesystem:
                rootdirectory: __ROOT__
            http:
              addr: 127.0.0.1:__PORT__
              draintimeout: soon
            """);

        yield return Case("registry-middleware-unknown", """
            version: 0.1
            storage:
              filesystem:
                rootdirectory: __ROOT__
            middleware:
              registry:
                - name: nosuchmiddleware
            """);

        yield return Case("repository-middleware-unknown", """
            version: 0.1
            storage:
              filesystem:
                rootdirectory: __ROOT__
              delete:
                enabled: true
            middleware:
              repository:
                - name: nosuchmiddleware
            """);
    }
}
