using System.Diagnostics;
using Aps.Sdk.Oss;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace Aps.Sdk.Tests.Oss;

/// <summary>The <c>{hash}</c> of an OSS signed URL is a secret: no exception, log line or span of the signed-resource operations shows it.</summary>
public sealed class OssSignedResourceRedactionTests : IDisposable
{
    private const string Hash = "e63f23e2-2486-4f32-a921-SECRETHASH";

    private readonly OssWire _wire = new();
    private readonly FakeLogCollector _logs = new();
    private readonly ILoggerFactory _loggerFactory;
    private readonly ActivityListener _listener;
    private readonly List<string> _spans = [];

    public OssSignedResourceRedactionTests()
    {
        _loggerFactory = LoggerFactory.Create(builder => builder.SetMinimumLevel(LogLevel.Trace).AddProvider(new FakeLoggerProvider(_logs)));
        _listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == "Aps.Sdk",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity =>
            {
                lock (_spans)
                {
                    _spans.Add(activity.DisplayName + " " + string.Join(' ', activity.TagObjects.Select(t => $"{t.Key}={t.Value}")));
                }
            },
        };
        ActivitySource.AddActivityListener(_listener);
    }

    public void Dispose()
    {
        _listener.Dispose();
        _loggerFactory.Dispose();
        _wire.Dispose();
    }

    [Fact]
    public async Task No_signed_resource_operation_reveals_the_hash()
    {
        // The server echoes the signed URL in its reason and a header, as a careless proxy would.
        _wire.ReplyToAll(
            403,
            $$"""{"reason":"Signed URL {{_wire.BaseUrl}}/oss/v2/signedresources/{{Hash}}?region=US has expired"}""",
            ("x-echo", $"/oss/v2/signedresources/{Hash}/resumable"));
        var oss = _wire.Client(o => o.Resilience.MaxRetryAttempts = 1, _loggerFactory).Oss;
        var calls = new List<Func<Task>>
        {
            () => oss.DownloadSignedResourceAsync(Hash, new OssDownloadSignedResourceOptions { Region = ApsRegion.US }),
            () => oss.UploadSignedResourceAsync(Hash, new MemoryStream([1, 2, 3]), new OssUploadSignedResourceOptions { Region = ApsRegion.EMEA }),
            () => oss.UploadSignedResourceChunkAsync(Hash, new MemoryStream([1, 2, 3]), 0, 3, "session-1"),
            () => oss.DeleteSignedResourceAsync(Hash),
        };

        var errors = new List<ApsException>();
        foreach (var call in calls)
        {
            errors.Add((await call.Should().ThrowAsync<ApsException>()).Which);
        }

        _wire.Requests.Select(r => r.Path).Should().OnlyContain(p => p.Contains(Hash), "the hash did reach the server");
        errors.Should().HaveCount(4);
        foreach (var error in errors)
        {
            error.StatusCode.Should().Be(403);
            error.RequestUri.Should().Contain("/oss/v2/signedresources/***");
            foreach (var text in new[] { error.Message, error.ToString(), error.RequestUri, error.Detail, error.RawBody }.Concat(error.Headers.Values))
            {
                (text ?? string.Empty).Should().NotContain(Hash);
            }
        }

        var records = _logs.GetSnapshot();
        records.Should().NotBeEmpty();
        records.Should().OnlyContain(r => !r.Message.Contains(Hash, StringComparison.Ordinal) && (r.Exception == null || !r.Exception.ToString().Contains(Hash, StringComparison.Ordinal)));
        lock (_spans)
        {
            _spans.Should().OnlyContain(s => !s.Contains(Hash, StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task A_created_signed_url_is_not_logged_or_printed()
    {
        _wire.ReplyToAll(200, _wire.Fixture("signed-resource.json").Replace("7ffc5eef-1407-4c24-b3f3-3cbfe32a9232", Hash, StringComparison.Ordinal));
        var oss = _wire.Client(logs: _loggerFactory).Oss;

        var signed = await oss.CreateSignedResourceAsync("apptestbucket", "test.txt");

        signed.Hash.Should().Be(Hash);
        signed.ToString().Should().NotContain(Hash);
        _logs.GetSnapshot().Should().OnlyContain(r => !r.Message.Contains(Hash, StringComparison.Ordinal));
    }
}
