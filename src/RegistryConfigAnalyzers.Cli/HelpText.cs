using System.IO;
using System.Linq;
using System.Reflection;
using RegistryConfigAnalyzers.Engine;

namespace RegistryConfigAnalyzers.Cli;

/// <summary>What --help, --version, --list-rules and --explain print.</summary>
internal static class HelpText
{
    public const string Usage = """
        registry-config-lint: checks Docker Registry (CNCF distribution) configs for settings that
        leave it open, stop it from starting, or are silently ignored.

        Usage:
          registry-config-lint [options] <file-or-folder>...
          registry-config-lint --env-file <file> [options]      (the image's own config plus the variables)
          registry-config-lint --explain <RCAnnnn>

        Inputs:
          <file>                     A config file; always checked, whatever its name. A compose
                                     file or Kubernetes manifest is judged as the registry it runs.
          <folder>                   Every *.yml/*.yaml below it that looks like a registry config
                                     or a deployment (.git and node_modules are skipped).
          --all                      In folders, check every *.yml/*.yaml, not only those that look
                                     like a registry config.
          --registry-version <2|3>   The major version of the registry that reads the config
                                     (default 3).
          --env-file <file>          REGISTRY_* overrides as NAME=VALUE lines, as `docker run
                                     --env-file` reads them. Repeatable; a later value wins.
          --env                      Also take REGISTRY_* variables from this process's environment
                                     (they win over --env-file). Neither applies to deployments,
                                     which carry their own environment.

        Results:
          --format <msbuild|sarif>   msbuild (default): path(line,col): error RCAnnnn: message
                                     sarif: a SARIF 2.1.0 log for code scanning.
          --output, -o <file>        Write the report to a file instead of standard output.
          --base-directory <folder>  SARIF locations are relative to this folder, and deployments
                                     read the files they mount only inside it (default: the
                                     current one); run from the repository root or point it there.
          --omit-suppressed          Leave suppressed findings out of the SARIF log (they are in it,
                                     marked as suppressed, by default).
          --severity <RCAnnnn=level> Set a rule's level: error, warning, info, or none (drop it);
                                     default restores the rule's own. Repeatable; ids may be
                                     comma-separated (RCA0200,RCA0201=error).
          --warnaserror              Report every warning as an error (after --severity).

        Rules:
          --list-rules               List every rule with its default level.
          --explain <RCAnnnn>        Show a rule's title, level, description and help link.

          --help, -h                 Show this help.
          --version                  Show the tool's version.

        A finding is suppressed with a comment that names the rule and gives a reason:
          # registry-config: disable-next-line RCA0200 -- TLS ends at the ingress
        (disable-line at the end of the line it covers; disable-file anywhere, for the whole file).

        Exit codes:
          0  no errors (warnings and info findings do not fail the run)
          1  at least one error
          2  usage error: the command line is wrong, nothing was checked
          3  a file or folder could not be read, or the report not written (this wins over 1)

        Examples:
          registry-config-lint deploy/registry/config.yml
          registry-config-lint --registry-version 2 --warnaserror configs/
          registry-config-lint config.yml --env-file registry.env --severity RCA0200=none
          registry-config-lint --env-file prod.env              (judge registry:3's own config + env)
          registry-config-lint . --format sarif --output registry-config.sarif
          registry-config-lint --explain RCA0001

        """;

    public static string ToolVersion
    {
        get
        {
            var assembly = typeof(HelpText).Assembly;
            var version = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
                ?? assembly.GetName().Version?.ToString()
                ?? "0.0.0";
            var plus = version.IndexOf('+');
            return plus > 0 ? version.Substring(0, plus) : version;
        }
    }

    public static void ListRules(TextWriter output, LintOptions options)
    {
        foreach (var rule in RuleCatalog.All)
        {
            var level = LintOptions.Name(options.LevelOf(rule.Id, rule.DefaultSeverity));
            output.WriteLine($"{rule.Id}  {level,-7}  {rule.Title}");
        }
    }

    public static int Explain(LintHost host, string id, LintOptions options)
    {
        var rule = RuleCatalog.All.First(r => r.Id == id);
        var own = LintOptions.Name(LintOptions.ToLevel(rule.DefaultSeverity));
        var set = LintOptions.Name(options.LevelOf(rule.Id, rule.DefaultSeverity));
        var output = host.Output;
        output.WriteLine($"{rule.Id}: {rule.Title}");
        output.WriteLine();
        output.WriteLine($"Severity:  {own}{(set == own ? string.Empty : $" (set to {set} on this command line)")}");
        output.WriteLine($"Category:  {rule.Category}");
        output.WriteLine($"Help:      {rule.HelpUri}");
        output.WriteLine();
        output.WriteLine(rule.Description);
        output.WriteLine();
        output.WriteLine("To accept one finding, put a comment with a reason on the line before it:");
        output.WriteLine($"  # registry-config: disable-next-line {rule.Id} -- <why it does not apply>");
        output.WriteLine($"To change the rule's level: --severity {rule.Id}=error|warning|info|none");
        return ExitCodes.Success;
    }
}
