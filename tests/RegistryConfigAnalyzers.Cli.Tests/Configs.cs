namespace RegistryConfigAnalyzers.Cli.Tests;

/// <summary>Sample registry configs the CLI tests check, each with what the engine says about it.</summary>
internal static class Configs
{
    /// <summary>htpasswd auth behind TLS: nothing to report.</summary>
    public const string Clean = """
        version: 0.1
        storage:
          filesystem:
            rootdirectory: /var/lib/registry
        http:
          addr: :443
          tls:
            certificate: /certs/domain.crt
            key: /certs/domain.key
        auth:
          htpasswd:
            realm: basic
            path: /auth/htpasswd
        """;

    /// <summary>No auth at all: RCA0001 (an error) at (1,1).</summary>
    public const string Anonymous = """
        version: 0.1
        storage:
          filesystem:
            rootdirectory: /var/lib/registry
        http:
          addr: :5000
        """;

    /// <summary>htpasswd auth without TLS: RCA0200 (a warning) at the `htpasswd` key, (8,3).</summary>
    public const string HtpasswdWithoutTls = """
        version: 0.1
        storage:
          filesystem:
            rootdirectory: /var/lib/registry
        http:
          addr: :5000
        auth:
          htpasswd:
            realm: basic
            path: /auth/htpasswd
        """;

    /// <summary>The RCA0200 of <see cref="HtpasswdWithoutTls"/>, suppressed with a reason.</summary>
    public const string SuppressedWithReason = """
        version: 0.1
        storage:
          filesystem:
            rootdirectory: /var/lib/registry
        http:
          addr: :5000
        auth:
          # registry-config: disable-next-line RCA0200 -- TLS ends at the ingress
          htpasswd:
            realm: basic
            path: /auth/htpasswd
        """;

    /// <summary>A `compatibility` section, which only registry 2.x reads: RCA0104 on 3.x only.</summary>
    public const string WithV2OnlySection = """
        version: 0.1
        storage:
          filesystem:
            rootdirectory: /var/lib/registry
        http:
          addr: :443
          tls:
            certificate: /certs/domain.crt
            key: /certs/domain.key
        auth:
          htpasswd:
            realm: basic
            path: /auth/htpasswd
        compatibility:
          schema1:
            enabled: true
        """;

    /// <summary>A compose file that runs no registry: a deployment with nothing to judge.</summary>
    public const string ComposeFile = """
        services:
          web:
            image: nginx
        """;

    /// <summary>A YAML file that is neither a registry config nor a deployment.</summary>
    public const string OtherYaml = """
        name: build
        jobs:
          test:
            runs-on: ubuntu-latest
        """;

    /// <summary>
    /// A compose file that mounts ./registry/config.yml and clears its auth section with
    /// `REGISTRY_AUTH=` on line 7.
    /// </summary>
    public const string ComposeClearingAuth = """
        services:
          registry:
            image: registry:2
            volumes:
              - ./registry/config.yml:/etc/docker/registry/config.yml
            environment:
              - REGISTRY_AUTH=
        """;
}
