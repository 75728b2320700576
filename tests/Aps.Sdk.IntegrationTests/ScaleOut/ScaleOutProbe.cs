using System.Diagnostics;
using Aps.Sdk.Testing;

namespace Aps.Sdk.IntegrationTests.ScaleOut;

/// <summary>
/// Starts tests/Aps.Sdk.ScaleOutProbe as a separate process: one more "instance" of an app, against the test's
/// emulator and Redis server. The probe is built with this project (a project reference without its assembly).
/// </summary>
internal static class ScaleOutProbe
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);

    public static string ProbePath
    {
        get
        {
            // tests/Aps.Sdk.IntegrationTests/bin/<Configuration>/<tfm>[/<rid>]/ -> tests/Aps.Sdk.ScaleOutProbe/bin/<Configuration>/net10.0/
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && dir.Name != "bin")
            {
                dir = dir.Parent;
            }

            if (dir?.Parent?.Parent is not { } testsDir)
            {
                throw new InvalidOperationException($"Cannot find the tests folder above {AppContext.BaseDirectory}.");
            }

            var configuration = new DirectoryInfo(AppContext.BaseDirectory).FullName.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";
            var path = Path.Combine(testsDir.FullName, "Aps.Sdk.ScaleOutProbe", "bin", configuration, "net10.0", "Aps.Sdk.ScaleOutProbe.dll");
            return File.Exists(path) ? path : throw new FileNotFoundException("The scale-out probe is not built (it builds with Aps.Sdk.IntegrationTests).", path);
        }
    }

    /// <summary>Starts the probe; <paramref name="startAt"/> is a barrier so several probes begin together.</summary>
    public static Process Start(ApsEmulator emulator, string prefix, DateTimeOffset? startAt, params string[] arguments)
    {
        var options = emulator.CreateOptions();
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";
        var info = new ProcessStartInfo(dotnet)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(ProbePath);
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        info.Environment["APS_BASE_ADDRESS"] = emulator.BaseAddress.AbsoluteUri;
        info.Environment["APS_CLIENT_ID"] = options.ClientId;
        info.Environment["APS_CLIENT_SECRET"] = options.ClientSecret;
        info.Environment["APS_TEST_REDIS"] = TestRedis.RequireEndpoint();
        info.Environment["PROBE_PREFIX"] = prefix;
        info.Environment["PROBE_START_AT"] = startAt?.ToUnixTimeMilliseconds().ToString(System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty;
        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        return Process.Start(info) ?? throw new InvalidOperationException("The probe did not start.");
    }

    /// <summary>Waits for the probe and returns its exit code and output.</summary>
    public static async Task<(int ExitCode, string Output)> WaitAsync(Process process)
    {
        using var timeout = new CancellationTokenSource(Timeout);
        var stdout = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var stderr = process.StandardError.ReadToEndAsync(timeout.Token);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"The scale-out probe did not finish within {Timeout}.");
        }

        return (process.ExitCode, (await stdout) + (await stderr));
    }
}
