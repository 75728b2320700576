using Aps.Sdk.Oss;

namespace Aps.Sdk.Tests.Transfers;

public sealed class ResumeTests : IDisposable
{
    private readonly TransferTestKit _kit = new();

    public void Dispose() => _kit.Dispose();

    /// <summary>Cancels the upload when part <paramref name="cancelAtPart"/> reaches S3; returns the last checkpoint.</summary>
    private async Task<OssUploadCheckpoint> CancelAtPartAsync(Func<OssUploadOptions, CancellationToken, Task> upload, int cancelAtPart, int concurrency = 1)
    {
        using var cts = new CancellationTokenSource();
        OssUploadCheckpoint? last = null;
        _kit.Fake.Intercept = async (call, ct) =>
        {
            if (call.PartNumber >= cancelAtPart)
            {
                await cts.CancelAsync();
                await Task.Delay(Timeout.Infinite, ct);
            }

            return null;
        };

        var options = TransferTestKit.UploadOptions(o =>
        {
            o.MaxConcurrency = concurrency;
            o.SourceId = "source-v1";
            o.CheckpointCallback = c => last = c;
        });
        await FluentActions.Invoking(() => upload(options, cts.Token)).Should().ThrowAsync<OperationCanceledException>();
        _kit.Fake.Intercept = null;
        _kit.Fake.CompleteBodies.Should().BeEmpty();
        return last!;
    }

    [Fact]
    public async Task A_cancelled_file_upload_resumes_from_its_checkpoint_and_sends_only_the_missing_parts()
    {
        var data = TransferTestKit.RandomBytes((TransferTestKit.PartSize * 9) + 300);
        var path = _kit.WriteFile(data);

        var checkpoint = await CancelAtPartAsync((o, ct) => _kit.Transfers.UploadAsync(TransferTestKit.Bucket, "resume.bin", path, o, ct), cancelAtPart: 4);

        checkpoint.CompletedParts.Select(p => p.PartNumber).Should().Equal(1, 2, 3);
        checkpoint.PartCount.Should().Be(10);
        checkpoint.TotalSize.Should().Be(data.Length);
        checkpoint.BytesCompleted.Should().Be(3 * TransferTestKit.PartSize);
        var json = checkpoint.ToJson();
        json.Should().NotContain("http").And.NotContain("SECRETSIG");
        var restored = OssUploadCheckpoint.FromJson(json);

        var putsBefore = _kit.Fake.Puts.Count;
        var urlRequestsBefore = _kit.Fake.UrlRequests.Count;
        var progress = new ProgressLog();
        var result = await _kit.Transfers.ResumeUploadAsync(restored, path, TransferTestKit.UploadOptions(o => o.Progress = progress));

        var resumedPuts = _kit.Fake.Puts.Skip(putsBefore).ToList();
        resumedPuts.Select(p => p.PartNumber).Should().BeEquivalentTo([4, 5, 6, 7, 8, 9, 10]);
        result.PartsResumed.Should().Be(3);
        result.PartCount.Should().Be(10);
        result.UploadKey.Should().Be(checkpoint.UploadKey);
        var resumedUrlRequests = _kit.Fake.UrlRequests.Skip(urlRequestsBefore).ToList();
        resumedUrlRequests.Should().ContainSingle().Which.Should().Be(new UrlRequest(7, 4, checkpoint.UploadKey, null));
        TransferTestKit.Sha256(_kit.Fake.GetObject(TransferTestKit.Bucket, "resume.bin")!).Should().Be(TransferTestKit.Sha256(data));
        _kit.CompletedETags().Should().ContainSingle().Which.Should().HaveCount(10).And.OnlyHaveUniqueItems();
        progress.Reports[0].BytesTransferred.Should().Be(3 * TransferTestKit.PartSize);
        progress.AssertMonotonicEndingAt(data.Length, 10);
        _kit.AssertCredentialHygiene();
    }

