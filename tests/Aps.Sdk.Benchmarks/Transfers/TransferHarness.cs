using System.Diagnostics;
using System.Globalization;
using System.Runtime;
using System.Runtime.InteropServices;
using System.Text;
using Aps.Sdk.Oss;

namespace Aps.Sdk.Benchmarks.Transfers;

/// <summary>
/// <c>--transfers</c>: a Stopwatch harness for the OSS transfer benchmarks (1 GiB over loopback, 512 MiB over an
/// emulated WAN are too slow for BenchmarkDotNet's iteration model). Each scenario starts an emulator in a child
/// process, runs the SDK and its baseline in this process against it, interleaved (the order alternates from run to
/// run), with unmeasured warm-up runs first, and prints markdown tables with medians. Nothing here asserts on a time:
/// the only checks are correctness checks (SHA-1 and size of what was moved), made outside the timed sections.
/// </summary>
internal static class TransferHarness
{
    public const string Flag = "--transfers";
    private const string LoopbackBucket = "aps-bench-loopback";
    private const string WanBucket = "aps-bench-wan";
    private const string SourceObject = "source-1gib.bin";

    public static async Task<int> RunAsync(string[] args)
    {
        var settings = TransferSettings.Parse(args);
        var report = new Report();
        Directory.CreateDirectory(settings.WorkDirectory);
        try
        {
            WriteMachine(report, settings);
            if (settings.RunsLoopback)
            {
                await LoopbackAsync(settings, report).ConfigureAwait(false);
            }

            if (settings.RunsWan)
            {
                await WanAsync(settings, report).ConfigureAwait(false);
            }
        }
        finally
        {
            try
            {
                Directory.Delete(settings.WorkDirectory, recursive: true);
                Console.Error.WriteLine($"Deleted {settings.WorkDirectory}.");
            }
            catch (IOException ex)
            {
                Console.Error.WriteLine($"Could not delete {settings.WorkDirectory}: {ex.Message}");
            }
        }

        if (settings.OutputFile is { } output)
        {
            await File.WriteAllTextAsync(output, report.ToString()).ConfigureAwait(false);
            Console.Error.WriteLine($"Report written to {output}.");
        }

        return 0;
    }

    private static void WriteMachine(Report report, TransferSettings settings)
    {
        var memory = GC.GetGCMemoryInfo();
        report.Line("## Transfer benchmarks");
        report.Line();
        report.Line("| | |");
        report.Line("|---|---|");
        report.Line($"| Started (UTC) | {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm:ss} |");
        report.Line($"| Processors | {Environment.ProcessorCount} |");
        report.Line($"| Memory available to the GC | {memory.TotalAvailableMemoryBytes / (double)(1L << 30):0.0} GiB |");
        report.Line($"| OS | {RuntimeInformation.OSDescription} ({RuntimeInformation.OSArchitecture}) |");
        report.Line($"| Runtime | {RuntimeInformation.FrameworkDescription} |");
        report.Line($"| GC | {(GCSettings.IsServerGC ? "server" : "workstation")}, concurrent {AppContext.GetData("System.GC.Concurrent") ?? "default (on)"}, latency mode {GCSettings.LatencyMode} |");
        report.Line($"| Load average at start | {TransferCases.ReadLoadAverage()} |");
        report.Line($"| Runs per case | loopback {settings.WarmupRuns} warm-up + {settings.LoopbackRuns} measured, emulated WAN {settings.WarmupRuns} warm-up + {settings.WanRuns} measured; cases interleaved, order alternating; medians reported |");
        report.Line();
    }

    // ---- Loopback ------------------------------------------------------------------------------------------------

