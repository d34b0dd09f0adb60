using System.Collections.Generic;
using System.Linq;

namespace RegistryConfigAnalyzers.Differential.Tests.Fixtures;

/// <summary>
/// Inputs that take the engine's process down. The registry rejects this one at once (its storage
/// section does not decode); the engine follows the self-referencing alias until its stack overflows,
/// which ends the whole test run. Exclude it with --filter "DisplayName!~alias-self-reference-after".
/// </summary>
public static partial class Fixtures
{
    private static IEnumerable<RegistryCase> Crashers()
    {
        yield return Case("alias-self-reference-after-100-options", "version: 0.1\nstorage:\n  inmemory:\n"
            + string.Concat(Enumerable.Range(0, 100).Select(i => $"    k{i}: {i}\n"))
            + "    loop: &x [*x]\n");
    }
}
