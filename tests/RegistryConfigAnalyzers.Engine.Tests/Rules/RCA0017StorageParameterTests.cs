namespace RegistryConfigAnalyzers.Engine.Tests.Rules;

public sealed class RCA0017StorageParameterTests
{
    private const string Filesystem = """
        version: 0.1
        storage:
          filesystem:
            rootdirectory: /var/lib/registry
            maxthreads: __VALUE__
        """;

    private const string Redirect = """
        version: 0.1
        storage:
          inmemory:
        middleware:
          storage:
            - name: redirect
              options:
                baseurl: __VALUE__
        """;

    [Theory]
    [InlineData("[|1.5|]")]
    [InlineData("[|many|]")]
    [InlineData("[|\"\"|]")]
    [InlineData("[|\"-5\"|]")]
    [InlineData("[|\"08\"|]")]
    [InlineData("[|\"1__0\"|]")]
    [InlineData("[|true|]")]
    [InlineData("[|{n: 1}|]")]
    [InlineData("[|18446744073709551616|]")]
    public void Reports_filesystem_maxthreads_the_driver_cannot_read(string value)
    {
        Config(Filesystem.Replace("__VALUE__", value)).Reports(RuleIds.InvalidSection);
    }

    [Theory]
    [InlineData("10")]
    [InlineData("-5")]
    [InlineData("0")]
    [InlineData("null")]
    [InlineData("\"0x40\"")]
    [InlineData("\"1_000\"")]
    [InlineData("\"0b101\"")]
    [InlineData("18446744073709551615")]
    public void Accepts_filesystem_maxthreads_that_start(string value)
    {
        Config(Filesystem.Replace("__VALUE__", value)).DoesNotReport(RuleIds.InvalidSection);
    }

    [Fact]
    public void Reports_maxthreads_set_from_the_environment_to_a_word()
    {
        Config("""
            version: 0.1
            storage:
              filesystem:
                rootdirectory: /var/lib/registry
            """).WithEnvironment("""
            [|REGISTRY_STORAGE_FILESYSTEM_MAXTHREADS=many|]
            """).Reports(RuleIds.InvalidSection);
    }

    [Fact]
    public void Trusts_maxthreads_from_a_variable_whose_value_is_unknown()
    {
        Config("""
            version: 0.1
            storage:
              filesystem:
                rootdirectory: /var/lib/registry
            """).WithEnvironment("""
            REGISTRY_STORAGE_FILESYSTEM_MAXTHREADS
            """).DoesNotReport(RuleIds.InvalidSection);
    }

    [Fact]
    public void Reports_a_redirect_middleware_without_options_at_its_name()
    {
        Config("""
            version: 0.1
            storage:
              inmemory:
            middleware:
              storage:
                - name: [|redirect|]
            """).Reports(RuleIds.InvalidSection);
    }

    [Theory]
    [InlineData("[|127.0.0.1/blobs|]")]
    [InlineData("[|localhost:5000|]")]
    [InlineData("[|\"https://\"|]")]
    [InlineData("[|http://h:port|]")]
    [InlineData("[|http://h/%zz|]")]
    [InlineData("[|8080|]")]
    [InlineData("[|null|]")]
    public void Reports_a_redirect_baseurl_without_a_scheme_and_host(string value)
    {
        Config(Redirect.Replace("__VALUE__", value)).Reports(RuleIds.InvalidSection);
    }

    [Theory]
    [InlineData("https://h/p")]
    [InlineData("http://127.0.0.1:8080")]
    [InlineData("http://[::1]:80/x")]
    [InlineData("https://user@cdn.example.com/p?q=1#f")]
    public void Accepts_a_redirect_baseurl_with_a_scheme_and_host(string value)
    {
        Config(Redirect.Replace("__VALUE__", value)).DoesNotReport(RuleIds.InvalidSection);
    }

    [Fact]
    public void Reports_a_redirect_middleware_from_the_environment_without_options()
    {
        Config("""
            version: 0.1
            storage:
              inmemory:
            """).WithEnvironment("""
            [|REGISTRY_MIDDLEWARE={storage: [{name: redirect}]}|]
            """).Reports(RuleIds.InvalidSection);
    }

