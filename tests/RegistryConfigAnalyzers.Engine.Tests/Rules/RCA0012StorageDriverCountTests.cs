namespace RegistryConfigAnalyzers.Engine.Tests.Rules;

public sealed class RCA0012StorageDriverCountTests
{
    [Fact]
    public void Reports_a_config_without_storage_at_its_first_key()
    {
        Config("""
            [|version|]: 0.1
            http:
              addr: :5000
            """).Reports(RuleIds.StorageDriverCount);
    }

    [Fact]
    public void Reports_a_storage_section_with_only_special_keys()
    {
        Config("""
            version: 0.1
            [|storage|]:
              cache:
                blobdescriptor: inmemory
              delete:
                enabled: true
            """).Reports(RuleIds.StorageDriverCount);
    }

    [Fact]
    public void Reports_a_second_driver_at_its_key()
    {
        Config("""
            version: 0.1
            storage:
              filesystem:
                rootdirectory: /var/lib/registry
              [|s3|]:
                region: us-east-1
                bucket: images
            """).Reports(RuleIds.StorageDriverCount);
    }

    [Fact]
    public void Reports_a_driver_the_registry_does_not_include()
    {
        Config("""
            version: 0.1
            storage:
              [|storj|]:
                bucket: images
            """).Reports(RuleIds.StorageDriverCount);
    }

    [Fact]
    public void Reports_a_driver_name_in_the_wrong_case()
    {
        var result = Config("""
            version: 0.1
            storage:
              [|FileSystem|]:
                rootdirectory: /var/lib/registry
            """).Reports(RuleIds.StorageDriverCount);

        Assert.Contains("`filesystem`", result.Only(RuleIds.StorageDriverCount).Message);
    }

    [Fact]
    public void Is_silent_on_one_driver_with_special_keys()
    {
        Config("""
            version: 0.1
            storage:
              filesystem:
                rootdirectory: /var/lib/registry
              cache:
                blobdescriptor: inmemory
              delete:
                enabled: false
              redirect:
                disable: true
            """).DoesNotReport(RuleIds.StorageDriverCount);
    }

    [Fact]
    public void Is_silent_on_a_bare_driver_name()
    {
        Config("""
            version: 0.1
            storage: inmemory
            """).DoesNotReport(RuleIds.StorageDriverCount);
    }
}
