using System.Security.Cryptography;
using System.Text.Json;
using Aps.Sdk.Oss;
using Aps.Sdk.Tests.Support;

namespace Aps.Sdk.Tests.Transfers;

/// <summary>A real <see cref="ApsClient"/> over <see cref="FakeOssS3"/>, a temporary folder and helpers.</summary>
public sealed class TransferTestKit : IDisposable
{
    public const string Bucket = "transfer-bucket";
    public const int PartSize = 1024;

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "aps-xfer-" + Guid.NewGuid().ToString("N"));

    public TransferTestKit()
    {
        Directory.CreateDirectory(_folder);
        Client = TestClients.WithStaticToken(Fake);
    }

    public FakeOssS3 Fake { get; } = new();

    public ApsClient Client { get; }

    public OssTransferManager Transfers => Client.Oss.Transfers;

    /// <summary>Upload options with 1 KiB parts (the 5 MiB minimum lowered), 1 ms backoff.</summary>
    public static OssUploadOptions UploadOptions(Action<OssUploadOptions>? configure = null)
    {
        var options = new OssUploadOptions { MinimumPartSize = 1, PartSize = PartSize, RetryDelay = TimeSpan.FromMilliseconds(1), MaxPartAttempts = 3 };
        configure?.Invoke(options);
        return options;
    }

    /// <summary>Download options with 1 KiB parts (the 64 KiB minimum lowered), 1 ms backoff.</summary>
    public static OssDownloadOptions DownloadOptions(Action<OssDownloadOptions>? configure = null)
    {
        var options = new OssDownloadOptions { MinimumPartSize = 1, PartSize = PartSize, RetryDelay = TimeSpan.FromMilliseconds(1), MaxPartAttempts = 3 };
        configure?.Invoke(options);
        return options;
    }

    public static byte[] RandomBytes(int length, int seed = 42)
    {
        var data = new byte[length];
        new Random(seed).NextBytes(data);
        return data;
    }

    public static string Sha256(byte[] data) => Convert.ToHexString(SHA256.HashData(data));

    public string NewPath(string name = "file.bin") => Path.Combine(_folder, Guid.NewGuid().ToString("N") + "-" + name);

    public string WriteFile(byte[] data)
    {
        var path = NewPath();
        File.WriteAllBytes(path, data);
        return path;
    }

    /// <summary>The eTags of each completion body, in the order sent.</summary>
    public List<List<string>> CompletedETags()
        => Fake.CompleteBodies.Select(b =>
        {
            using var doc = JsonDocument.Parse(b);
            return doc.RootElement.GetProperty("eTags").EnumerateArray().Select(e => e.GetString()!).ToList();
        }).ToList();

    /// <summary>Checks what every transfer test must hold: S3 never saw credentials, OSS always did.</summary>
    public void AssertCredentialHygiene()
    {
        Fake.S3RequestsWithAuthorization.Should().BeEmpty("signed S3 URLs must never receive the APS Authorization header");
        Fake.ApsRequestsWithoutAuthorization.Should().BeEmpty("OSS calls are authenticated");
    }

    /// <summary>Checks that no message or description in the exception chain carries a signed query.</summary>
    public static void AssertNoSignedUrl(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            e.Message.Should().NotContain("X-Amz").And.NotContain("SECRETSIG").And.NotContain("gen=");
            if (e is ApsException aps)
            {
                (aps.RequestUri ?? string.Empty).Should().NotContain("?");
                (aps.RawBody ?? string.Empty).Should().NotContain("SECRETSIG");
                (aps.Detail ?? string.Empty).Should().NotContain("SECRETSIG");
            }
        }

        exception.ToString().Should().NotContain("SECRETSIG").And.NotContain("X-Amz");
    }

    public void Dispose()
    {
        Client.Dispose();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}

/// <summary>A synchronous progress sink (reports arrive in the order they were made).</summary>
public sealed class ProgressLog : IProgress<OssTransferProgress>
{
    private readonly object _gate = new();
    private readonly List<OssTransferProgress> _reports = [];

    public IReadOnlyList<OssTransferProgress> Reports
    {
        get
        {
            lock (_gate)
            {
                return [.. _reports];
            }
        }
    }

    public void Report(OssTransferProgress value)
    {
        lock (_gate)
        {
            _reports.Add(value);
        }
    }

    public void AssertMonotonicEndingAt(long totalBytes, int totalParts)
    {
        var reports = Reports;
        reports.Should().NotBeEmpty();
        for (var i = 1; i < reports.Count; i++)
        {
            reports[i].BytesTransferred.Should().BeGreaterThanOrEqualTo(reports[i - 1].BytesTransferred, "progress never goes back");
            reports[i].PartsCompleted.Should().BeGreaterThanOrEqualTo(reports[i - 1].PartsCompleted);
        }

        reports.Should().OnlyContain(r => r.BytesTransferred <= totalBytes && r.PartsCompleted <= totalParts);
        var last = reports[^1];
        last.BytesTransferred.Should().Be(totalBytes);
        last.TotalBytes.Should().Be(totalBytes);
        last.PartsCompleted.Should().Be(totalParts);
        last.TotalParts.Should().Be(totalParts);
    }
}

/// <summary>A read-only, non-seekable stream that returns short reads (at most 300 bytes at a time).</summary>
public sealed class NonSeekableStream(byte[] data) : Stream
{
    private int _position;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count)
    {
        var n = Math.Min(Math.Min(count, 300), data.Length - _position);
        Array.Copy(data, _position, buffer, offset, n);
        _position += n;
        return n;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
