using System.Net;
using Aps.Sdk.Tests.Support;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace Aps.Sdk.Tests.Transfers;

public sealed class TransferLoggingTests : IDisposable
{
    private readonly FakeLogCollector _logs = new();
    private readonly ILoggerFactory _loggerFactory;
    private readonly TransferTestKit _kit = new();

    public TransferLoggingTests()
        => _loggerFactory = LoggerFactory.Create(builder => builder.SetMinimumLevel(LogLevel.Trace).AddProvider(new FakeLoggerProvider(_logs)));

    public void Dispose()
    {
        _loggerFactory.Dispose();
        _kit.Dispose();
    }

    [Fact]
    public async Task Transfers_log_every_S3_request_without_its_signed_query()
    {
        using var client = TestClients.WithStaticToken(_kit.Fake, logs: _loggerFactory);
        var data = TransferTestKit.RandomBytes(TransferTestKit.PartSize * 3);
        var calls = 0;
        _kit.Fake.Intercept = (call, _) => Interlocked.Increment(ref calls) switch
        {
            1 => Task.FromResult<HttpResponseMessage?>(FakeOssS3.Status(HttpStatusCode.InternalServerError)),
            2 => Task.FromResult<HttpResponseMessage?>(FakeOssS3.Expired(call.Url)),
            _ => Task.FromResult<HttpResponseMessage?>(null),
        };

        await client.Oss.Transfers.UploadAsync(TransferTestKit.Bucket, "logged.bin", new MemoryStream(data), TransferTestKit.UploadOptions(o => o.MaxConcurrency = 1));
        await client.Oss.Transfers.DownloadAsync(TransferTestKit.Bucket, "logged.bin", new MemoryStream(), TransferTestKit.DownloadOptions());

        var records = _logs.GetSnapshot();
        records.Should().Contain(r => r.Message.Contains("UploadPart") && r.Message.Contains("fake-s3.test/upload/"));
        records.Should().Contain(r => r.Message.Contains("DownloadPart") && r.Message.Contains("fake-s3.test/objects/"));
        foreach (var record in records)
        {
            var text = record.Message + " " + string.Join(" ", record.StructuredState?.Select(kv => kv.Value) ?? []);
            text.Should().NotContain("SECRETSIG").And.NotContain("X-Amz").And.NotContain("gen=");
        }
    }
}