    private static async Task LoopbackAsync(TransferSettings settings, Report report)
    {
        var source = Path.Combine(settings.WorkDirectory, "loopback-source.bin");
        var generate = Stopwatch.StartNew();
        var sourceSha1 = await TransferCases.CreateRandomFileAsync(source, settings.LoopbackBytes, seed: 1).ConfigureAwait(false);
        Console.Error.WriteLine($"Generated {source} ({settings.LoopbackBytes} bytes, SHA-1 {sourceSha1}) in {generate.Elapsed.TotalSeconds:0.0} s.");

        await using var emulator = await EmulatorProcess.StartAsync(null, TimeSpan.Zero).ConfigureAwait(false);
        Console.Error.WriteLine($"Loopback emulator: process {emulator.ProcessId}, {emulator.BaseAddress}.");
        using var aps = new ApsClient(EmulatorProcess.ClientOptions(emulator.BaseAddress));
        using var raw = RawS3Transfers.CreateHttpClient();
        await aps.Oss.CreateBucketAsync(new OssCreateBucketRequest { BucketKey = LoopbackBucket, PolicyKey = OssPolicyKey.Transient }).ConfigureAwait(false);

        // The object every download reads, uploaded once outside any measurement.
        var seeded = await aps.Oss.Transfers.UploadAsync(LoopbackBucket, SourceObject, source).ConfigureAwait(false);
        Check(seeded.ObjectDetails.Sha1, sourceSha1, "seeded object");

        var download = Path.Combine(settings.WorkDirectory, "loopback-download.bin");
        var records = new List<Record>();
        var loadBefore = TransferCases.ReadLoadAverage();
        var total = settings.WarmupRuns + settings.LoopbackRuns;
        for (var run = 0; run < total; run++)
        {
            var warmup = run < settings.WarmupRuns;
            var sdkFirst = run % 2 == 0;
            string[] uploads = sdkFirst ? [TransferCases.SdkUpload, TransferCases.RawUpload] : [TransferCases.RawUpload, TransferCases.SdkUpload];
            string[] downloads = sdkFirst ? [TransferCases.SdkDownload, TransferCases.RawDownload] : [TransferCases.RawDownload, TransferCases.SdkDownload];
            foreach (var name in uploads.Concat(downloads).Append(TransferCases.SdkDownloadSha1))
            {
                var upload = TransferCases.IsUpload(name);
                var objectKey = upload ? "upload-" + name : SourceObject;
                var path = upload ? source : download;
                var record = await MeasureAsync(name, run, warmup, settings.LoopbackBytes, emulator, aps, raw, settings, LoopbackBucket, objectKey, path).ConfigureAwait(false);
                records.Add(record);
                Console.Error.WriteLine(record);

                // Correctness checks and clean-up, outside the timed section.
                if (upload)
                {
                    var details = await aps.Oss.GetObjectDetailsAsync(LoopbackBucket, objectKey).ConfigureAwait(false);
                    Check(details.Sha1, sourceSha1, name);
                    await aps.Oss.DeleteObjectAsync(LoopbackBucket, objectKey).ConfigureAwait(false);
                }
                else
                {
                    if (new FileInfo(download).Length != settings.LoopbackBytes)
                    {
                        throw new InvalidOperationException($"{name}: the downloaded file has the wrong size.");
                    }

                    if (warmup)
                    {
                        Check(await TransferCases.Sha1OfFileAsync(download).ConfigureAwait(false), sourceSha1, name);
                    }

                    // The file stays: the next download truncates it when it opens it (FileMode.Create, the SDK and
                    // the raw harness alike), so every measured download writes into page-cache memory that was
                    // just freed. Deleting it here made whichever download ran first after the uploads up to 3 ×
                    // slower (the VM's fresh pages are expensive; see docs/performance.md).
                }
            }
        }

        var loadAfter = TransferCases.ReadLoadAverage();
        File.Delete(download);
        var probes = new List<HeapProbe.Result>();
        if (settings.Probes)
        {
            foreach (var name in TransferCases.ProbeCases)
            {
                var upload = TransferCases.IsUpload(name);
                var results = await HeapProbe.RunInChildAsync(name, emulator.BaseAddress, settings, LoopbackBucket, SourceObject, upload ? source : download).ConfigureAwait(false);
                foreach (var result in results)
                {
                    Console.Error.WriteLine(result);
                }

                probes.AddRange(results);
            }
        }

        File.Delete(source);
        WriteLoopback(report, settings, records, probes, loadBefore, loadAfter);
    }

