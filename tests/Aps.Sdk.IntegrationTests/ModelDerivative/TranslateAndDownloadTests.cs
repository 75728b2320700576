using System.Net;
using System.Text;
using Aps.Sdk.ModelDerivative;
using Aps.Sdk.Oss;
using Aps.Sdk.Testing;

namespace Aps.Sdk.IntegrationTests.ModelDerivatives;

/// <summary>Translate → wait → read → download against the emulator, plus failure, timeout and cancellation.</summary>
public sealed class TranslateAndDownloadTests : IAsyncLifetime
{
    private const string Bucket = "md-integration";
    private const string Cube = """
        # unit cube
        o Cube
        v 0 0 0
        v 1 0 0
        v 1 1 0
        v 0 1 0
        v 0 0 1
        v 1 0 1
        v 1 1 1
        v 0 1 1
        f 1 2 3 4
        f 5 8 7 6
        f 1 5 6 2
        f 2 6 7 3
        f 3 7 8 4
        f 5 1 4 8
        o Lid
        v 0 0 2
        v 1 0 2
        v 1 1 2
        f 9 10 11
        """;

    private static readonly ApsPollingOptions Fast = new() { InitialDelay = TimeSpan.FromMilliseconds(10), MaxDelay = TimeSpan.FromMilliseconds(40) };

    private ApsEmulator _emulator = null!;
    private ApsClient _aps = null!;

    public async Task InitializeAsync()
    {
        _emulator = await ApsEmulator.StartAsync();
        _emulator.ModelDerivative.TranslationDuration = TimeSpan.FromMilliseconds(300);
        _emulator.ModelDerivative.ExtractionDelay = TimeSpan.FromMilliseconds(200);
        _emulator.Oss.CreateBucket(Bucket);
        _aps = _emulator.CreateClient();
    }

    public async Task DisposeAsync()
    {
        _aps.Dispose();
        await _emulator.DisposeAsync();
    }

    private ApsUrn Upload(string key, string content)
    {
        _emulator.Oss.PutObject(Bucket, key, Encoding.UTF8.GetBytes(content));
        return ApsUrn.FromObjectId(new OssObjectId(Bucket, key));
    }

