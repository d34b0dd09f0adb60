namespace RegistryConfigAnalyzers.Engine.Tests.Rules;

public sealed class RCA0901TemplateTests
{
    [Fact]
    public void Reports_a_helm_template_at_its_first_action()
    {
        Config("""
            version: 0.1
            storage:
              filesystem:
                rootdirectory: [|{{|] .Values.storage.root }}
            """).Reports(RuleIds.Template);
    }

    [Fact]
    public void Reports_a_jinja_block_at_its_tag()
    {
        Config("""
            version: 0.1
            storage:
              inmemory:
            [|{%|] if registry_auth %}
            auth:
              htpasswd:
                realm: basic-realm
                path: /auth/htpasswd
            {% endif %}
            """).Reports(RuleIds.Template);
    }

    [Fact]
    public void Reports_an_erb_template_at_its_tag()
    {
        Config("""
            version: 0.1
            storage: [|<%=|] @storage.to_json %>
            """).Reports(RuleIds.Template);
    }

    [Fact]
    public void Is_silent_on_braces_that_are_yaml_flow_style()
    {
        Config("""
            version: 0.1
            storage: {inmemory: {}}
            http: {addr: ":5000", headers: {X-Content-Type-Options: [nosniff]}}
            """).DoesNotReport(RuleIds.Template);
    }
}