    private static void WriteLoopback(Report report, TransferSettings settings, List<Record> records, List<HeapProbe.Result> probes, string loadBefore, string loadAfter)
    {
        var mib = settings.LoopbackBytes / (double)TransferSettings.MiB;
        report.Line($"### Loopback: {mib:0} MiB, emulator without shaping");
        report.Line();
        report.Line($"Load average (1, 5, 15 min): {loadBefore} before the runs, {loadAfter} after.");
        report.Line();
        report.Line("| Case | Median time | Median throughput | Fastest run | Measured runs, in order | Client CPU (median) | Emulator CPU (median) | Allocated (median) |");
        report.Line("|---|---:|---:|---:|---|---:|---:|---:|");
        string[] order = [TransferCases.SdkUpload, TransferCases.RawUpload, TransferCases.SdkDownload, TransferCases.RawDownload, TransferCases.SdkDownloadSha1];
        foreach (var name in order)
        {
            var times = Times(records, name);
            var seconds = TransferCases.Median(times);
            var allocated = TransferCases.Median([.. records.Where(r => r.Case == name && !r.Warmup).Select(r => (double)r.Allocated)]);
            var clientCpu = TransferCases.Median([.. records.Where(r => r.Case == name && !r.Warmup).Select(r => r.ClientCpuSeconds)]);
            var serverCpu = TransferCases.Median([.. records.Where(r => r.Case == name && !r.Warmup).Select(r => r.ServerCpuSeconds)]);
            report.Line($"| {TransferCases.Describe(name, settings)} | {seconds:0.00} s | {mib / seconds:0} MiB/s | {times.Min():0.00} s ({mib / times.Min():0} MiB/s) | {Join(times)} s | {clientCpu:0.00} s | {serverCpu:0.00} s | {allocated / TransferSettings.MiB:0.0} MiB |");
        }

        report.Line();
        report.Line("SDK throughput ÷ raw throughput (the same as raw time ÷ SDK time). \"Per run\" pairs the SDK and raw transfers of the same run, which ran back to back under the same background load.");
        report.Line();
        report.Line("| Ratio | Of the medians | Median of the per-run ratios | Per run | Target |");
        report.Line("|---|---:|---:|---|---|");
        RatioLine(report, records, "SDK upload ÷ raw upload", TransferCases.SdkUpload, TransferCases.RawUpload, "≥ 0.9 ×");
        RatioLine(report, records, "SDK download (SHA-1 off) ÷ raw download", TransferCases.SdkDownload, TransferCases.RawDownload, "≥ 0.9 ×");
        RatioLine(report, records, "SDK download (SHA-1 on) ÷ raw download", TransferCases.SdkDownloadSha1, TransferCases.RawDownload, "for information");
        report.Line();

        var verified = records.Where(r => r.Case == TransferCases.SdkDownloadSha1 && !r.Warmup).ToList();
        var hashing = TransferCases.Median([.. verified.Select(r => r.HashingSeconds ?? 0)]);
        var verifiedTotal = TransferCases.Median([.. verified.Select(r => r.Seconds)]);
        report.Line("| SHA-1 verification of the download | Value |");
        report.Line("|---|---:|");
        report.Line($"| `Sha1Verified` in every measured run | {(verified.All(r => r.Sha1Verified == true) ? "true" : "false")} |");
        report.Line($"| `HashingTime` (median; the file is re-read after it is written) | {hashing:0.00} s ({mib / hashing:0} MiB/s) |");
        report.Line($"| Whole call with verification (median) | {verifiedTotal:0.00} s |");
        report.Line($"| Same call minus `HashingTime` (median of the differences) | {TransferCases.Median([.. verified.Select(r => r.Seconds - (r.HashingSeconds ?? 0))]):0.00} s |");
        report.Line();

        if (probes.Count > 0)
        {
            var limit = ((long)settings.Concurrency * settings.PartSize / TransferSettings.MiB) + 16;
            report.Line($"Peak managed heap (fresh process per case; target for the SDK: ≤ {settings.Concurrency} × {settings.PartSize / TransferSettings.MiB} MiB + 16 MiB = {limit} MiB):");
            report.Line();
            var pool = settings.PoolEvents ? " ArrayPool rents ≥ 1 MiB | of which new allocations |" : string.Empty;
            report.Line("| Case | Run | Peak above idle heap | Heap at run start above idle | Peak above run start | Allocated | Samples |" + pool);
            report.Line("|---|---:|---:|---:|---:|---:|---:|" + (settings.PoolEvents ? "---:|---:|" : string.Empty));
            foreach (var p in probes)
            {
                var counts = settings.PoolEvents ? $" {p.LargeRents} | {p.LargeAllocations} |" : string.Empty;
                report.Line($"| {p.Case} | {p.Run} | {Mib(p.PeakAboveIdle)} | {Mib(p.RunStartAboveIdle)} | {Mib(p.PeakAboveRunStart)} | {Mib(p.Allocated)} | {p.Samples} |" + counts);
            }

            report.Line();
        }
    }