    [Fact]
    public void Reports_a_cloudfront_middleware_without_its_key_pair_id()
    {
        Config("""
            version: 0.1
            storage:
              inmemory:
            middleware:
              storage:
                - name: [|cloudfront|]
                  options:
                    baseurl: https://d111111abcdef8.cloudfront.net/
                    privatekey: /etc/registry/cloudfront.pem
            """).Reports(RuleIds.InvalidSection);
    }

    [Fact]
    public void Reports_a_cloudfront_duration_that_is_not_a_duration()
    {
        Config("""
            version: 0.1
            storage:
              inmemory:
            middleware:
              storage:
                - name: cloudfront
                  options:
                    baseurl: https://d111111abcdef8.cloudfront.net/
                    privatekey: /etc/registry/cloudfront.pem
                    keypairid: APKAEXAMPLE
                    duration: [|20 minutes|]
            """).Reports(RuleIds.InvalidSection);
    }

    [Fact]
    public void Reports_a_cloudfront_region_filter_without_regions()
    {
        Config("""
            version: 0.1
            storage:
              inmemory:
            middleware:
              storage:
                - name: cloudfront
                  options:
                    baseurl: https://d111111abcdef8.cloudfront.net/
                    privatekey: /etc/registry/cloudfront.pem
                    keypairid: APKAEXAMPLE
                    ipfilteredby: [|awsregion|]
            """).Reports(RuleIds.InvalidSection);
    }

    [Fact]
    public void Accepts_a_complete_cloudfront_middleware_whose_key_file_it_never_opens()
    {
        Config("""
            version: 0.1
            storage:
              inmemory:
            middleware:
              storage:
                - name: cloudfront
                  options:
                    baseurl: d111111abcdef8.cloudfront.net
                    privatekey: /etc/registry/cloudfront.pem
                    keypairid: APKAEXAMPLE
                    duration: 3000
                    ipfilteredby: awsregion
                    awsregion: us-east-1, us-west-2
            """).DoesNotReport(RuleIds.InvalidSection);
    }

    [Theory]
    [InlineData("V2", "[|\"soon\"|]")]
    [InlineData("V3", "[|\"soon\"|]")]
    public void Reports_a_cloudfront_update_frequency_that_is_not_a_duration(string version, string value)
    {
        Config($"""
            version: 0.1
            storage:
              inmemory:
            middleware:
              storage:
                - name: cloudfront
                  options:
                    baseurl: https://d111111abcdef8.cloudfront.net/
                    privatekey: /etc/registry/cloudfront.pem
                    keypairid: APKAEXAMPLE
                    updatefrenquency: {value}
            """).On(System.Enum.Parse<RegistryVersion>(version)).Reports(RuleIds.InvalidSection);
    }

    [Fact]
    public void Reads_the_correctly_spelt_update_frequency_only_on_3()
    {
        const string config = """
            version: 0.1
            storage:
              inmemory:
            middleware:
              storage:
                - name: cloudfront
                  options:
                    baseurl: https://d111111abcdef8.cloudfront.net/
                    privatekey: /etc/registry/cloudfront.pem
                    keypairid: APKAEXAMPLE
                    updatefrequency: __VALUE__
            """;
        Config(config.Replace("__VALUE__", "soon")).On(RegistryVersion.V2).DoesNotReport(RuleIds.InvalidSection);
        Config(config.Replace("__VALUE__", "[|soon|]")).On(RegistryVersion.V3).Reports(RuleIds.InvalidSection);
    }

    [Theory]
    [InlineData("[|region|]: \"\"")]
    [InlineData("secure: [|\"nope\"|]")]
    [InlineData("encrypt: [|1|]")]
    [InlineData("chunksize: [|1|]")]
    [InlineData("chunksize: [|\"5MB\"|]")]
    [InlineData("multipartcopymaxconcurrency: [|0|]")]
    [InlineData("storageclass: [|glacier|]")]
    [InlineData("objectacl: [|public|]")]
    public void Reports_s3_parameters_the_2_driver_rejects(string line)
    {
        Config($"""
            version: 0.1
            storage:
              s3:
                region: us-east-1
                bucket: images
                regionendpoint: http://minio:9000
                {line}
            """).On(RegistryVersion.V2).Reports(RuleIds.InvalidSection);
    }

