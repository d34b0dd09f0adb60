using System.Collections.Generic;
using System.Linq;

namespace RegistryConfigAnalyzers.Differential.Tests.Fixtures;

/// <summary>Every config the suite starts the real registry with, by name.</summary>
public static partial class Fixtures
{
    private static readonly IReadOnlyList<RegistryCase> Everything =
        Auth().Concat(Startup()).Concat(Delete()).Concat(Proxy()).Concat(Yaml())
            .Concat(Sections()).Concat(Environment()).Concat(Tags()).Concat(KeyShapes()).Concat(Values())
            .Concat(Shapes()).Concat(Syntax()).Concat(BreakEnvironment()).Concat(RoundTwo())
            .Concat(RoundThree()).Concat(Drivers()).Concat(Crashers()).ToList();

    public static IReadOnlyList<RegistryCase> All => Everything;

    public static IReadOnlyDictionary<string, RegistryCase> ByName { get; } =
        Everything.ToDictionary(c => c.Name);

    private static RegistryCase Case(string name, string config, Provision needs = Provision.None) =>
        new(name, config, needs);

    private static RegistryCase Case(string name, string config, Provision needs,
        params (string Name, string Value)[] environment) =>
        new(name, config, needs, environment.Select(v => new KeyValuePair<string, string>(v.Name, v.Value)).ToList());
}