    // ---- Emulated WAN --------------------------------------------------------------------------------------------

    private static async Task WanAsync(TransferSettings settings, Report report)
    {
        var source = Path.Combine(settings.WorkDirectory, "wan-source.bin");
        var sourceSha1 = await TransferCases.CreateRandomFileAsync(source, settings.WanBytes, seed: 2).ConfigureAwait(false);
        Console.Error.WriteLine($"Generated {source} ({settings.WanBytes} bytes, SHA-1 {sourceSha1}).");

        await using var emulator = await EmulatorProcess.StartAsync(settings.WanBytesPerSecond, settings.WanLatency).ConfigureAwait(false);
        Console.Error.WriteLine($"WAN emulator: process {emulator.ProcessId}, {emulator.BaseAddress}, {settings.WanBytesPerSecond} B/s and {settings.WanLatency.TotalMilliseconds} ms per connection.");
        using var aps = new ApsClient(EmulatorProcess.ClientOptions(emulator.BaseAddress));
        using var raw = RawS3Transfers.CreateHttpClient();
        await aps.Oss.CreateBucketAsync(new OssCreateBucketRequest { BucketKey = WanBucket, PolicyKey = OssPolicyKey.Transient }).ConfigureAwait(false);

        var records = new List<Record>();
        var loadBefore = TransferCases.ReadLoadAverage();
        var total = settings.WarmupRuns + settings.WanRuns;
        for (var run = 0; run < total; run++)
        {
            var warmup = run < settings.WarmupRuns;
            string[] order = run % 2 == 0 ? [TransferCases.SdkUpload, TransferCases.SequentialUpload] : [TransferCases.SequentialUpload, TransferCases.SdkUpload];
            foreach (var name in order)
            {
                var objectKey = "upload-" + name;
                var record = await MeasureAsync(name, run, warmup, settings.WanBytes, emulator, aps, raw, settings, WanBucket, objectKey, source).ConfigureAwait(false);
                records.Add(record);
                Console.Error.WriteLine(record);
                var details = await aps.Oss.GetObjectDetailsAsync(WanBucket, objectKey).ConfigureAwait(false);
                Check(details.Sha1, sourceSha1, name);
                await aps.Oss.DeleteObjectAsync(WanBucket, objectKey).ConfigureAwait(false);
            }
        }

        var loadAfter = TransferCases.ReadLoadAverage();
        File.Delete(source);

        var mib = settings.WanBytes / (double)TransferSettings.MiB;
        report.Line($"### Emulated WAN: {mib:0} MiB upload, {settings.WanBytesPerSecond:N0} B/s and {settings.WanLatency.TotalMilliseconds:0} ms per connection");
        report.Line();
        report.Line($"Load average (1, 5, 15 min): {loadBefore} before the runs, {loadAfter} after.");
        report.Line();
        report.Line("| Case | Median time | Median throughput | Measured runs, in order |");
        report.Line("|---|---:|---:|---|");
        foreach (var name in new[] { TransferCases.SdkUpload, TransferCases.SequentialUpload })
        {
            var times = Times(records, name);
            var seconds = TransferCases.Median(times);
            report.Line($"| {TransferCases.Describe(name, settings)} | {seconds:0.00} s | {mib / seconds:0.0} MiB/s | {Join(times)} s |");
        }

        report.Line();
        report.Line("| Speed-up of the transfer manager | Of the medians | Median of the per-run ratios | Per run | Target |");
        report.Line("|---|---:|---:|---|---|");
        RatioLine(report, records, "Sequential time ÷ SDK time", TransferCases.SdkUpload, TransferCases.SequentialUpload, "≥ 5 ×");
        report.Line();
    }

