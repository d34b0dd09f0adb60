namespace RegistryConfigAnalyzers.Cli;

/// <summary>The process exit codes, which pipelines branch on. They never change meaning.</summary>
public static class ExitCodes
{
    /// <summary>Every config was checked and no finding is an error.</summary>
    public const int Success = 0;

    /// <summary>At least one finding is an error (after --severity and --warnaserror).</summary>
    public const int ErrorsFound = 1;

    /// <summary>The command line is wrong; nothing was checked.</summary>
    public const int UsageError = 2;

    /// <summary>A file or folder could not be read (or the report not written), so the check is incomplete.</summary>
    public const int ReadFailure = 3;
}