    [Fact]
    public async Task A_parallel_upload_cancelled_mid_way_resumes_with_exactly_the_parts_its_checkpoint_lacks()
    {
        var data = TransferTestKit.RandomBytes(TransferTestKit.PartSize * 20);
        var path = _kit.WriteFile(data);

        var checkpoint = await CancelAtPartAsync((o, ct) => _kit.Transfers.UploadAsync(TransferTestKit.Bucket, "parallel-resume.bin", path, o, ct), cancelAtPart: 9, concurrency: 4);

        var putsBefore = _kit.Fake.Puts.Count;
        await _kit.Transfers.ResumeUploadAsync(checkpoint, path, TransferTestKit.UploadOptions(o => o.MaxConcurrency = 4));

        var resumed = _kit.Fake.Puts.Skip(putsBefore).Select(p => p.PartNumber!.Value).ToList();
        resumed.Should().HaveCount(20 - checkpoint.CompletedParts.Count).And.OnlyHaveUniqueItems();
        resumed.Should().NotIntersectWith(checkpoint.CompletedParts.Select(p => p.PartNumber));
        TransferTestKit.Sha256(_kit.Fake.GetObject(TransferTestKit.Bucket, "parallel-resume.bin")!).Should().Be(TransferTestKit.Sha256(data));
    }

    [Fact]
    public async Task A_cancelled_non_seekable_stream_upload_resumes_from_a_new_stream_with_the_same_source_id()
    {
        var data = TransferTestKit.RandomBytes((TransferTestKit.PartSize * 6) + 5);

        var checkpoint = await CancelAtPartAsync((o, ct) => _kit.Transfers.UploadAsync(TransferTestKit.Bucket, "stream-resume.bin", new NonSeekableStream(data), o, ct), cancelAtPart: 3);

        checkpoint.CompletedParts.Should().HaveCount(2);
        checkpoint.TotalSize.Should().BeNull("a non-seekable stream's length is unknown until its end");
        checkpoint.Source.SourceId.Should().Be("source-v1");

        await FluentActions.Invoking(() => _kit.Transfers.ResumeUploadAsync(checkpoint, new NonSeekableStream(data), TransferTestKit.UploadOptions(o => o.SourceId = "source-v2")))
            .Should().ThrowAsync<ArgumentException>().WithMessage("*SourceId*");

        var putsBefore = _kit.Fake.Puts.Count;
        var result = await _kit.Transfers.ResumeUploadAsync(checkpoint, new NonSeekableStream(data), TransferTestKit.UploadOptions(o => o.SourceId = "source-v1"));

        _kit.Fake.Puts.Skip(putsBefore).Select(p => p.PartNumber).Should().BeEquivalentTo([3, 4, 5, 6, 7]);
        result.PartCount.Should().Be(7);
        TransferTestKit.Sha256(_kit.Fake.GetObject(TransferTestKit.Bucket, "stream-resume.bin")!).Should().Be(TransferTestKit.Sha256(data));
    }

    [Fact]
    public async Task A_resume_from_a_stream_shorter_than_its_checkpoint_fails_before_completing()
    {
        var data = TransferTestKit.RandomBytes(TransferTestKit.PartSize * 5);
        var checkpoint = await CancelAtPartAsync((o, ct) => _kit.Transfers.UploadAsync(TransferTestKit.Bucket, "short-resume.bin", new NonSeekableStream(data), o, ct), cancelAtPart: 4);

        var act = () => _kit.Transfers.ResumeUploadAsync(checkpoint, new NonSeekableStream(data[..1500]), TransferTestKit.UploadOptions(o => o.SourceId = "source-v1"));

        (await act.Should().ThrowAsync<ApsException>()).WithMessage("*checkpoint records as uploaded*");
        _kit.Fake.CompleteBodies.Should().BeEmpty();
    }

    [Fact]
    public async Task A_changed_file_is_refused_before_anything_is_sent()
    {
        var data = TransferTestKit.RandomBytes(TransferTestKit.PartSize * 5);
        var path = _kit.WriteFile(data);
        var checkpoint = await CancelAtPartAsync((o, ct) => _kit.Transfers.UploadAsync(TransferTestKit.Bucket, "changed.bin", path, o, ct), cancelAtPart: 3);

        // Same length, same last write time, different bytes: the sampled hash tells them apart.
        var written = File.GetLastWriteTimeUtc(path);
        var changed = (byte[])data.Clone();
        changed[10] ^= 0xFF;
        File.WriteAllBytes(path, changed);
        File.SetLastWriteTimeUtc(path, written);
        var requestsBefore = _kit.Fake.TotalRequests;

        var act = () => _kit.Transfers.ResumeUploadAsync(checkpoint, path, TransferTestKit.UploadOptions());
        (await act.Should().ThrowAsync<ArgumentException>()).WithMessage("*not the one the upload started with*first or last MiB*");

        // A longer file, or one written later, is refused too.
        File.WriteAllBytes(path, [.. data, 1]);
        (await act.Should().ThrowAsync<ArgumentException>()).WithMessage("*bytes where the checkpoint's source had*");
        File.WriteAllBytes(path, data);
        File.SetLastWriteTimeUtc(path, written.AddMinutes(1));
        (await act.Should().ThrowAsync<ArgumentException>()).WithMessage("*last written*");

        _kit.Fake.TotalRequests.Should().Be(requestsBefore, "nothing is sent for a changed source");
    }