    // ---- Measurement ---------------------------------------------------------------------------------------------

    private static async Task<Record> MeasureAsync(string name, int run, bool warmup, long bytes, EmulatorProcess emulator, ApsClient aps, HttpClient raw, TransferSettings settings, string bucketKey, string objectKey, string path)
    {
        TransferCases.SettleHeap();
        using var self = Process.GetCurrentProcess();
        var serverCpuBefore = emulator.CpuTime;
        var clientCpuBefore = self.TotalProcessorTime;
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var watch = Stopwatch.StartNew();
        var result = await TransferCases.RunAsync(name, aps, raw, settings, bucketKey, objectKey, path, CancellationToken.None).ConfigureAwait(false);
        watch.Stop();
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        self.Refresh();
        var clientCpu = (self.TotalProcessorTime - clientCpuBefore).TotalSeconds;
        var serverCpu = (emulator.CpuTime - serverCpuBefore).TotalSeconds;
        if (result is not null && result.Bytes != bytes)
        {
            throw new InvalidOperationException($"{name}: the download reported {result.Bytes} bytes.");
        }

        return new Record(name, run, warmup, watch.Elapsed.TotalSeconds, allocated, clientCpu, serverCpu, result?.HashingTime.TotalSeconds, result?.Sha1Verified);
    }

    private static void Check(string? actual, string expected, string what)
    {
        if (!string.Equals(actual, expected, StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"{what}: SHA-1 {actual ?? "(none)"} where {expected} was expected; the transfer is wrong, its timing meaningless.");
        }
    }

    /// <summary>The measured times of a case, in run order.</summary>
    private static double[] Times(List<Record> records, string name)
        => [.. records.Where(r => r.Case == name && !r.Warmup).OrderBy(r => r.Run).Select(r => r.Seconds)];

    private static string Join(IEnumerable<double> values) => string.Join(", ", values.Select(v => v.ToString("0.00", CultureInfo.InvariantCulture)));

    /// <summary>A row comparing <paramref name="sdk"/> with <paramref name="baseline"/>: baseline time ÷ SDK time.</summary>
    private static void RatioLine(Report report, List<Record> records, string label, string sdk, string baseline, string target)
    {
        var sdkTimes = Times(records, sdk);
        var baseTimes = Times(records, baseline);
        var perRun = sdkTimes.Zip(baseTimes, (s, b) => b / s).ToArray();
        var ofMedians = TransferCases.Median(baseTimes) / TransferCases.Median(sdkTimes);
        report.Line($"| {label} | {ofMedians:0.00} × | {TransferCases.Median(perRun):0.00} × | {Join(perRun)} | {target} |");
    }

    private static string Mib(long bytes) => (bytes / (double)TransferSettings.MiB).ToString("0.0", CultureInfo.InvariantCulture) + " MiB";

    private sealed record Record(string Case, int Run, bool Warmup, double Seconds, long Allocated, double ClientCpuSeconds, double ServerCpuSeconds, double? HashingSeconds, bool? Sha1Verified);

    /// <summary>Markdown written to standard output as it is produced, and kept for <c>--out</c>.</summary>
    private sealed class Report
    {
        private readonly StringBuilder _text = new();

        public void Line(string line = "")
        {
            _text.Append(line).Append('\n');
            Console.Out.WriteLine(line);
        }

        public override string ToString() => _text.ToString();
    }
}
