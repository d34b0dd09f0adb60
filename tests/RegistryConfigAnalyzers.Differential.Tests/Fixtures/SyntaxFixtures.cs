using System.Collections.Generic;

namespace RegistryConfigAnalyzers.Differential.Tests.Fixtures;

/// <summary>Where libyaml (inside yaml.v2) and other YAML readers part ways: directives, breaks, limits.</summary>
public static partial class Fixtures
{
    private const string SillyAuth = """
        auth:
          silly:
            realm: registry
            service: registry
        """;

    private static IEnumerable<RegistryCase> Syntax()
    {
        yield return Case("directive-yaml-1.2", """
            %YAML 1.2
            ---
            version: 0.1
            storage:
              inmemory:
            """);

        yield return Case("directive-yaml-1.1", """
            %YAML 1.1
            ---
            version: 0.1
            storage:
              inmemory:
            """);

        yield return Case("directive-tag-handle", """
            %TAG !reg! tag:example.com,2024:
            ---
            version: 0.1
            storage:
              inmemory:
              delete:
                enabled: !reg!flag true
            """);

        yield return Case("document-end-then-bare-content", """
            version: 0.1
            storage:
              inmemory:
            ...
            auth:
              silly:
                realm: registry
                service: registry
            """);

        yield return Case("document-start-on-first-line-with-content", """
            --- {version: 0.1, storage: {inmemory: }, auth: {silly: {realm: r, service: s}}}
            """);

        yield return Case("first-document-empty", """
            ---
            ---
            version: 0.1
            storage:
              inmemory:
            """);

        yield return Case("line-separator-ends-comment", "version: 0.1\nstorage:\n  inmemory:\n"
            + "# note\u2028" + SillyAuth + "\n");

        yield return Case("next-line-character-ends-comment", "version: 0.1\nstorage:\n  inmemory:\n"
            + "# note\u0085" + SillyAuth + "\n");

        yield return Case("byte-order-mark-at-line-start", "version: 0.1\nstorage:\n  inmemory:\n\uFEFF"
            + SillyAuth + "\n");

        yield return Case("delete-character-in-comment", "version: 0.1\nstorage:\n  inmemory:\n# odd \u007f\n");

        yield return Case("c1-control-in-comment", "version: 0.1\nstorage:\n  inmemory:\n# odd \u0086\n");

        yield return Case("noncharacter-in-comment", "version: 0.1\nstorage:\n  inmemory:\n# odd \uFFFE\n");

        yield return Case("lone-cr-line-ends", "version: 0.1\rstorage:\r  inmemory:\r" + """
            auth:
              silly:
                realm: registry
                service: registry
            """.Replace("\n", "\r", System.StringComparison.Ordinal) + "\r");

        yield return Case("crlf-in-literal-block", Crlf("""
            version: 0.1
            storage:
              inmemory:
            http:
              secret: |
                line one
                line two
            """));

        yield return Case("plain-value-starting-with-percent", """
            version: 0.1
            storage:
              inmemory:
            http:
              secret: %secret
            """);

        yield return Case("plain-value-starting-with-backtick", """
            version: 0.1
            storage:
              inmemory:
            http:
              secret: `secret`
            """);

        yield return Case("flow-plain-with-inner-colon", """
            version: 0.1
            storage:
              inmemory:
            auth: {silly: {realm: a:b, service: registry}}
            """);

        yield return Case("simple-key-longer-than-1024", "version: 0.1\nstorage:\n  inmemory:\n"
            + "x-" + new string('k', 1100) + ": 1\n");

        yield return Case("quoted-key-longer-than-1024-in-flow", "version: 0.1\nstorage:\n  inmemory:\n"
            + "x-long: {\"" + new string('k', 1100) + "\": 1}\n");

        yield return Case("value-line-of-200k-characters", "version: 0.1\nstorage:\n  inmemory:\n"
            + "http:\n  secret: " + new string('s', 200_000) + "\n");

        yield return Case("nesting-300-deep-under-ignored-key", "version: 0.1\nstorage:\n  inmemory:\n"
            + "x-deep: " + new string('[', 300) + new string(']', 300) + "\n");

        yield return Case("tab-between-key-and-colon", "version\t: 0.1\nstorage:\n  inmemory:\n");

        yield return Case("indented-whole-document", """
              version: 0.1
              storage:
                inmemory:
              auth:
                silly:
                  realm: registry
                  service: registry
            """);

        yield return Case("comment-without-space-after-value", """
            version: 0.1
            storage:
              inmemory:
              delete:
                enabled: true#false
            """);
    }
}