    [Fact]
    public async Task An_obj_cube_translates_and_its_derivatives_metadata_and_files_can_be_read()
    {
        var urn = Upload("models/cube.obj", Cube);
        var md = _aps.ModelDerivative;

        var operation = await md.StartTranslationAsync(
            ModelDerivativeJob.Create(urn, ModelDerivativeOutputFormat.Svf2(ModelDerivativeViewType.ThreeD), ModelDerivativeOutputFormat.Thumbnail(), ModelDerivativeOutputFormat.Obj()),
            new ModelDerivativeJobOptions { Polling = Fast });
        var reports = new List<TranslationProgress>();
        var manifest = await operation.WaitForCompletionAsync(new SyncProgress<TranslationProgress>(reports.Add), CancellationToken.None);

        operation.AlreadyGenerated.Should().BeFalse();
        manifest.Status.Should().Be(ModelDerivativeStatus.Success);
        manifest.Urn.Should().Be(urn.Value);
        reports.Should().NotBeEmpty();
        reports[^1].Status.Should().Be(ModelDerivativeStatus.Success);
        reports[^1].PercentComplete.Should().Be(100);
        reports.Select(r => r.PercentComplete ?? 0).Should().BeInAscendingOrder();
        manifest.Derivatives.Select(d => d.OutputType.Value).Should().Equal("svf2", "thumbnail", "obj");
        manifest.FindByMime("application/autodesk-svf2").Should().ContainSingle();
        manifest.FindByRole("Autodesk.CloudPlatform.PropertyDatabase").Should().ContainSingle();

        var files = manifest.GetDownloadableFiles();
        files.Select(f => f.FileName).Should().BeEquivalentTo("preview1.png", "preview2.png", "preview4.png", "cube.obj", "cube.mtl");
        var objFile = files.Single(f => f.FileName == "cube.obj");
        var info = await md.GetDerivativeInfoAsync(urn, objFile.Urn);
        info.ContentLength.Should().Be(Encoding.UTF8.GetByteCount(Cube));

        using var copy = new MemoryStream();
        var written = await md.DownloadDerivativeToAsync(urn, objFile.Urn, copy);
        written.Should().Be(info.ContentLength);
        Encoding.UTF8.GetString(copy.ToArray()).Should().Be(Cube);

        using var thumbnail = await md.GetThumbnailAsync(urn, new ModelDerivativeThumbnailOptions { Width = 400 });
        thumbnail.ContentType.Should().Be("image/png");
        thumbnail.Size.Should().Be("[400,400]");

        var views = await md.GetModelViewsAsync(urn);
        var view = views.Data!.Metadata.Should().ContainSingle().Subject;
        view.Role.Should().Be(ModelDerivativeViewType.ThreeD);

        // The tree and properties answer 202 for a while after the translation; the SDK waits.
        var tree = await md.GetObjectTreeAsync(urn, view.ModelGuid!, new ModelDerivativeObjectTreeOptions { Polling = Fast });
        tree.Data!.Objects.Single().Name.Should().Be("cube.obj");
        tree.Data.Objects.Single().Objects.Select(o => o.Name).Should().Equal("Cube", "Lid");

        var properties = await md.GetAllPropertiesAsync(urn, view.ModelGuid!, new ModelDerivativePropertiesOptions { ObjectId = 2 });
        var cube = properties.Data!.Collection.Should().ContainSingle().Subject;
        cube.GetProperty("Item", "Vertices").Should().Be("8");
        cube.GetProperty("Item", "Faces").Should().Be("6");

        var queried = new List<ModelDerivativeObjectProperties>();
        await foreach (var page in md.QueryPropertiesAsync(urn, view.ModelGuid!, new ModelDerivativePropertiesQueryOptions { PageSize = 2 }).AsPages())
        {
            page.Values.Count.Should().BeLessThanOrEqualTo(2);
            queried.AddRange(page.Values);
        }

        queried.Select(o => o.Name).Should().Equal("cube.obj", "Cube", "Lid");
        var byExternalId = new List<ModelDerivativeObjectProperties>();
        await foreach (var item in md.QueryPropertiesAsync(urn, view.ModelGuid!, new ModelDerivativePropertiesQueryOptions { Filter = ModelDerivativePropertyFilter.ExternalIds(cube.ExternalId!) }))
        {
            byExternalId.Add(item);
        }

        byExternalId.Should().ContainSingle().Which.ObjectId.Should().Be(2);

        var again = await md.StartTranslationAsync(ModelDerivativeJob.Create(urn, ModelDerivativeOutputFormat.Obj()));
        again.AlreadyGenerated.Should().BeTrue("the OBJ derivative already exists");

        (await md.DeleteManifestAsync(urn)).Result.Should().Be("success");
        var gone = await md.Invoking(m => m.GetManifestAsync(urn)).Should().ThrowAsync<ApsException>();
        gone.Which.StatusCode.Should().Be(404);
    }

    [Fact]
    public async Task The_cdn_refuses_a_download_without_the_signed_cookies()
    {
        var urn = Upload("cube.obj", Cube);
        var md = _aps.ModelDerivative;
        var operation = await md.StartTranslationAsync(ModelDerivativeJob.Create(urn, ModelDerivativeOutputFormat.Obj()), new ModelDerivativeJobOptions { Polling = Fast });
        var manifest = await operation.WaitForCompletionAsync(CancellationToken.None);
        var file = manifest.GetDownloadableFiles().First(f => f.FileName == "cube.obj");

        var signed = await md.GetDerivativeDownloadUrlAsync(urn, file.Urn, new ModelDerivativeDownloadOptions { MinutesExpiration = 5 });
        using var raw = new HttpClient();
        using var anonymous = await raw.GetAsync(signed.Url);
        using var withCookies = new HttpRequestMessage(HttpMethod.Get, signed.Url);
        withCookies.Headers.Add("Cookie", signed.GetCookieHeader());
        using var allowed = await raw.SendAsync(withCookies);

        signed.Cookies.Keys.Should().BeEquivalentTo("CloudFront-Policy", "CloudFront-Key-Pair-Id", "CloudFront-Signature");
        signed.Size.Should().Be(Encoding.UTF8.GetByteCount(Cube));
        anonymous.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        allowed.StatusCode.Should().Be(HttpStatusCode.OK);
        (await allowed.Content.ReadAsStringAsync()).Should().Be(Cube);
    }

