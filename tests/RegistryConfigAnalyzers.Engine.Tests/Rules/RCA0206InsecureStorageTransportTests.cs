namespace RegistryConfigAnalyzers.Engine.Tests.Rules;

public sealed class RCA0206InsecureStorageTransportTests
{
    [Fact]
    public void Reports_each_insecure_s3_setting_at_its_value()
    {
        Config("""
            version: 0.1
            storage:
              s3:
                region: us-east-1
                bucket: images
                regionendpoint: [|http://minio.example.com:9000|]
                secure: [|false|]
                skipverify: [|true|]
                v4auth: [|false|]
            """).Reports(RuleIds.InsecureStorageTransport);
    }

    [Fact]
    public void Reports_a_quoted_false_which_s3_reads_as_false()
    {
        Config("""
            version: 0.1
            storage:
              s3:
                region: us-east-1
                bucket: images
                secure: [|"false"|]
            """).Reports(RuleIds.InsecureStorageTransport);
    }

    [Fact]
    public void Reports_swift_without_certificate_checks()
    {
        Config("""
            version: 0.1
            storage:
              swift:
                username: u
                password: ${SWIFT_PASSWORD}
                authurl: https://keystone.example.com/v3
                container: registry
                insecureskipverify: [|true|]
            """).On(RegistryVersion.V2).Reports(RuleIds.InsecureStorageTransport);
    }

    [Fact]
    public void Is_silent_on_s3_over_verified_tls()
    {
        Config("""
            version: 0.1
            storage:
              s3:
                region: us-east-1
                bucket: images
                regionendpoint: https://s3.example.com
                secure: true
                skipverify: false
                v4auth: true
            """).DoesNotReport(RuleIds.InsecureStorageTransport);
    }

    [Fact]
    public void Is_silent_on_an_http_endpoint_on_loopback()
    {
        Config("""
            version: 0.1
            storage:
              s3:
                region: us-east-1
                bucket: images
                regionendpoint: http://127.0.0.1:9000
            """).DoesNotReport(RuleIds.InsecureStorageTransport);
    }
}
