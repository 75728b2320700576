using System.Diagnostics;
using System.Globalization;

namespace Aps.Sdk.Benchmarks.Transfers;

/// <summary>
/// Peak managed heap of one transfer, measured in a fresh process (this program with <c>--transfers-probe</c>) so that
/// nothing is pooled or cached from an earlier transfer: the idle heap is read after a full collection once the
/// client is ready (token fetched, API connection open), then the transfer runs while <see cref="HeapSampler"/>
/// samples the heap every 2 ms. The figure is the largest sample minus the idle heap. Later runs in the same process
/// show the steady state, where the part buffers come back from the pool.
/// </summary>
internal static class HeapProbe
{
    public const string Flag = "--transfers-probe";
    private const string ResultPrefix = "PROBE-RESULT ";
    private static readonly TimeSpan SampleInterval = TimeSpan.FromMilliseconds(2);

    /// <summary>One run of a probe.</summary>
    public sealed record Result(string Case, int Run, long PeakAboveIdle, long PeakAboveRunStart, long RunStartAboveIdle, long Allocated, double Seconds, long Samples, int LargeRents, int LargeAllocations);

    /// <summary>The parent side: runs one case in a fresh child process and reads its results.</summary>
    public static async Task<List<Result>> RunInChildAsync(string name, Uri emulator, TransferSettings settings, string bucketKey, string objectKey, string path)
    {
        var arguments = new List<string>
        {
            Flag,
            "--case", name,
            "--url", emulator.ToString(),
            "--bucket", bucketKey,
            "--object", objectKey,
            "--file", path,
            "--part-bytes", settings.PartSize.ToString(CultureInfo.InvariantCulture),
            "--concurrency", settings.Concurrency.ToString(CultureInfo.InvariantCulture),
            "--runs", settings.ProbeRuns.ToString(CultureInfo.InvariantCulture),
        };
        if (settings.PoolEvents)
        {
            arguments.Add("--pool-events");
        }

        using var process = Process.Start(SelfProcess.StartInfo(arguments)) ?? throw new InvalidOperationException("The probe process did not start.");
        var results = new List<Result>();
        try
        {
            while (await process.StandardOutput.ReadLineAsync().ConfigureAwait(false) is { } line)
            {
                if (!line.StartsWith(ResultPrefix, StringComparison.Ordinal))
                {
                    continue;
                }

                var f = line[ResultPrefix.Length..].Split(' ');
                results.Add(new Result(
                    name,
                    int.Parse(f[0], CultureInfo.InvariantCulture),
                    long.Parse(f[1], CultureInfo.InvariantCulture),
                    long.Parse(f[2], CultureInfo.InvariantCulture),
                    long.Parse(f[3], CultureInfo.InvariantCulture),
                    long.Parse(f[4], CultureInfo.InvariantCulture),
                    double.Parse(f[5], CultureInfo.InvariantCulture),
                    long.Parse(f[6], CultureInfo.InvariantCulture),
                    int.Parse(f[7], CultureInfo.InvariantCulture),
                    int.Parse(f[8], CultureInfo.InvariantCulture)));
            }
        }
        finally
        {
            await SelfProcess.StopAsync(process, TimeSpan.FromSeconds(120)).ConfigureAwait(false);
        }

        if (process.ExitCode != 0 || results.Count != settings.ProbeRuns)
        {
            throw new InvalidOperationException($"The heap probe '{name}' failed (exit code {process.ExitCode}, {results.Count} result(s)).");
        }

        return results;
    }

    /// <summary>The child side.</summary>
    public static async Task<int> RunAsync(string[] args)
    {
        string? name = null, url = null, bucketKey = null, objectKey = null, path = null;
        var settings = new TransferSettings();
        var runs = 2;
        var poolEvents = false;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--case": name = args[++i]; break;
                case "--url": url = args[++i]; break;
                case "--bucket": bucketKey = args[++i]; break;
                case "--object": objectKey = args[++i]; break;
                case "--file": path = args[++i]; break;
                case "--part-bytes": settings.PartSize = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--concurrency": settings.Concurrency = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--runs": runs = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--pool-events": poolEvents = true; break;
                default: break;
            }
        }

        if (name is null || url is null || bucketKey is null || objectKey is null || path is null)
        {
            throw new ArgumentException("--transfers-probe needs --case, --url, --bucket, --object and --file.");
        }

        using var aps = new ApsClient(EmulatorProcess.ClientOptions(new Uri(url, UriKind.Absolute)));
        using var raw = RawS3Transfers.CreateHttpClient();
        using var pool = poolEvents ? new PoolEventCounter() : null;

        // Ready the client outside the measurement: token fetched and cached, API connection open.
        _ = await aps.Oss.GetBucketDetailsAsync(bucketKey).ConfigureAwait(false);
        var upload = TransferCases.IsUpload(name);
        var target = upload ? "probe-" + name : objectKey;

        TransferCases.SettleHeap();
        var idle = GC.GetTotalMemory(forceFullCollection: true);
        for (var run = 1; run <= runs; run++)
        {
            TransferCases.SettleHeap();
            var runStart = GC.GetTotalMemory(forceFullCollection: true);
            pool?.Reset();
            var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
            var watch = Stopwatch.StartNew();
            long peak;
            using (var sampler = HeapSampler.Start(SampleInterval))
            {
                await TransferCases.RunAsync(name, aps, raw, settings, bucketKey, target, path, CancellationToken.None).ConfigureAwait(false);
                peak = sampler.Stop();
                watch.Stop();
                var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
                Console.Out.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"{ResultPrefix}{run} {peak - idle} {peak - runStart} {runStart - idle} {allocated} {watch.Elapsed.TotalSeconds:0.000} {sampler.Samples} {pool?.LargeRents ?? -1} {pool?.LargeAllocations ?? -1}"));
                Console.Out.Flush();
            }

            if (upload)
            {
                await aps.Oss.DeleteObjectAsync(bucketKey, target).ConfigureAwait(false);
            }
            else
            {
                File.Delete(path);
            }
        }

        return 0;
    }
}
