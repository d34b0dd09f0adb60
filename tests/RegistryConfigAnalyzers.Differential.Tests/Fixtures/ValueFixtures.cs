using System.Collections.Generic;

namespace RegistryConfigAnalyzers.Differential.Tests.Fixtures;

/// <summary>Scalars at the edges of yaml.v2's resolver: y/n, floats in int fields, durations, versions.</summary>
public static partial class Fixtures
{
    private static IEnumerable<RegistryCase> Values()
    {
        yield return Case("value-delete-enabled-y", """
            version: 0.1
            storage:
              inmemory:
              delete:
                enabled: y
            """);

        yield return Case("value-delete-enabled-on", """
            version: 0.1
            storage:
              inmemory:
              delete:
                enabled: on
            """);

        yield return Case("value-delete-enabled-literal-block", """
            version: 0.1
            storage:
              inmemory:
              delete:
                enabled: |-
                  true
            """);

        yield return Case("value-relativeurls-y", """
            version: 0.1
            storage:
              inmemory:
            http:
              relativeurls: y
            """);

        yield return Case("value-silly-realm-y", """
            version: 0.1
            storage:
              inmemory:
            auth:
              silly:
                realm: y
                service: registry
            """);

        yield return Case("value-silly-realm-n-upper", """
            version: 0.1
            storage:
              inmemory:
            auth:
              silly:
                realm: N
                service: registry
            """);

        yield return Case("value-catalog-maxentries-float", """
            version: 0.1
            storage:
              inmemory:
            catalog:
              maxentries: 1.5
            """);

        yield return Case("value-catalog-maxentries-exponent", """
            version: 0.1
            storage:
              inmemory:
            catalog:
              maxentries: 1e3
            """);

        yield return Case("value-catalog-maxentries-negative-infinity", """
            version: 0.1
            storage:
              inmemory:
            catalog:
              maxentries: -.inf
            """);

        yield return Case("value-catalog-maxentries-hex-underscore", """
            version: 0.1
            storage:
              inmemory:
            catalog:
              maxentries: 0x_1F
            """);

        yield return Case("value-catalog-maxentries-octal-0o", """
            version: 0.1
            storage:
              inmemory:
            catalog:
              maxentries: 0o17
            """);

        yield return Case("value-catalog-maxentries-uint64", """
            version: 0.1
            storage:
              inmemory:
            catalog:
              maxentries: 9223372036854775808
            """);

        yield return Case("value-draintimeout-float", """
            version: 0.1
            storage:
              inmemory:
            http:
              draintimeout: 1.5
            """);

        yield return Case("value-draintimeout-overflow", """
            version: 0.1
            storage:
              inmemory:
            http:
              draintimeout: 3000000h
            """);

        yield return Case("value-health-threshold-float", """
            version: 0.1
            storage:
              inmemory:
            health:
              storagedriver:
                enabled: true
                interval: 10s
                threshold: 2.0
            """);

        yield return Case("value-silly-service-dot-underscore", """
            version: 0.1
            storage:
              inmemory:
            auth:
              silly:
                realm: registry
                service: ._5
            """);

        yield return Case("value-silly-service-timestamp", """
            version: 0.1
            storage:
              inmemory:
            auth:
              silly:
                realm: registry
                service: 2001-12-14
            """);

        yield return Case("value-silly-service-0o-octal", """
            version: 0.1
            storage:
              inmemory:
            auth:
              silly:
                realm: registry
                service: 0o17
            """);

        yield return Case("value-silly-service-leading-zero-eight", """
            version: 0.1
            storage:
              inmemory:
            auth:
              silly:
                realm: registry
                service: 08
            """);

        yield return Case("value-silly-service-negative-overflow", """
            version: 0.1
            storage:
              inmemory:
            auth:
              silly:
                realm: registry
                service: -9223372036854775809
            """);

        yield return Case("value-htpasswd-realm-empty-string", """
            version: 0.1
            storage:
              filesystem:
                rootdirectory: __ROOT__
            auth:
              htpasswd:
                realm: ""
                path: __DIR__/htpasswd
            """, Provision.Htpasswd);

        yield return Case("value-log-level-dotted-capital-i", """
            version: 0.1
            log:
              level: İNFO
            storage:
              inmemory:
            """);

        yield return Case("value-loglevel-beside-log-level", """
            version: 0.1
            log:
              level: debug
              formatter: text
            loglevel: warn
            storage:
              inmemory:
            """);

        yield return Case("version-0.10", """
            version: 0.10
            storage:
              inmemory:
            """);

        yield return Case("version-dot-1", """
            version: .1
            storage:
              inmemory:
            """);

        yield return Case("version-00.1", """
            version: 00.1
            storage:
              inmemory:
            """);

        yield return Case("version-with-comment", """
            version: 0.1 # the only one
            storage:
              inmemory:
            """);

        yield return Case("version-folded-strip", """
            version: >-
              0.1
            storage:
              inmemory:
            """);

        yield return Case("version-literal-keep", """
            version: |
              0.1
            storage:
              inmemory:
            """);

        yield return Case("version-quoted-trailing-space", """
            version: "0.1 "
            storage:
              inmemory:
            """);

        yield return Case("version-double-quoted-escape", """
            version: "0\x2e1"
            storage:
              inmemory:
            """);

        yield return Case("version-alias", """
            x-v: &v 0.1
            version: *v
            storage:
              inmemory:
            """);

        yield return Case("version-repeated-last-wins", """
            version: 0.2
            version: 0.1
            storage:
              inmemory:
            """);

        yield return Case("version-multi-line-plain", """
            version:
              0.1
            storage:
              inmemory:
            """);
    }
}
