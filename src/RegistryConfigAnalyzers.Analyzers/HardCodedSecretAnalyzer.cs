using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using RegistryConfigAnalyzers.Analyzers.Model;
using RegistryConfigAnalyzers.Analyzers.Recognition;
using RegistryConfigAnalyzers.Engine;

namespace RegistryConfigAnalyzers.Analyzers;

/// <summary>
/// RCA0502: a <c>REGISTRY_*</c> secret whose value is a constant in the code. Values read from
/// configuration, the environment, parameters or a generator are not constants and pass.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class HardCodedSecretAnalyzer : ContainerRuleAnalyzer
{
    public const string VariableProperty = "Variable";

    public HardCodedSecretAnalyzer()
        : base(RuleIds.HardCodedSecret)
    {
    }

    private protected override void Check(RegistryContainer container, ContainerScope scope, Action<Diagnostic> report)
    {
        foreach (var variable in container.Environment)
        {
            if (!EnvironmentNames.IsSecret(variable.Name) || !variable.ValueIsLiteral || string.IsNullOrEmpty(variable.Value))
            {
                continue;
            }

            // Test fixtures pass throw-away values; they are worth a note, not a warning.
            var severity = scope.IsTestProject ? DiagnosticSeverity.Info : Rule.DefaultSeverity;
            var properties = HostProperties(container).Add(VariableProperty, variable.Name);
            report(Diagnostic.Create(Rule, variable.ValueLocation ?? variable.Location, severity, null, properties,
                $"{variable.Name} is written in the source; read it from configuration or the environment"));
        }
    }
}