    [Fact]
    public void Reports_s3_without_a_bucket_at_the_driver()
    {
        Config("""
            version: 0.1
            storage:
              [|s3|]:
                region: us-east-1
            """).On(RegistryVersion.V2).Reports(RuleIds.InvalidSection);
    }

    [Fact]
    public void Reports_s3_v2_signatures_on_aws_itself()
    {
        Config("""
            version: 0.1
            storage:
              s3:
                region: us-east-1
                bucket: images
                v4auth: [|false|]
            """).On(RegistryVersion.V2).Reports(RuleIds.InvalidSection);
    }

    [Fact]
    public void Accepts_s3_parameters_written_as_strings_the_driver_parses()
    {
        Config("""
            version: 0.1
            storage:
              s3:
                region: us-east-1
                bucket: images
                regionendpoint: http://minio:9000
                secure: "false"
                v4auth: "f"
                chunksize: "0x500000"
                storageclass: standard
                objectacl: bucket-owner-full-control
            """).On(RegistryVersion.V2).DoesNotReport(RuleIds.InvalidSection);
    }

    [Theory]
    [InlineData("chunksize: [|\"0x500000\"|]")]
    [InlineData("chunksize: [|1.5e7|]")]
    [InlineData("multipartcopychunksize: [|33554432.7|]")]
    [InlineData("forcepathstyle: [|maybe|]")]
    [InlineData("storageclass: [|glacier|]")]
    public void Reports_s3_parameters_the_3_driver_rejects(string line)
    {
        Config($"""
            version: 0.1
            storage:
              s3:
                region: us-east-1
                bucket: images
                {line}
            """).On(RegistryVersion.V3).Reports(RuleIds.InvalidSection);
    }

    [Fact]
    public void Accepts_on_3_what_its_scan_for_a_leading_integer_reads()
    {
        Config("""
            version: 0.1
            storage:
              s3:
                bucket: images
                regionendpoint: http://minio:9000
                chunksize: 10485760 bytes
                multipartcopymaxconcurrency: 2.5
                multipartcopythresholdsize: "0x10"
                storageclass: standard_ia
                usedualstack: "true"
            """).On(RegistryVersion.V3).DoesNotReport(RuleIds.InvalidSection);
    }

    [Fact]
    public void Needs_an_s3_region_on_2_even_with_an_endpoint()
    {
        Config("""
            version: 0.1
            storage:
              [|s3|]:
                bucket: images
                regionendpoint: http://minio:9000
            """).On(RegistryVersion.V2).Reports(RuleIds.InvalidSection);
    }

    [Fact]
    public void Reports_swift_without_a_container_at_the_driver()
    {
        Config("""
            version: 0.1
            storage:
              [|swift|]:
                username: u
                password: p
                authurl: http://keystone/v3
            """).On(RegistryVersion.V2).Reports(RuleIds.InvalidSection);
    }

    [Theory]
    [InlineData("prefix: [|1234|]")]
    [InlineData("chunksize: [|1024|]")]
    [InlineData("chunksize: [|1024.5|]")]
    [InlineData("chunksize: [|\"20971520\"|]")]
    [InlineData("insecureskipverify: [|\"true\"|]")]
    public void Reports_swift_parameters_the_driver_rejects(string line)
    {
        Config($"""
            version: 0.1
            storage:
              swift:
                username: u
                authurl: http://keystone/v3
                container: c
                password: p
                {line}
            """).On(RegistryVersion.V2).Reports(RuleIds.InvalidSection);
    }

    [Fact]
    public void Accepts_swift_with_a_numeric_tenant_it_turns_into_a_string()
    {
        Config("""
            version: 0.1
            storage:
              swift:
                UserName: u
                password: p
                authurl: http://keystone/v3
                container: c
                tenantid: 12345
                authversion: 3
                chunksize: 20971520.5
            """).On(RegistryVersion.V2).DoesNotReport(RuleIds.InvalidSection);
    }
}
