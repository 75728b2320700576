using System.Globalization;

namespace Aps.Sdk.Benchmarks.Transfers;

/// <summary>The command-line settings of <c>--transfers</c> (every one has a default matching docs/performance.md).</summary>
internal sealed class TransferSettings
{
    public const long MiB = 1024 * 1024;

    /// <summary>Gets or sets which scenarios run: <c>all</c>, <c>loopback</c> or <c>wan</c>.</summary>
    public string Scenario { get; set; } = "all";

    /// <summary>Gets or sets the size of the loopback object (1 GiB).</summary>
    public long LoopbackBytes { get; set; } = 1024 * MiB;

    /// <summary>Gets or sets the size of the emulated-WAN object (512 MiB).</summary>
    public long WanBytes { get; set; } = 512 * MiB;

    /// <summary>Gets or sets the unmeasured runs before the measured ones.</summary>
    public int WarmupRuns { get; set; } = 1;

    /// <summary>
    /// Gets or sets the measured loopback runs (the median is reported). Loopback on a shared 2-core machine is noisy;
    /// an even count gives the SDK and the baseline the first position equally often.
    /// </summary>
    public int LoopbackRuns { get; set; } = 8;

    /// <summary>Gets or sets the measured emulated-WAN runs (the median is reported).</summary>
    public int WanRuns { get; set; } = 3;

    /// <summary>Gets or sets the part size of the transfer manager and of the raw parallel harness (8 MiB).</summary>
    public int PartSize { get; set; } = (int)(8 * MiB);

    /// <summary>Gets or sets the parts in flight of the transfer manager and of the raw parallel harness (8).</summary>
    public int Concurrency { get; set; } = 8;

    /// <summary>Gets or sets the part size of the sequential uploader (5 MiB).</summary>
    public int SequentialPartSize { get; set; } = (int)(5 * MiB);

    /// <summary>Gets or sets the per-connection bandwidth of the emulated WAN (100 Mbit/s).</summary>
    public long WanBytesPerSecond { get; set; } = 12_500_000;

    /// <summary>Gets or sets the per-request latency of the emulated WAN (40 ms).</summary>
    public TimeSpan WanLatency { get; set; } = TimeSpan.FromMilliseconds(40);

    /// <summary>Gets or sets the runs of each heap probe (each probe is a fresh process).</summary>
    public int ProbeRuns { get; set; } = 2;

    /// <summary>Gets or sets a value indicating whether the fresh-process heap probes run.</summary>
    public bool Probes { get; set; } = true;

    /// <summary>Gets or sets a value indicating whether the heap probes also count large <c>ArrayPool</c> rents and allocations (diagnostic).</summary>
    public bool PoolEvents { get; set; }

    /// <summary>Gets or sets where the temp files go (a new directory, deleted at the end).</summary>
    public string WorkDirectory { get; set; } = Path.Combine(Path.GetTempPath(), "aps-transfer-bench-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture));

    /// <summary>Gets or sets a file the markdown report is also written to.</summary>
    public string? OutputFile { get; set; }

    public bool RunsLoopback => Scenario is "all" or "loopback";

    public bool RunsWan => Scenario is "all" or "wan";

    public static TransferSettings Parse(IReadOnlyList<string> args)
    {
        var settings = new TransferSettings();
        for (var i = 0; i < args.Count; i++)
        {
            string Next() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
            switch (args[i])
            {
                case "--transfers":
                    break;
                case "--scenario":
                    settings.Scenario = Next();
                    if (settings.Scenario is not ("all" or "loopback" or "wan"))
                    {
                        throw new ArgumentException("--scenario is all, loopback or wan.");
                    }

                    break;
                case "--size-mib":
                    settings.LoopbackBytes = long.Parse(Next(), CultureInfo.InvariantCulture) * MiB;
                    break;
                case "--wan-size-mib":
                    settings.WanBytes = long.Parse(Next(), CultureInfo.InvariantCulture) * MiB;
                    break;
                case "--warmup":
                    settings.WarmupRuns = int.Parse(Next(), CultureInfo.InvariantCulture);
                    break;
                case "--runs":
                    settings.LoopbackRuns = settings.WanRuns = int.Parse(Next(), CultureInfo.InvariantCulture);
                    break;
                case "--loopback-runs":
                    settings.LoopbackRuns = int.Parse(Next(), CultureInfo.InvariantCulture);
                    break;
                case "--wan-runs":
                    settings.WanRuns = int.Parse(Next(), CultureInfo.InvariantCulture);
                    break;
                case "--part-mib":
                    settings.PartSize = (int)(int.Parse(Next(), CultureInfo.InvariantCulture) * MiB);
                    break;
                case "--concurrency":
                    settings.Concurrency = int.Parse(Next(), CultureInfo.InvariantCulture);
                    break;
                case "--seq-part-mib":
                    settings.SequentialPartSize = (int)(int.Parse(Next(), CultureInfo.InvariantCulture) * MiB);
                    break;
                case "--wan-rate":
                    settings.WanBytesPerSecond = long.Parse(Next(), CultureInfo.InvariantCulture);
                    break;
                case "--wan-latency-ms":
                    settings.WanLatency = TimeSpan.FromMilliseconds(int.Parse(Next(), CultureInfo.InvariantCulture));
                    break;
                case "--probe-runs":
                    settings.ProbeRuns = int.Parse(Next(), CultureInfo.InvariantCulture);
                    break;
                case "--no-probes":
                    settings.Probes = false;
                    break;
                case "--pool-events":
                    settings.PoolEvents = true;
                    break;
                case "--work-dir":
                    settings.WorkDirectory = Path.GetFullPath(Next());
                    break;
                case "--out":
                    settings.OutputFile = Path.GetFullPath(Next());
                    break;
                default:
                    throw new ArgumentException($"Unknown option {args[i]}. Options: --scenario all|loopback|wan, --size-mib, --wan-size-mib, --warmup, --runs, --loopback-runs, --wan-runs, --part-mib, --concurrency, --seq-part-mib, --wan-rate, --wan-latency-ms, --probe-runs, --no-probes, --pool-events, --work-dir, --out.");
            }
        }

        if (settings.LoopbackRuns < 1 || settings.WanRuns < 1 || settings.WarmupRuns < 0 || settings.ProbeRuns < 1 || settings.Concurrency < 1)
        {
            throw new ArgumentException("The run counts and --concurrency must be at least 1; --warmup at least 0.");
        }

        return settings;
    }
}
