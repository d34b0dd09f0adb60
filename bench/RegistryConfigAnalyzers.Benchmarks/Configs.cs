using System;
using System.Text;

namespace RegistryConfigAnalyzers.Benchmarks;

/// <summary>The configs measured: one per size a repository is likely to hold.</summary>
public static class Configs
{
    /// <summary>A local development registry: the kind most repositories hold.</summary>
    public const string Small = """
        version: 0.1
        storage:
          filesystem:
            rootdirectory: /var/lib/registry
        http:
          addr: :5000
        """;

    /// <summary>A production registry: auth, TLS, S3, redis, notifications, health checks.</summary>
    public const string Typical = """
        version: 0.1
        log:
          level: info
          formatter: json
          accesslog:
            disabled: false
          fields:
            service: registry
            environment: production
        storage:
          s3:
            region: eu-west-1
            bucket: company-images
            encrypt: true
            secure: true
            v4auth: true
            chunksize: 10485760
            rootdirectory: /registry
          delete:
            enabled: true
          cache:
            blobdescriptor: redis
          redirect:
            disable: false
          maintenance:
            uploadpurging:
              enabled: true
              age: 168h
              interval: 24h
              dryrun: false
        auth:
          token:
            realm: https://auth.example.test/token
            service: container-registry
            issuer: auth.example.test
            rootcertbundle: /certs/token-bundle.pem
        http:
          addr: :5000
          host: https://registry.example.test
          relativeurls: false
          draintimeout: 60s
          tls:
            certificate: /certs/tls.crt
            key: /certs/tls.key
            minimumtls: tls1.2
          headers:
            X-Content-Type-Options: [nosniff]
            Strict-Transport-Security: [max-age=31536000]
          debug:
            addr: 127.0.0.1:5001
            prometheus:
              enabled: true
              path: /metrics
        redis:
          addr: redis.internal:6379
          db: 0
          dialtimeout: 10ms
          readtimeout: 10ms
          writetimeout: 10ms
          pool:
            maxidle: 16
            maxactive: 64
            idletimeout: 300s
        notifications:
          events:
            includereferences: true
          endpoints:
            - name: audit
              url: https://audit.example.test/events
              timeout: 1s
              threshold: 10
              backoff: 1s
              ignoredmediatypes:
                - application/octet-stream
        health:
          storagedriver:
            enabled: true
            interval: 10s
            threshold: 3
          http:
            - uri: https://auth.example.test/health
              timeout: 3s
              interval: 30s
              threshold: 3
        validation:
          manifests:
            urls:
              allow:
                - ^https://cdn\.example\.test/
        """;

    /// <summary>
    /// The typical config with hundreds of notification endpoints, headers and health checks:
    /// larger than any real config seen, to show how the cost grows.
    /// </summary>
    public static readonly string Large = BuildLarge(endpoints: 400, headers: 300, checks: 200);

    public static string Get(string name) => name switch
    {
        nameof(Small) => Small + "\n",
        nameof(Typical) => Typical + "\n",
        nameof(Large) => Large,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "unknown config"),
    };

    public static int Utf8Bytes(string name) => Encoding.UTF8.GetByteCount(Get(name));

    private static string BuildLarge(int endpoints, int headers, int checks)
    {
        var sb = new StringBuilder();
        foreach (var line in Typical.Split('\n'))
        {
            sb.Append(line).Append('\n');
            if (line == "  headers:")
            {
                for (var i = 0; i < headers; i++)
                {
                    sb.Append($"    X-Custom-Header-{i}: [value-{i}]\n");
                }
            }
            else if (line == "  endpoints:")
            {
                for (var i = 0; i < endpoints; i++)
                {
                    sb.Append($"    - name: hook-{i}\n")
                        .Append($"      url: https://hooks-{i % 17}.example.test/events/{i}\n")
                        .Append("      timeout: 500ms\n")
                        .Append("      threshold: 5\n")
                        .Append("      backoff: 1s\n")
                        .Append("      headers:\n")
                        .Append($"        X-Hook-Id: [hook-{i}]\n")
                        .Append("      ignore:\n")
                        .Append("        mediatypes: [application/octet-stream]\n")
                        .Append("        actions: [pull]\n");
                }
            }
            else if (line == "  http:")
            {
                for (var i = 0; i < checks; i++)
                {
                    sb.Append($"    - uri: https://service-{i}.example.test/health\n")
                        .Append("      timeout: 3s\n")
                        .Append("      interval: 30s\n")
                        .Append("      threshold: 3\n");
                }
            }
        }

        return sb.ToString();
    }
}
