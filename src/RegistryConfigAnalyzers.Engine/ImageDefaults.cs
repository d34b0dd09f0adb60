namespace RegistryConfigAnalyzers.Engine;

/// <summary>
/// The config file baked into the official <c>registry</c> images, which a container runs
/// unless a file is mounted over it or the command names another path.
/// </summary>
public static class ImageDefaults
{
    private const string V2Config = """
        version: 0.1
        log:
          fields:
            service: registry
        storage:
          cache:
            blobdescriptor: inmemory
          filesystem:
            rootdirectory: /var/lib/registry
        http:
          addr: :5000
          headers:
            X-Content-Type-Options: [nosniff]
        health:
          storagedriver:
            enabled: true
            interval: 10s
            threshold: 3
        """;

    // registry:3 ships the development config: deletes on, debug logging, a metrics server on :5001, no auth.
    private const string V3Config = """
        version: 0.1
        log:
          level: debug
          fields:
            service: registry
            environment: development
        storage:
          delete:
            enabled: true
          cache:
            blobdescriptor: inmemory
          filesystem:
            rootdirectory: /var/lib/registry
          tag:
            concurrencylimit: 5
        http:
          addr: :5000
          debug:
            addr: :5001
            prometheus:
              enabled: true
              path: /metrics
        health:
          storagedriver:
            enabled: true
            interval: 10s
            threshold: 3
        """;

    /// <summary>The baked-in config text of the image of this major version.</summary>
    public static string ConfigText(RegistryVersion version) =>
        version == RegistryVersion.V2 ? V2Config + "\n" : V3Config + "\n";

    /// <summary>Where the image reads its config from.</summary>
    public static string ConfigPath(RegistryVersion version) =>
        version == RegistryVersion.V2 ? "/etc/docker/registry/config.yml" : "/etc/distribution/config.yml";

    /// <summary>The source name findings in a baked-in config carry.</summary>
    public static string SourceName(RegistryVersion version) =>
        version == RegistryVersion.V2 ? "image:registry:2" : "image:registry:3";
}