    [Fact]
    public async Task A_failed_translation_throws_with_the_manifest_messages()
    {
        var urn = Upload("broken.obj", Cube);
        _emulator.ModelDerivative.FailNextTranslation("Unrecoverable exit code from extractor: -1073741831");
        var operation = await _aps.ModelDerivative.StartTranslationAsync(ModelDerivativeJob.Create(urn, ModelDerivativeOutputFormat.Svf2()), new ModelDerivativeJobOptions { Polling = Fast });

        var thrown = await operation.Invoking(o => o.WaitForCompletionAsync(new SyncProgress<TranslationProgress>(_ => { }), CancellationToken.None))
            .Should().ThrowAsync<ModelDerivativeTranslationException>();

        thrown.Which.TranslationStatus.Should().Be(ModelDerivativeStatus.Failed);
        thrown.Which.Message.Should().Contain("TranslationWorker-InternalFailure").And.Contain("-1073741831").And.Contain("urn:adsk.objects:os.object:md-integration/broken.obj");
        thrown.Which.Messages.Should().HaveCount(2);
        _emulator.ModelDerivative.GetTranslationStatus(urn.Value).Should().Be("failed");
    }

    [Fact]
    public async Task Waiting_gives_up_at_the_polling_timeout()
    {
        _emulator.ModelDerivative.TranslationDuration = TimeSpan.FromHours(1);
        var urn = Upload("slow.obj", Cube);
        var operation = await _aps.ModelDerivative.StartTranslationAsync(
            ModelDerivativeJob.Create(urn, ModelDerivativeOutputFormat.Svf2()),
            new ModelDerivativeJobOptions { Polling = new ApsPollingOptions { InitialDelay = TimeSpan.FromMilliseconds(10), MaxDelay = TimeSpan.FromMilliseconds(20), Timeout = TimeSpan.FromMilliseconds(300) } });

        var thrown = await operation.Invoking(o => o.WaitForCompletionAsync(new SyncProgress<TranslationProgress>(_ => { }), CancellationToken.None)).Should().ThrowAsync<ApsException>();

        thrown.Which.Should().NotBeOfType<ModelDerivativeTranslationException>();
        thrown.Which.InnerException.Should().BeOfType<TimeoutException>();
        operation.HasCompleted.Should().BeFalse();
        operation.LastManifest!.Status.Value.Should().BeOneOf("pending", "inprogress");
    }

    [Fact]
    public async Task Cancelling_the_wait_stops_polling_and_leaves_the_job_running()
    {
        _emulator.ModelDerivative.TranslationDuration = TimeSpan.FromHours(1);
        var urn = Upload("cancelled.obj", Cube);
        var operation = await _aps.ModelDerivative.StartTranslationAsync(ModelDerivativeJob.Create(urn, ModelDerivativeOutputFormat.Svf2()), new ModelDerivativeJobOptions { Polling = Fast });
        using var cancel = new CancellationTokenSource();

        var wait = operation.WaitForCompletionAsync(new SyncProgress<TranslationProgress>(_ => cancel.Cancel()), cancel.Token);

        await wait.Invoking(async w => await w).Should().ThrowAsync<OperationCanceledException>();
        _emulator.ModelDerivative.GetTranslationStatus(urn.Value).Should().BeOneOf("pending", "inprogress");
    }

    [Fact]
    public async Task Jobs_refuse_a_source_that_is_not_in_oss_and_a_region_mismatch_finds_no_manifest()
    {
        var missing = ApsUrn.FromObjectId(new OssObjectId(Bucket, "missing.obj"));
        var notFound = await _aps.ModelDerivative.Invoking(m => m.StartTranslationAsync(ModelDerivativeJob.Create(missing, ModelDerivativeOutputFormat.Svf2()))).Should().ThrowAsync<ApsException>();
        notFound.Which.StatusCode.Should().Be(404);

        var urn = Upload("eu.obj", Cube);
        await _aps.ModelDerivative.StartTranslationAsync(ModelDerivativeJob.Create(urn, ModelDerivativeOutputFormat.Svf2()), new ModelDerivativeJobOptions { Region = ApsRegion.EMEA });
        (await _aps.ModelDerivative.GetManifestAsync(urn, new ApsRequestOptions { Region = ApsRegion.EMEA })).Region.Should().Be("EMEA");
        var elsewhere = await _aps.ModelDerivative.Invoking(m => m.GetManifestAsync(urn)).Should().ThrowAsync<ApsException>();
        elsewhere.Which.StatusCode.Should().Be(404);
    }

    private sealed class SyncProgress<T>(Action<T> report) : IProgress<T>
    {
        public void Report(T value) => report(value);
    }
}
