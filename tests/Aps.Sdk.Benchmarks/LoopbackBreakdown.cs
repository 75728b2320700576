using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;
using Aps.Sdk.Authentication;
using Aps.Sdk.Core.Handlers;
using Aps.Sdk.Core.Serialization;
using Microsoft.Extensions.Logging.Abstractions;

namespace Aps.Sdk.Benchmarks;

/// <summary>
/// Diagnostic, not a target: the loopback small GET of <see cref="LoopbackGetBenchmarks"/> through partial handler
/// chains, measured interleaved (every variant once per round, in a shuffled order, many rounds) so that drift of a
/// busy machine affects every variant alike. Prints the median time per call of each variant and its ratio to raw.
/// </summary>
internal static class LoopbackBreakdown
{
    public const string Flag = "--loopback-breakdown";

    public static async Task<int> RunAsync(string[] args)
    {
        var rounds = ArgInt(args, "--rounds", 30);
        var calls = ArgInt(args, "--calls", 2000);
        var bench = new LoopbackGetBenchmarks();
        bench.Setup();
        try
        {
            var keys = bench.KeysUri;
            var time = TimeProvider.System;
            HttpClient Over(params DelegatingHandler[] handlers)
                => ApsHttpChain.CreateClient(ApsHttpChain.Chain(handlers, new System.Net.Http.SocketsHttpHandler()));
            ApsResiliencePipelines Resilience(bool limiterAndBreaker)
            {
                var options = new ApsResilienceOptions();
                options.RateLimiter.Enabled = limiterAndBreaker;
                options.CircuitBreaker.Enabled = limiterAndBreaker;
                return new ApsResiliencePipelines(options, time);
            }

            var rawInfinite = new HttpClient(new System.Net.Http.SocketsHttpHandler()) { Timeout = Timeout.InfiniteTimeSpan };
            var resilienceOnly = Over(Resilience(true).CreateHandler());
            var resilienceLean = Over(Resilience(false).CreateHandler());
            var full = Over(
                new DiagnosticsHandler(bench.SdkClient.Options, time),
                Resilience(true).CreateHandler(),
                new RedactingLoggingHandler(NullLogger.Instance, time));
            var noResilience = Over(
                new DiagnosticsHandler(bench.SdkClient.Options, time),
                new RedactingLoggingHandler(NullLogger.Instance, time));

            var fullSdkPrimary = ApsHttpChain.CreateClient(ApsHttpChain.Chain(
                [
                    new DiagnosticsHandler(bench.SdkClient.Options, time),
                    Resilience(true).CreateHandler(),
                        new RedactingLoggingHandler(NullLogger.Instance, time),
                ],
                ApsHttpChain.CreatePrimaryHandler(bench.SdkClient.Options)));
            using var plainSdk = new ApsClient(bench.SdkClient.Options, new System.Net.Http.SocketsHttpHandler());
            var pipeline = bench.SdkClient.Pipeline;
            var userAgent = ApsUserAgent.Create(null);

            var variants = new (string Name, Func<Task> Call)[]
            {
                ("raw (HttpClient default)", () => bench.Raw_HttpClient()),
                ("raw, infinite HttpClient timeout", () => RawAsync(rawInfinite, keys)),
                ("raw over [resilience]", () => RawAsync(resilienceOnly, keys)),
                ("raw over [resilience w/o limiter+breaker]", () => RawAsync(resilienceLean, keys)),
                ("raw over [diag, log]", () => RawAsync(noResilience, keys)),
                ("raw over full chain (diag, resilience + auth, log)", () => RawAsync(full, keys)),
                ("raw over full chain, SDK primary handler", () => RawAsync(fullSdkPrimary, keys)),
                ("raw over SDK primary handler", () => bench.Raw_HttpClient_SdkSocketSettings()),
                ("SDK request, raw send over full chain", () => SendRawAsync(full, pipeline.CreateRequest(LoopbackGetBenchmarks.AuthenticatedKeysSpec, null, []))),
                ("SDK over a plain SocketsHttpHandler", () => plainSdk.Pipeline.SendAsync(plainSdk.Pipeline.CreateRequest(LoopbackGetBenchmarks.AuthenticatedKeysSpec, null, []), ApsJsonContext.Default.ApsJsonWebKeySet, null, CancellationToken.None)),
                ("SDK", () => bench.Sdk_AuthenticatedGet()),
                ("raw, a new Uri per call", () => RawAsync(rawInfinite, new Uri(keys.OriginalString))),
                ("raw, SDK User-Agent", () => RawWithHeaderAsync(rawInfinite, keys, "User-Agent", userAgent)),
                ("raw, SDK User-Agent + Accept-Encoding", () => RawWithHeaderAsync(rawInfinite, keys, "User-Agent", userAgent, "Accept-Encoding", "gzip, br")),
            };

            if (ArgString(args, "--only") is { } only)
            {
                var keep = only.Split(',').Select(x => int.Parse(x, CultureInfo.InvariantCulture)).ToHashSet();
                variants = variants.Where((_, i) => i == 0 || keep.Contains(i)).ToArray();
            }

            if (ArgString(args, "--solo") is { } solo)
            {
                variants = [variants[int.Parse(solo, CultureInfo.InvariantCulture)]];
            }

            var samples = variants.Select(_ => new List<double>()).ToArray();
            var workItems = new long[variants.Length];
            var allocated = new long[variants.Length];
            var switches = new long[variants.Length];
            var order = Enumerable.Range(0, variants.Length).ToArray();
            var random = new Random(42);
            foreach (var (_, call) in variants)
            {
                for (var i = 0; i < 200; i++)
                {
                    await call().ConfigureAwait(false);
                }
            }

            // --blocking: every call is waited for synchronously from one dedicated thread, as BenchmarkDotNet's
            // per-call benchmarks do; otherwise the calls are awaited one after another, as an application does.
            var blocking = args.Contains("--blocking");
            async Task RoundsAsync()
            {
                for (var round = 0; round < rounds; round++)
                {
                    random.Shuffle(order);
                    foreach (var v in order)
                    {
                        var call = variants[v].Call;
                        var items = ThreadPool.CompletedWorkItemCount;
                        var bytes = GC.GetTotalAllocatedBytes(precise: false);
                        var contention = Monitor.LockContentionCount;
                        var start = Stopwatch.GetTimestamp();
                        for (var i = 0; i < calls; i++)
                        {
                            if (blocking)
                            {
                                call().GetAwaiter().GetResult();
                            }
                            else
                            {
                                await call().ConfigureAwait(false);
                            }
                        }

                        samples[v].Add(Stopwatch.GetElapsedTime(start).TotalMicroseconds / calls);
                        workItems[v] += ThreadPool.CompletedWorkItemCount - items;
                        allocated[v] += GC.GetTotalAllocatedBytes(precise: false) - bytes;
                        switches[v] += Monitor.LockContentionCount - contention;
                    }
                }
            }

            if (blocking)
            {
                var thread = new Thread(() => RoundsAsync().GetAwaiter().GetResult()) { Name = "loopback-breakdown" };
                thread.Start();
                thread.Join();
            }
            else
            {
                await RoundsAsync().ConfigureAwait(false);
            }

            var rawMedian = Median(samples[0]);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{rounds} rounds x {calls} calls per variant, {(blocking ? "each waited for synchronously" : "awaited in sequence")}"));
            for (var v = 0; v < variants.Length; v++)
            {
                var median = Median(samples[v]);
                var paired = Median(samples[v].Zip(samples[0], (a, b) => a / b).ToList());
                Console.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"| {variants[v].Name} | {median:0.00} us | {median / rawMedian:0.000}x | paired {paired:0.000}x | min {samples[v].Min():0.00} | {(double)workItems[v] / (rounds * calls):0.00} work items | {(double)allocated[v] / (rounds * calls):0} B | {(double)switches[v] / (rounds * calls):0.000} contentions |"));
            }
        }
        finally
        {
            bench.Cleanup();
        }

        return 0;
    }

    private static Task<ApsJsonWebKeySet> RawAsync(HttpClient client, Uri uri)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, uri);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", InMemoryApsHandler.AccessToken);
        return SendRawAsync(client, request);
    }

    private static Task<ApsJsonWebKeySet> RawWithHeaderAsync(HttpClient client, Uri uri, params string[] headers)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, uri);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", InMemoryApsHandler.AccessToken);
        for (var i = 0; i < headers.Length; i += 2)
        {
            request.Headers.TryAddWithoutValidation(headers[i], headers[i + 1]);
        }

        return SendRawAsync(client, request);
    }

    private static async Task<ApsJsonWebKeySet> SendRawAsync(HttpClient client, HttpRequestMessage message)
    {
        using var request = message;
        using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, CancellationToken.None).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        var stream = await response.Content.ReadAsStreamAsync(CancellationToken.None).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            return await JsonSerializer.DeserializeAsync(stream, ApsJsonContext.Default.ApsJsonWebKeySet, CancellationToken.None).ConfigureAwait(false)
                ?? throw new JsonException("null body");
        }
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private static string? ArgString(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }

    private static int ArgInt(string[] args, string name, int fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
    }
}
