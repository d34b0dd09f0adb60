using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using NJsonSchema;

namespace RegistryConfigAnalyzers.Cli.Tests;

/// <summary>The official SARIF 2.1.0 schema (see Schemas/README.md), loaded once.</summary>
internal static class SarifSchema
{
    private static readonly Lazy<JsonSchema> Schema = new(() =>
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Schemas", "sarif-schema-2.1.0.json");
        return JsonSchema.FromJsonAsync(File.ReadAllText(path)).GetAwaiter().GetResult();
    });

    /// <summary>Every way <paramref name="json"/> breaks the schema, one line each; empty when it is valid.</summary>
    public static IReadOnlyList<string> Errors(string json) =>
        Schema.Value.Validate(json).Select(e => e.ToString()).ToList();
}
