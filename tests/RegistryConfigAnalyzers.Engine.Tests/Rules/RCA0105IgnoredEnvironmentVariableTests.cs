namespace RegistryConfigAnalyzers.Engine.Tests.Rules;

public sealed class RCA0105IgnoredEnvironmentVariableTests
{
    private const string Base = """
        version: 0.1
        storage:
          filesystem:
            rootdirectory: /var/lib/registry
        auth:
          htpasswd:
            realm: basic-realm
            path: /auth/htpasswd
        """;

    [Fact]
    public void Reports_a_name_in_lower_case()
    {
        Config(Base).WithEnvironment("""
            [|registry_http_addr=:5000|]
            """).Reports(RuleIds.IgnoredEnvironmentVariable);
    }

    [Fact]
    public void Reports_a_segment_that_names_no_field()
    {
        Config(Base).WithEnvironment("""
            [|REGISTRY_PORT=tcp://10.0.0.1:5000|]
            """).Reports(RuleIds.IgnoredEnvironmentVariable);
    }

    [Fact]
    public void Is_silent_on_a_variable_the_registry_applies()
    {
        Config(Base).WithEnvironment("""
            REGISTRY_HTTP_ADDR=127.0.0.1:5000
            REGISTRY_STORAGE_FILESYSTEM_ROOTDIRECTORY=/data
            """).DoesNotReport(RuleIds.IgnoredEnvironmentVariable);
    }

    [Fact]
    public void Is_silent_on_variables_that_are_not_the_registry_s()
    {
        Config(Base).WithEnvironment("""
            PATH=/usr/bin
            OTEL_TRACES_EXPORTER=none
            """).DoesNotReport(RuleIds.IgnoredEnvironmentVariable);
    }
}
