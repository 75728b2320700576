using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Aps.Sdk.Authentication;
using BenchmarkDotNet.Attributes;

namespace Aps.Sdk.Benchmarks;

/// <summary>
/// Enumerating a list with <c>await foreach</c> through the whole pipeline: 100 items on one page against 10,000
/// items over 100 pages (OSS <c>ListObjectsAsync</c>, link paging over <c>next</c>, in-memory handler). The
/// allocation per item must be the same for both (nothing grows with the number of pages); <see cref="HeapProbe"/>
/// samples the peak heap, which must stay at one page plus a fixed margin.
/// </summary>
[MemoryDiagnoser]
public class PagingBenchmarks
{
    private ApsClient _client = null!;

    [GlobalSetup]
    public void Setup() => _client = CreateClient(new ObjectPagesHandler(100));

    [GlobalCleanup]
    public void Cleanup() => _client.Dispose();

    internal static ApsClient CreateClient(HttpMessageHandler handler)
        => new(new ApsOptions
        {
            ClientId = "benchmark-client",
            TokenProvider = new StaticTokenProvider(new ApsAccessToken("benchmark-token", DateTimeOffset.UtcNow.AddDays(1))),
        }, handler);

    [Benchmark(Baseline = true, OperationsPerInvoke = 100)]
    public Task<long> OnePage_100Items() => EnumerateAsync(_client, 1);

    [Benchmark(OperationsPerInvoke = 10_000)]
    public Task<long> HundredPages_10000Items() => EnumerateAsync(_client, 100);

    /// <summary>Enumerates <paramref name="pages"/> pages of 100; returns the sum of sizes (so nothing is optimised away).</summary>
    internal static async Task<long> EnumerateAsync(ApsClient client, int pages, Action? perPage = null)
    {
        long total = 0;
        var count = 0;
        var bucket = pages == 1 ? "single-page-bucket" : "hundred-page-bucket";
        await foreach (var item in client.Oss.ListObjectsAsync(bucket, new Oss.OssListObjectsOptions { Limit = 100 }))
        {
            total += item.Size ?? 0;
            if (++count % 100 == 0)
            {
                perPage?.Invoke();
            }
        }

        return count == pages * 100 ? total : throw new InvalidOperationException($"enumerated {count} items");
    }
}

/// <summary>Answers <c>GET /oss/v2/buckets/{bucket}/objects?startAt=N</c> with 100 objects and a next link until the last page.</summary>
internal sealed class ObjectPagesHandler(int maxPages) : HttpMessageHandler
{
    private static readonly MediaTypeHeaderValue Json = new("application/json") { CharSet = "utf-8" };
    private readonly Dictionary<(string, int), byte[]> _pages = [];

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var uri = request.RequestUri!;
        var bucket = uri.Segments[4].TrimEnd('/');
        var pages = bucket == "single-page-bucket" ? 1 : maxPages;
        var query = uri.Query;
        var start = 0;
        var at = query.IndexOf("startAt=", StringComparison.Ordinal);
        if (at >= 0)
        {
            var end = query.IndexOf('&', at);
            start = int.Parse(query.AsSpan(at + 8, (end < 0 ? query.Length : end) - at - 8), CultureInfo.InvariantCulture);
        }

        byte[] body;
        lock (_pages)
        {
            if (!_pages.TryGetValue((bucket, start), out body!))
            {
                body = Build(bucket, start, pages);
                _pages[(bucket, start)] = body;
            }
        }

        var content = new ByteArrayContent(body);
        content.Headers.ContentType = Json;
        return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = content, RequestMessage = request });
    }

    private static byte[] Build(string bucket, int page, int pages)
    {
        var sb = new StringBuilder("{\"items\":[");
        for (var i = 0; i < 100; i++)
        {
            var n = page * 100 + i;
            if (i > 0)
            {
                sb.Append(',');
            }

            sb.Append("{\"bucketKey\":\"").Append(bucket).Append("\",\"objectKey\":\"folder/object-").Append(n)
              .Append(".bin\",\"objectId\":\"urn:adsk.objects:os.object:").Append(bucket).Append("/folder/object-").Append(n)
              .Append(".bin\",\"sha1\":\"3c08cd4b1e8c7ec6d1f7e4f3a3b1e7e4c58c9d2a\",\"size\":").Append(1000 + n)
              .Append(",\"location\":\"https://developer.api.autodesk.com/oss/v2/buckets/").Append(bucket).Append("/objects/folder%2Fobject-").Append(n).Append(".bin\"}");
        }

        sb.Append(']');
        if (page + 1 < pages)
        {
            sb.Append(",\"next\":\"https://developer.api.autodesk.com/oss/v2/buckets/").Append(bucket).Append("/objects?startAt=").Append(page + 1).Append("&limit=100\"");
        }

        sb.Append('}');
        return Encoding.UTF8.GetBytes(sb.ToString());
    }
}

/// <summary>
/// <c>--paging-heap</c>: enumerates 1 page and then 100 pages in this fresh process, sampling the heap after a full
/// collection at every page boundary, and prints the peaks (the harness fails when 100 pages need more than one
/// page's peak plus 1 MiB).
/// </summary>
internal static class PagingHeapProbe
{
    public const string Flag = "--paging-heap";

    public static async Task<int> RunAsync()
    {
        using var client = PagingBenchmarks.CreateClient(new ObjectPagesHandler(100));
        await PagingBenchmarks.EnumerateAsync(client, 1); // warm-up: JIT, pools, the pipeline.
        await PagingBenchmarks.EnumerateAsync(client, 100);
        var one = await PeakAsync(client, 1);
        var hundred = await PeakAsync(client, 100);
        const long margin = 1024 * 1024;
        var ok = hundred <= one + margin;
        Console.WriteLine($"| paging peak heap | 1 page: {one / 1024.0:0} KiB | 100 pages: {hundred / 1024.0:0} KiB | ratio {(double)hundred / one:0.00} | {(ok ? "ok (≤ one page + 1 MiB)" : "FAIL (> one page + 1 MiB)")} |");
        return ok ? 0 : 1;
    }

    private static async Task<long> PeakAsync(ApsClient client, int pages)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var baseline = GC.GetTotalMemory(true);
        long peak = 0;
        await PagingBenchmarks.EnumerateAsync(client, pages, () => peak = Math.Max(peak, GC.GetTotalMemory(true) - baseline));
        return Math.Max(peak, 1);
    }
}
