using System.Diagnostics;

namespace Aps.Sdk.Benchmarks.Transfers;

/// <summary>
/// Starts this benchmark program again as a child process (the emulator host, or a fresh process for a heap probe),
/// whether it runs through its apphost or through <c>dotnet Aps.Sdk.Benchmarks.dll</c>.
/// </summary>
internal static class SelfProcess
{
    public static ProcessStartInfo StartInfo(IEnumerable<string> arguments)
    {
        var host = Environment.ProcessPath ?? throw new InvalidOperationException("The path of the running program is unknown.");
        var info = new ProcessStartInfo(host)
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = false,
        };

        if (string.Equals(Path.GetFileNameWithoutExtension(host), "dotnet", StringComparison.OrdinalIgnoreCase))
        {
            info.ArgumentList.Add(typeof(SelfProcess).Assembly.Location);
        }

        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        return info;
    }

    /// <summary>Reads lines from the child's standard output until one starts with <paramref name="prefix"/>.</summary>
    public static async Task<string> WaitForLineAsync(Process process, string prefix, TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        while (true)
        {
            var line = await process.StandardOutput.ReadLineAsync(cancel.Token).ConfigureAwait(false)
                ?? throw new InvalidOperationException($"The child process {process.Id} ended before it printed '{prefix}'.");
            if (line.StartsWith(prefix, StringComparison.Ordinal))
            {
                return line[prefix.Length..].Trim();
            }
        }
    }

    /// <summary>Closes the child's standard input (its signal to stop), waits for it, and kills it (by its id) if it hangs.</summary>
    public static async Task StopAsync(Process process, TimeSpan grace)
    {
        try
        {
            process.StandardInput.Close();
        }
        catch (IOException)
        {
            // Already gone.
        }

        using var wait = new CancellationTokenSource(grace);
        try
        {
            await process.WaitForExitAsync(wait.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: false);
            await process.WaitForExitAsync(CancellationToken.None).ConfigureAwait(false);
        }
    }
}