    [Fact]
    public async Task A_changed_seekable_stream_is_refused()
    {
        var data = TransferTestKit.RandomBytes(TransferTestKit.PartSize * 4);
        var checkpoint = await CancelAtPartAsync((o, ct) => _kit.Transfers.UploadAsync(TransferTestKit.Bucket, "seekable.bin", new MemoryStream(data), o, ct), cancelAtPart: 2);
        var changed = (byte[])data.Clone();
        changed[^1] ^= 0x01;
        var requestsBefore = _kit.Fake.TotalRequests;

        await FluentActions.Invoking(() => _kit.Transfers.ResumeUploadAsync(checkpoint, new MemoryStream(changed), TransferTestKit.UploadOptions(o => o.SourceId = "source-v1")))
            .Should().ThrowAsync<ArgumentException>();
        await FluentActions.Invoking(() => _kit.Transfers.ResumeUploadAsync(checkpoint, new NonSeekableStream(data), TransferTestKit.UploadOptions(o => o.SourceId = "source-v1")))
            .Should().ThrowAsync<ArgumentException>().WithMessage("*seekable*");
        _kit.Fake.TotalRequests.Should().Be(requestsBefore);

        await _kit.Transfers.ResumeUploadAsync(checkpoint, new MemoryStream(data), TransferTestKit.UploadOptions(o => o.SourceId = "source-v1"));
        TransferTestKit.Sha256(_kit.Fake.GetObject(TransferTestKit.Bucket, "seekable.bin")!).Should().Be(TransferTestKit.Sha256(data));
    }

    [Fact]
    public async Task A_refused_completion_is_retried_by_resuming_without_sending_any_part()
    {
        var data = TransferTestKit.RandomBytes(TransferTestKit.PartSize * 3);
        var path = _kit.WriteFile(data);
        OssUploadCheckpoint? last = null;
        _kit.Fake.FailNextCompletes = 1;

        var act = () => _kit.Transfers.UploadAsync(TransferTestKit.Bucket, "complete.bin", path, TransferTestKit.UploadOptions(o => o.CheckpointCallback = c => last = c));
        (await act.Should().ThrowAsync<ApsException>()).Which.StatusCode.Should().Be(400);
        last!.CompletedParts.Should().HaveCount(3);

        var putsBefore = _kit.Fake.Puts.Count;
        var result = await _kit.Transfers.ResumeUploadAsync(OssUploadCheckpoint.FromJson(last.ToJson()), path, TransferTestKit.UploadOptions());

        _kit.Fake.Puts.Count.Should().Be(putsBefore);
        result.PartsResumed.Should().Be(3);
        TransferTestKit.Sha256(_kit.Fake.GetObject(TransferTestKit.Bucket, "complete.bin")!).Should().Be(TransferTestKit.Sha256(data));
    }

    [Fact]
    public async Task Checkpoints_arrive_in_order_and_each_one_is_newer()
    {
        var data = TransferTestKit.RandomBytes(TransferTestKit.PartSize * 8);
        var path = _kit.WriteFile(data);
        var checkpoints = new List<OssUploadCheckpoint>();

        await _kit.Transfers.UploadAsync(TransferTestKit.Bucket, "ordered.bin", path, TransferTestKit.UploadOptions(o => o.CheckpointCallback = checkpoints.Add));

        checkpoints.Should().HaveCount(9, "one when the session opens and one per part");
        checkpoints.Select(c => c.CompletedParts.Count).Should().BeInAscendingOrder().And.OnlyHaveUniqueItems();
        checkpoints[0].CompletedParts.Should().BeEmpty();
        checkpoints[0].UploadKey.Should().Be("upload-key-1");
        checkpoints[^1].CompletedParts.Select(p => p.PartNumber).Should().Equal(Enumerable.Range(1, 8));
        checkpoints.Should().OnlyContain(c => c.Source.Length == data.Length && c.Source.LastWriteTimeUtc != null && c.Source.SampleSha256 != null);
    }
}
