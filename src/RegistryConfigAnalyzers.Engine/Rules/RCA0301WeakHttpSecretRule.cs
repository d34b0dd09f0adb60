using System;

namespace RegistryConfigAnalyzers.Engine.Rules;

/// <summary>http.secret signs upload state: a known placeholder or a short value can be guessed.</summary>
internal sealed class RCA0301WeakHttpSecretRule : IConfigRule
{
    private static readonly string[] Placeholders =
    {
        "asecretforlocaldevelopment", "changeme", "change-me", "changeit", "secret", "mysecret", "password",
        "registry", "supersecret", "example", "replace-me", "replaceme", "xxx", "todo",
    };

    public void Check(RuleContext c)
    {
        if (c.Http?.Scalar("secret") is not { IsUnknown: false, IsNull: false } secret || secret.Text.Length == 0)
        {
            return;
        }

        var text = secret.Text.Trim();
        if (RCA0300SecretInFileRule.Reference.IsMatch(text))
        {
            // A placeholder filled in at deploy time (`${SECRET}`, `__SECRET__`) is not the secret.
            return;
        }

        if (Array.Exists(Placeholders, p => p.Equals(text, StringComparison.OrdinalIgnoreCase)))
        {
            c.Report(RuleIds.WeakHttpSecret, secret.Span,
                $"`http.secret` is the well-known placeholder `{text}`; set a random value of at least 32 characters");
        }
        else if (text.Length < 32 && !text.StartsWith("$", StringComparison.Ordinal))
        {
            c.Report(RuleIds.WeakHttpSecret, secret.Span,
                $"`http.secret` is only {text.Length} characters long; use a random value of at least 32 characters");
        }
    }
}
