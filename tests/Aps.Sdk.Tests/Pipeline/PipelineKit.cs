using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json.Serialization;
using Aps.Sdk.Authentication;
using Aps.Sdk.Core.Pipeline;
using Aps.Sdk.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace Aps.Sdk.Tests.Pipeline;

/// <summary>A small response model read through source-generated metadata, as the typed operations do.</summary>
public sealed class PipelineItem
{
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    [JsonPropertyName("size")]
    public long Size { get; set; }
}

[JsonSerializable(typeof(PipelineItem))]
internal sealed partial class PipelineJsonContext : JsonSerializerContext
{
}

/// <summary>Operation specs and send helpers shared by the pipeline tests.</summary>
internal static class PipelineKit
{
    public const string Base = "https://developer.api.autodesk.com";
    public const string ItemJson = """{"name":"ok","size":42}""";

    public static readonly ApsScopes Read = ApsScopes.Create(ApsScopes.DataRead);

    public static OperationSpec GetObject(RegionStyle region = RegionStyle.None, string area = "Oss") =>
        new(area, "GetObject", HttpMethod.Get, "/oss/v2/buckets/{bucketKey}/objects/{objectKey}")
        {
            Scopes = Read,
            RegionStyle = region,
        };

    public static OperationSpec Get(string template, string area = "Oss", string name = "TestGet") =>
        new(area, name, HttpMethod.Get, template) { Scopes = Read };

    public static HttpResponseMessage Item() => Responses.Json(ItemJson);

    public static Task<PipelineItem> SendItemAsync(ApsClient client, HttpRequestMessage request, ApsRequestOptions? options = null, CancellationToken cancellationToken = default)
        => client.Pipeline.SendAsync(request, PipelineJsonContext.Default.PipelineItem, options, cancellationToken);

    /// <summary>Builds and sends a GET of <paramref name="spec"/> in one go.</summary>
    public static Task<PipelineItem> GetItemAsync(ApsClient client, OperationSpec spec, ApsRequestOptions? options = null, QueryBuilder? query = null, params string[] path)
        => SendItemAsync(client, client.Pipeline.CreateRequest(spec, options, path, query), options);

    /// <summary>
    /// Moves a fake clock forward in small steps until <paramref name="task"/> completes, so delays scheduled at any
    /// moment (backoff, Retry-After) elapse without real waiting. The real-time guard only stops a hung test.
    /// </summary>
    public static async Task<T> PumpAsync<T>(FakeTimeProvider time, Task<T> task, TimeSpan? step = null)
    {
        await PumpAsync(time, (Task)task, step);
        return await task;
    }

    public static async Task PumpAsync(FakeTimeProvider time, Task task, TimeSpan? step = null)
    {
        var guard = Stopwatch.StartNew();
        while (!task.IsCompleted)
        {
            if (guard.Elapsed > TimeSpan.FromSeconds(30))
            {
                throw new TimeoutException("The call did not complete while the fake clock was advanced.");
            }

            time.Advance(step ?? TimeSpan.FromMilliseconds(500));
            await Task.WhenAny(task, Task.Delay(2));
        }

        await task;
    }
}

/// <summary>
/// A token provider that counts calls: it serves <c>{prefix}-1</c> until that token is invalidated, then
/// <c>{prefix}-2</c>, and so on.
/// </summary>
internal sealed class CountingTokenProvider : IApsTokenProvider
{
    private readonly object _gate = new();
    private readonly string _prefix;
    private ApsAccessToken? _current;
    private int _issued;
    private int _getCalls;

    public CountingTokenProvider(string prefix = "counting-token") => _prefix = prefix;

    public int GetCalls => Volatile.Read(ref _getCalls);

    public int Issued
    {
        get
        {
            lock (_gate)
            {
                return _issued;
            }
        }
    }

    public ConcurrentQueue<string> Invalidated { get; } = new();

    public ValueTask<ApsAccessToken> GetTokenAsync(ApsScopes scopes, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _getCalls);
        lock (_gate)
        {
            if (_current is null)
            {
                _issued++;
                _current = new ApsAccessToken($"{_prefix}-{_issued}", DateTimeOffset.UtcNow.AddHours(1), scopes);
            }

            return new ValueTask<ApsAccessToken>(_current);
        }
    }

    public ValueTask InvalidateAsync(ApsAccessToken token, CancellationToken cancellationToken)
    {
        Invalidated.Enqueue(token.Value);
        lock (_gate)
        {
            if (ReferenceEquals(token, _current))
            {
                _current = null;
            }
        }

        return ValueTask.CompletedTask;
    }
}

/// <summary>A primary handler that never answers: it signals arrival and waits for cancellation.</summary>
internal sealed class HangingHandler : HttpMessageHandler
{
    private int _count;

    public TaskCompletionSource Arrived { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public int Count => Volatile.Read(ref _count);

    public bool SawCancellation { get; private set; }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _count);
        Arrived.TrySetResult();
        try
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            SawCancellation = true;
            throw;
        }

        throw new InvalidOperationException("unreachable");
    }
}

/// <summary>A stream that cannot seek (a network or pipe body), so it can be sent once only.</summary>
internal sealed class NonSeekableStream : Stream
{
    private readonly MemoryStream _inner;

    public NonSeekableStream(byte[] data) => _inner = new MemoryStream(data, writable: false);

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override void Flush()
    {
    }

    public override int Read(byte[] buffer, int offset, int count) => _inner.Read(buffer, offset, count);

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) => _inner.ReadAsync(buffer, cancellationToken);

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
