namespace RegistryConfigAnalyzers.Engine.Tests.Rules;

public sealed class RCA0300SecretInFileTests
{
    [Fact]
    public void Reports_storage_keys_written_in_the_file()
    {
        Config("""
            version: 0.1
            storage:
              s3:
                region: us-east-1
                bucket: images
                accesskey: [|AKIAIOSFODNN7EXAMPLE|]
                secretkey: [|wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY|]
            """).Reports(RuleIds.SecretInFile);
    }

    [Fact]
    public void Reports_the_http_secret()
    {
        Config("""
            version: 0.1
            storage:
              inmemory:
            http:
              secret: [|9f2c4e1b7a6d8c3e5f0a1b2c3d4e5f6a7b8c|]
            """).Reports(RuleIds.SecretInFile);
    }

    [Fact]
    public void Reports_an_authorization_header_value_of_a_notification_endpoint()
    {
        Config("""
            version: 0.1
            storage:
              inmemory:
            notifications:
              endpoints:
                - name: audit
                  url: https://audit.example.com/events
                  headers:
                    Authorization: [[|Bearer 0123456789abcdef|]]
            """).Reports(RuleIds.SecretInFile);
    }

    [Fact]
    public void Reports_the_proxy_and_redis_passwords()
    {
        Config("""
            version: 0.1
            storage:
              inmemory:
            proxy:
              remoteurl: https://registry-1.docker.io
              username: mirror-bot
              password: [|hunter2|]
            redis:
              addr: redis:6379
              password: [|redis-pass|]
            auth:
              htpasswd:
                realm: basic-realm
                path: /auth/htpasswd
            """).On(RegistryVersion.V2).Reports(RuleIds.SecretInFile);
    }

    [Fact]
    public void Is_silent_on_references_to_secrets_injected_later()
    {
        Config("""
            version: 0.1
            storage:
              s3:
                region: us-east-1
                bucket: images
                accesskey: ${S3_ACCESS_KEY}
                secretkey: <secret-key>
            http:
              secret: ""
            """).DoesNotReport(RuleIds.SecretInFile);
    }

    [Fact]
    public void Is_silent_on_a_placeholder_that_a_deploy_step_substitutes()
    {
        Config("""
            version: 0.1
            storage:
              inmemory:
            http:
              secret: __HTTP_SECRET__
            """).DoesNotReport(RuleIds.SecretInFile);
    }
}
