using System.Diagnostics;
using System.Globalization;
using Aps.Sdk.Testing;

namespace Aps.Sdk.Benchmarks.Transfers;

/// <summary>
/// An <see cref="ApsEmulator"/> running in a child process (this program with <c>--emulator-host</c>). The server's
/// work (Kestrel, MD5 of every part, SHA-1 of every completed object, the stored bytes) then stays out of the
/// measured process's managed heap and allocation counters; it still competes for the same CPU cores.
/// </summary>
internal sealed class EmulatorProcess : IAsyncDisposable
{
    public const string HostFlag = "--emulator-host";
    private const string ReadyPrefix = "EMULATOR-READY ";

    private readonly Process _process;

    private EmulatorProcess(Process process, Uri baseAddress)
    {
        _process = process;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public int ProcessId => _process.Id;

    /// <summary>Gets the CPU time the emulator process has used so far.</summary>
    public TimeSpan CpuTime
    {
        get
        {
            _process.Refresh();
            return _process.TotalProcessorTime;
        }
    }

    /// <summary>Starts a child process hosting an emulator with the given per-connection shaping of the S3 routes.</summary>
    public static async Task<EmulatorProcess> StartAsync(long? bytesPerSecond, TimeSpan latency)
    {
        var arguments = new List<string> { HostFlag };
        if (bytesPerSecond is { } rate)
        {
            arguments.Add("--rate");
            arguments.Add(rate.ToString(CultureInfo.InvariantCulture));
        }

        if (latency > TimeSpan.Zero)
        {
            arguments.Add("--latency-ms");
            arguments.Add(((long)latency.TotalMilliseconds).ToString(CultureInfo.InvariantCulture));
        }

        var process = Process.Start(SelfProcess.StartInfo(arguments)) ?? throw new InvalidOperationException("The emulator process did not start.");
        try
        {
            var address = await SelfProcess.WaitForLineAsync(process, ReadyPrefix, TimeSpan.FromSeconds(60)).ConfigureAwait(false);
            return new EmulatorProcess(process, new Uri(address, UriKind.Absolute));
        }
        catch
        {
            await SelfProcess.StopAsync(process, TimeSpan.FromSeconds(5)).ConfigureAwait(false);
            process.Dispose();
            throw;
        }
    }

    /// <summary>Options of an <see cref="ApsClient"/> for this emulator: its address and the emulated application's credentials.</summary>
    public static ApsOptions ClientOptions(Uri baseAddress)
    {
        var defaults = new ApsEmulatorOptions();
        return new ApsOptions
        {
            ClientId = defaults.ClientId,
            ClientSecret = defaults.ClientSecret,
            BaseAddress = baseAddress,
            UserProfileAddress = baseAddress,
        };
    }

    /// <summary>The child side: start the emulator, print its address, run until standard input closes.</summary>
    public static async Task<int> HostAsync(string[] args)
    {
        var options = new ApsEmulatorOptions();
        long? rate = null;
        var latency = TimeSpan.Zero;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--rate":
                    rate = long.Parse(args[++i], CultureInfo.InvariantCulture);
                    break;
                case "--latency-ms":
                    latency = TimeSpan.FromMilliseconds(long.Parse(args[++i], CultureInfo.InvariantCulture));
                    break;
                default:
                    break;
            }
        }

        if (rate is not null || latency > TimeSpan.Zero)
        {
            options.Network = new EmulatedNetwork { BytesPerSecond = rate, Latency = latency };
        }

        await using var emulator = await ApsEmulator.StartAsync(options).ConfigureAwait(false);
        Console.Out.WriteLine(ReadyPrefix + emulator.BaseAddress.ToString().TrimEnd('/'));
        Console.Out.Flush();

        // The parent closes our standard input to stop us (and it closes anyway if the parent dies).
        while (await Console.In.ReadLineAsync().ConfigureAwait(false) is { } line)
        {
            if (line == "quit")
            {
                break;
            }
        }

        return 0;
    }

    public async ValueTask DisposeAsync()
    {
        await SelfProcess.StopAsync(_process, TimeSpan.FromSeconds(15)).ConfigureAwait(false);
        _process.Dispose();
    }
}
