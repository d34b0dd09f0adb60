using System;
using System.Threading;

namespace RegistryConfigAnalyzers.Tasks;

/// <summary>What happened to a piece of work that was given a time limit.</summary>
internal sealed class TimeLimitedRun<T>
{
    private TimeLimitedRun(T? value, Exception? error, bool timedOut)
    {
        Value = value;
        Error = error;
        TimedOut = timedOut;
    }

    public T? Value { get; }

    public Exception? Error { get; }

    public bool TimedOut { get; }

    /// <summary>
    /// Runs <paramref name="work"/> on its own background thread and waits at most
    /// <paramref name="limit"/>. A thread that overruns cannot be stopped safely on .NET, so it is
    /// abandoned: being a background thread it never keeps the build process alive.
    /// </summary>
    public static TimeLimitedRun<T> Start(Func<T> work, TimeSpan limit)
    {
        T? value = default;
        Exception? error = null;

        // A generous stack, because a deeply nested document is read recursively.
        var thread = new Thread(
            () =>
            {
                try
                {
                    value = work();
                }
                catch (Exception e)
                {
                    error = e;
                }
            },
            maxStackSize: 16 * 1024 * 1024)
        {
            IsBackground = true,
            Name = "RegistryConfigAnalyzers check",
        };

        thread.Start();
        if (!thread.Join(limit))
        {
            return new TimeLimitedRun<T>(default, null, timedOut: true);
        }

        return new TimeLimitedRun<T>(value, error, timedOut: false);
    }
}
