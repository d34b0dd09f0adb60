namespace RegistryConfigAnalyzers.Engine.Tests.Rules;

public sealed class RCA0102ExtraDocumentTests
{
    [Fact]
    public void Reports_a_second_document_at_its_separator()
    {
        var result = Config("""
            version: 0.1
            storage:
              inmemory:
            [||]---
            auth:
              htpasswd:
                realm: basic-realm
                path: /auth/htpasswd
            """).Reports(RuleIds.ExtraDocument);

        Assert.Contains("`auth`", result.Only(RuleIds.ExtraDocument).Message);
    }

    [Fact]
    public void Reports_every_later_document()
    {
        Config("""
            version: 0.1
            storage:
              inmemory:
            [||]---
            a: 1
            [||]---
            b: 2
            """).Reports(RuleIds.ExtraDocument);
    }

    [Fact]
    public void Is_silent_on_a_single_document_opened_with_a_separator()
    {
        Config("""
            ---
            version: 0.1
            storage:
              inmemory:
            """).DoesNotReport(RuleIds.ExtraDocument);
    }

    [Fact]
    public void Is_silent_on_a_single_document_closed_with_an_end_marker()
    {
        Config("""
            version: 0.1
            storage:
              inmemory:
            ...
            """).DoesNotReport(RuleIds.ExtraDocument);
    }
}
