using System.Text;
using System.Text.Json;
using Aps.Sdk.Authentication;
using Aps.Sdk.Core.Handlers;
using Aps.Sdk.ModelDerivative;
using Aps.Sdk.Tests.Oss;
using Aps.Sdk.Tests.Support;
using WireMock.Matchers;
using WireMock.RequestBuilders;

namespace Aps.Sdk.Tests.ModelDerivatives;

/// <summary>Every Model Derivative operation on the wire: method, escaped path, query, headers, body and typed answers (modelderivative.yaml examples).</summary>
public sealed class ModelDerivativeWireTests : IDisposable
{
    // The URN of the Manifest example: urn:adsk.objects:os.object:svf_sample_02/Link%20Arc_2018.rvt.
    private const string SampleUrn = "dXJuOmFkc2sub2JqZWN0czpvcy5vYmplY3Q6c3ZmX3NhbXBsZV8wMi9MaW5rJTIwQXJjXzIwMTgucnZ0";
    private const string Base = "/modelderivative/v2/designdata";
    private const string ModelGuid = "04b9a71d-9015-0a7b-338b-8522a705a8d7";
    private const string DerivativeUrn = "urn:adsk.viewing:fs.file:" + SampleUrn + "/output/preview1.png";
    private const string EscapedDerivativeUrn = "urn%3Aadsk.viewing%3Afs.file%3A" + SampleUrn + "%2Foutput%2Fpreview1.png";

    private static readonly ApsUrn Urn = ApsUrn.Parse(SampleUrn);
    private static readonly ApsPollingOptions Fast = new() { InitialDelay = TimeSpan.FromMilliseconds(1), MaxDelay = TimeSpan.FromMilliseconds(2) };

    private readonly OssWire _wire = new();

    public void Dispose() => _wire.Dispose();

    private static string Fixture(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "ModelDerivative", name));

    private ModelDerivativeClient Client(Action<ApsOptions>? configure = null) => _wire.Client(configure).ModelDerivative;

    private void Reply(string method, string pathPattern, int status, string? json = null, params (string Name, string Value)[] headers)
        => _wire.Server.Given(Request.Create().WithPath(new WildcardMatcher(pathPattern)).UsingMethod(method)).RespondWith(OssWire.Response(status, json, headers));

    [Fact]
    public async Task Get_formats_sends_no_region_and_reads_the_format_table()
    {
        _wire.Reply("GET", Base + "/formats", 200, Fixture("formats.json"));
        var md = Client(o => o.DefaultRegion = ApsRegion.EMEA);

        var formats = await md.GetFormatsAsync();

        var request = _wire.Single;
        request.Method.Should().Be("GET");
        _wire.Tap.PathAndQueries.Single().Should().Be(Base + "/formats");
        OssWire.Header(request, "region").Should().BeNull("the formats call takes no region");
        OssWire.Header(request, "Authorization").Should().Be("Bearer " + OssWire.Token);
        formats.Formats["dwg"].Should().Equal("f2d", "f3d", "rvt");
        formats.Formats["obj"].Should().Contain("prt\\.\\d+$");
        formats.AdditionalData.Should().BeNull();
    }

    [Fact]
    public async Task Get_formats_if_changed_sends_an_http_date_and_reads_304()
    {
        _wire.Reply("GET", Base + "/formats", 304);
        var md = Client();

        var response = await md.GetFormatsIfChangedAsync(new ApsRequestOptions { IfModifiedSince = new DateTimeOffset(2026, 11, 2, 8, 30, 0, TimeSpan.Zero) });

        response.IsNotModified.Should().BeTrue();
        OssWire.Header(_wire.Single, "If-Modified-Since").Should().Be("Mon, 02 Nov 2026 08:30:00 GMT");
        await md.Invoking(m => m.GetFormatsAsync(new ApsRequestOptions { Region = ApsRegion.EMEA })).Should().ThrowAsync<ArgumentException>();
    }

    [Fact]
    public async Task Start_translation_posts_the_job_with_force_derivative_format_and_region_headers()
    {
        _wire.Reply("POST", Base + "/job", 200, Fixture("job.json"));
        var md = Client();
        var job = ModelDerivativeJob.Create(Urn, ModelDerivativeOutputFormat.Svf2(), ModelDerivativeOutputFormat.Thumbnail(200),
            ModelDerivativeOutputFormat.Obj(new ModelDerivativeAdvancedOptions { Unit = ModelDerivativeObjUnit.Millimeter, ModelGuid = ModelGuid, ObjectIds = [-1] }));
        job.Input.CheckReferences = true;

        var operation = await md.StartTranslationAsync(job, new ModelDerivativeJobOptions { Force = true, DerivativeFormat = ModelDerivativeDerivativeFormat.Fallback, Region = ApsRegion.EMEA });

        var request = _wire.Single;
        request.Method.Should().Be("POST");
        _wire.Tap.PathAndQueries.Single().Should().Be(Base + "/job");
        OssWire.Header(request, "x-ads-force").Should().Be("true");
        OssWire.Header(request, "x-ads-derivative-format").Should().Be("fallback");
        OssWire.Header(request, "region").Should().Be("EMEA");
        OssWire.Header(request, "Content-Type").Should().StartWith("application/json");
        OssWire.Canonical(OssWire.Body(request)!).Should().Be(OssWire.Canonical($$$"""
            {"input":{"urn":"{{{SampleUrn}}}","checkReferences":true},
             "output":{"formats":[
               {"type":"svf2","views":["2d","3d"]},
               {"type":"thumbnail","advanced":{"width":200,"height":200}},
               {"type":"obj","advanced":{"unit":"millimeter","modelGuid":"{{{ModelGuid}}}","objectIds":[-1]}}]}}
            """));
        operation.Id.Should().Be(SampleUrn);
        operation.Urn.Should().Be(Urn);
        operation.AlreadyGenerated.Should().BeFalse();
        operation.HasCompleted.Should().BeFalse();
        operation.Job.Result.Should().Be("success");
        operation.Job.Urn.Should().Be(SampleUrn);
        operation.Job.AcceptedJobs!.Output!.Formats.Should().ContainSingle().Which.Type.Should().Be(ModelDerivativeOutputType.Svf2);
        operation.Job.AcceptedJobs.Output.Formats[0].Views.Should().Equal(ModelDerivativeViewType.TwoD, ModelDerivativeViewType.ThreeD);
        operation.Invoking(o => o.Value).Should().Throw<InvalidOperationException>();
    }

    [Fact]
    public async Task Start_translation_reads_201_already_generated_without_a_body()
    {
        _wire.Reply("POST", Base + "/job", 201);
        var operation = await Client().StartTranslationAsync(ModelDerivativeJob.Create(Urn, ModelDerivativeOutputFormat.Svf2(ModelDerivativeViewType.ThreeD)));

        operation.AlreadyGenerated.Should().BeTrue();
        operation.Job.Urn.Should().Be(SampleUrn);
        OssWire.Header(_wire.Single, "x-ads-force").Should().BeNull();
        OssWire.Header(_wire.Single, "region").Should().BeNull("no region set: APS defaults to US");
    }

    [Fact]
    public async Task Start_translation_refuses_bad_jobs_and_regions_before_sending()
    {
        var md = Client();
        await md.Invoking(m => m.StartTranslationAsync(new ModelDerivativeJob { Output = new ModelDerivativeJobOutput { Formats = [ModelDerivativeOutputFormat.Svf2()] } }))
            .Should().ThrowAsync<ArgumentException>().WithMessage("*Input.Urn*");
        await md.Invoking(m => m.StartTranslationAsync(new ModelDerivativeJob { Input = new ModelDerivativeJobInput { Urn = Urn } }))
            .Should().ThrowAsync<ArgumentException>().WithMessage("*output format*");
        await md.Invoking(m => m.StartTranslationAsync(ModelDerivativeJob.Create(Urn, ModelDerivativeOutputFormat.Svf2()), new ModelDerivativeJobOptions { Region = ApsRegion.APAC }))
            .Should().ThrowAsync<ArgumentException>().WithMessage("*APAC*");
        FluentActions.Invoking(() => ModelDerivativeOutputFormat.Thumbnail(150)).Should().Throw<ArgumentOutOfRangeException>();
        _wire.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task Waiting_polls_the_manifest_until_success_and_reports_progress()
    {
        const string manifestPath = Base + "/" + SampleUrn + "/manifest";
        _wire.Reply("POST", Base + "/job", 200, Fixture("job.json"));
        _wire.Server.Given(Request.Create().WithPath(manifestPath).UsingGet()).InScenario("t").WillSetStateTo("1")
            .RespondWith(OssWire.Response(200, $$"""{"urn":"{{SampleUrn}}","type":"manifest","status":"pending","progress":"0% complete","derivatives":[]}"""));
        _wire.Server.Given(Request.Create().WithPath(manifestPath).UsingGet()).InScenario("t").WhenStateIs("1").WillSetStateTo("2")
            .RespondWith(OssWire.Response(200, $$"""{"urn":"{{SampleUrn}}","type":"manifest","status":"inprogress","progress":"40% complete","derivatives":[]}"""));
        _wire.Server.Given(Request.Create().WithPath(manifestPath).UsingGet()).InScenario("t").WhenStateIs("2")
            .RespondWith(OssWire.Response(200, Fixture("manifest.json")));
        var md = Client();
        var operation = await md.StartTranslationAsync(ModelDerivativeJob.Create(Urn, ModelDerivativeOutputFormat.Svf2()), new ModelDerivativeJobOptions { Region = ApsRegion.GBR, Polling = Fast });
        var reports = new List<TranslationProgress>();

        var manifest = await operation.WaitForCompletionAsync(new SyncProgress<TranslationProgress>(reports.Add), CancellationToken.None);

        reports.Select(r => r.Status.Value).Should().Equal("pending", "inprogress", "success");
        reports.Select(r => r.PercentComplete).Should().Equal(0, 40, 100);
        reports[1].Progress.Should().Be("40% complete");
        manifest.Status.Should().Be(ModelDerivativeStatus.Success);
        operation.HasCompleted.Should().BeTrue();
        operation.Value.Should().BeSameAs(manifest);
        var polls = _wire.Requests.Where(r => r.Method == "GET").ToList();
        polls.Should().HaveCount(3);
        polls.Should().OnlyContain(r => OssWire.Header(r, "region") == "GBR");
    }

    [Fact]
    public async Task Waiting_on_a_failed_translation_throws_with_the_manifest_messages()
    {
        _wire.Reply("POST", Base + "/job", 200, Fixture("job.json"));
        _wire.Reply("GET", Base + "/" + SampleUrn + "/manifest", 200, Fixture("manifest-failed.json"));
        var operation = await Client().StartTranslationAsync(ModelDerivativeJob.Create(Urn, ModelDerivativeOutputFormat.Svf2()), new ModelDerivativeJobOptions { Polling = Fast });

        var thrown = await operation.Invoking(o => o.WaitForCompletionAsync(new SyncProgress<TranslationProgress>(_ => { }), CancellationToken.None))
            .Should().ThrowAsync<ModelDerivativeTranslationException>();

        var ex = thrown.Which;
        ex.TranslationStatus.Should().Be(ModelDerivativeStatus.Failed);
        ex.Message.Should().Contain("TranslationWorker-InternalFailure").And.Contain("Unrecoverable exit code from extractor").And.Contain("Missing link: Link Arc_2018_A.rvt").And.Contain("svf2");
        ex.Messages.Should().HaveCount(2);
        ex.Messages[1].Message.Should().Equal("Missing link:", "Link Arc_2018_A.rvt");
        ex.Manifest!.Derivatives[0].Status.Should().Be(ModelDerivativeStatus.Failed);
        operation.HasCompleted.Should().BeFalse();
    }

    [Fact]
    public async Task Waiting_honours_retry_after_and_gives_up_at_the_timeout()
    {
        _wire.Reply("POST", Base + "/job", 200, Fixture("job.json"));
        _wire.Reply("GET", Base + "/" + SampleUrn + "/manifest", 200, $$"""{"urn":"{{SampleUrn}}","status":"inprogress","progress":"10% complete"}""", ("Retry-After", "7"));
        var time = new RecordingTimeProvider();
        var options = TestClients.Options(o =>
        {
            o.BaseAddress = new Uri(_wire.BaseUrl);
            o.TokenProvider = new StaticTokenProvider(new ApsAccessToken(OssWire.Token, DateTimeOffset.UtcNow.AddHours(1)));
        });
        using var aps = new ApsClient(options, ApsHttpChain.CreatePrimaryHandler(options), time);
        var operation = await aps.ModelDerivative.StartTranslationAsync(
            ModelDerivativeJob.Create(Urn, ModelDerivativeOutputFormat.Svf2()),
            new ModelDerivativeJobOptions { Polling = new ApsPollingOptions { InitialDelay = TimeSpan.FromSeconds(1), MaxDelay = TimeSpan.FromSeconds(2), Timeout = TimeSpan.FromSeconds(20) } });

        var thrown = await operation.Invoking(o => o.WaitForCompletionAsync(new SyncProgress<TranslationProgress>(_ => { }), CancellationToken.None)).Should().ThrowAsync<ApsException>();

        thrown.Which.Should().NotBeOfType<ModelDerivativeTranslationException>();
        thrown.Which.InnerException.Should().BeOfType<TimeoutException>();
        thrown.Which.Message.Should().Contain("did not complete within");
        time.Delays.Should().Contain(TimeSpan.FromSeconds(7), "Retry-After (7 s) is longer than the backoff (1-2 s)");
        time.Delays.Should().NotContain(TimeSpan.FromSeconds(1), "the backoff never wins over a longer Retry-After");
    }

    [Fact]
    public async Task Get_manifest_reads_the_derivative_tree_and_the_helpers_find_resources()
    {
        _wire.Reply("GET", Base + "/" + SampleUrn + "/manifest", 200, Fixture("manifest.json"));

        var manifest = await Client().GetManifestAsync(Urn, new ApsRequestOptions { Region = ApsRegion.DEU });

        var request = _wire.Single;
        _wire.Tap.PathAndQueries.Single().Should().Be(Base + "/" + SampleUrn + "/manifest");
        OssWire.Header(request, "region").Should().Be("DEU");
        manifest.Urn.Should().Be(SampleUrn);
        manifest.Status.Should().Be(ModelDerivativeStatus.Success);
        manifest.Progress.Should().Be("complete");
        manifest.GetPercentComplete().Should().Be(100);
        manifest.HasThumbnail.Should().BeTrue();
        manifest.Region.Should().Be("US");
        manifest.Version.Should().Be("1.0");
        manifest.Type.Should().Be("manifest");
        manifest.IsFinished().Should().BeTrue();
        manifest.Derivatives.Should().HaveCount(2);
        var svf2 = manifest.GetDerivative(ModelDerivativeOutputType.Svf2)!;
        svf2.Name.Should().Be("Link Arc_2018.rvt");
        svf2.HasThumbnail.Should().BeTrue();
        svf2.Children.Should().HaveCount(3);
        var geometry = svf2.Children[2];
        geometry.Type.Should().Be("geometry");
        geometry.Role.Should().Be("3d");
        geometry.ViewableId.Should().Be("92b5dec7-790a-45b0-a5e8-cd9f76058c3a-0004bdc0");
        geometry.PhaseNames!.Value.GetString().Should().Be("New Construction");
        geometry.Children[0].Camera.Should().HaveCount(13);
        geometry.Children[1].Resolution.Should().Equal(100, 100);
        geometry.Children[1].ResourceGuid.Should().Be("c70aa596-d404-714f-6795-9276087c3800");
        manifest.FindByRole("thumbnail").Should().HaveCount(6);
        manifest.FindByMime("application/autodesk-svf2").Should().ContainSingle().Which.Role.Should().Be("graphics");
        manifest.FindByType("view").Should().ContainSingle().Which.Name.Should().Be("3D");
        manifest.FindByRole("Autodesk.CloudPlatform.PropertyDatabase").Single().Mime.Should().Be("application/autodesk-db");
        var files = manifest.GetDownloadableFiles();
        files.Should().HaveCount(3, "3D SVF2 derivatives cannot be downloaded; the thumbnail derivative's three PNGs can");
        files.Should().OnlyContain(f => f.OutputType == ModelDerivativeOutputType.Thumbnail);
        files[0].FileName.Should().Be("preview1.png");
        files[0].Urn.Should().Be(DerivativeUrn);
        manifest.AdditionalData.Should().BeNull();
    }

    [Fact]
    public async Task Delete_manifest_sends_delete_with_the_region()
    {
        _wire.Reply("DELETE", Base + "/" + SampleUrn + "/manifest", 200, Fixture("result.json"));

        var result = await Client(o => o.DefaultRegion = ApsRegion.JPN).DeleteManifestAsync(Urn);

        _wire.Single.Method.Should().Be("DELETE");
        OssWire.Header(_wire.Single, "region").Should().Be("JPN");
        result.Result.Should().Be("success");
    }

    [Fact]
    public async Task Get_thumbnail_sends_width_and_height_and_streams_the_png()
    {
        var png = new byte[] { 0x89, 0x50, 0x4E, 0x47, 1, 2, 3 };
        _wire.Server.Given(Request.Create().WithPath(Base + "/" + SampleUrn + "/thumbnail").UsingGet()).RespondWith(
            WireMock.ResponseBuilders.Response.Create().WithStatusCode(200).WithBody(png).WithHeader("Content-Type", "image/png")
                .WithHeader("x-ads-role", "rendered").WithHeader("x-ads-job-status", "success").WithHeader("x-ads-size", "[200,200]").WithHeader("x-ads-name", "preview2.png"));
        var md = Client();

        using var thumbnail = await md.GetThumbnailAsync(Urn, new ModelDerivativeThumbnailOptions { Width = 200, Height = 200 });
        using var copy = new MemoryStream();
        await thumbnail.Content.CopyToAsync(copy);

        _wire.Tap.PathAndQueries.Single().Should().Be(Base + "/" + SampleUrn + "/thumbnail?width=200&height=200");
        copy.ToArray().Should().Equal(png);
        thumbnail.ContentType.Should().Be("image/png");
        thumbnail.Role.Should().Be("rendered");
        thumbnail.JobStatus.Should().Be("success");
        thumbnail.Size.Should().Be("[200,200]");
        thumbnail.Name.Should().Be("preview2.png");
        await md.Invoking(m => m.GetThumbnailAsync(Urn, new ModelDerivativeThumbnailOptions { Width = 150 })).Should().ThrowAsync<ArgumentOutOfRangeException>();
    }

    [Fact]
    public async Task Get_model_views_reads_guid_role_and_master_view()
    {
        _wire.Reply("GET", Base + "/" + SampleUrn + "/metadata", 200, Fixture("model-views.json"));

        var views = await Client().GetModelViewsAsync(Urn, new ApsRequestOptions { Region = ApsRegion.AUS });

        OssWire.Header(_wire.Single, "region").Should().Be("AUS");
        views.Data!.Type.Should().Be("metadata");
        views.Data.Metadata.Should().HaveCount(3);
        views.Data.Metadata[0].ModelGuid.Should().Be(ModelGuid);
        views.Data.Metadata[0].Name.Should().Be("NAVISWORKS/IFC EXPORT");
        views.Data.Metadata[0].Role.Should().Be(ModelDerivativeViewType.ThreeD);
        views.Data.Metadata[1].IsMasterView.Should().BeTrue();
        views.Data.Metadata[2].Role.Should().Be(ModelDerivativeViewType.TwoD);
        views.Data.Metadata[0].AdditionalData.Should().BeNull();
    }

    [Fact]
    public async Task Get_object_tree_repeats_202_until_ready_and_sends_its_query_and_headers()
    {
        var path = Base + "/" + SampleUrn + "/metadata/" + ModelGuid;
        _wire.Server.Given(Request.Create().WithPath(path).UsingGet()).InScenario("tree").WillSetStateTo("1").RespondWith(OssWire.Response(202, Fixture("accepted.json")));
        _wire.Server.Given(Request.Create().WithPath(path).UsingGet()).InScenario("tree").WhenStateIs("1").WillSetStateTo("2").RespondWith(OssWire.Response(202, Fixture("accepted.json")));
        _wire.Server.Given(Request.Create().WithPath(path).UsingGet()).InScenario("tree").WhenStateIs("2").RespondWith(OssWire.Response(200, Fixture("object-tree.json")));

        var tree = await Client().GetObjectTreeAsync(Urn, ModelGuid, new ModelDerivativeObjectTreeOptions
        {
            ForceGet = true, ObjectId = 1, Level = 1, Force = true, DerivativeFormat = ModelDerivativeDerivativeFormat.Latest, Region = ApsRegion.CAN, Polling = Fast,
        });

        _wire.Tap.PathAndQueries.Should().HaveCount(3).And.OnlyContain(p => p == path + "?forceget=true&objectid=1&level=1");
        _wire.Requests.Should().OnlyContain(r => OssWire.Header(r, "x-ads-force") == "true" && OssWire.Header(r, "x-ads-derivative-format") == "latest" && OssWire.Header(r, "region") == "CAN");
        tree.Data!.Type.Should().Be("objects");
        var root = tree.Data.Objects.Should().ContainSingle().Subject;
        root.ObjectId.Should().Be(1);
        root.Name.Should().Be("A5");
        root.Objects[0].Name.Should().Be("Model");
        root.Objects[0].Objects.Select(o => o.Name).Should().Equal("Bottom", "Pillar", "Top");
        root.Objects[0].Objects[1].Objects[0].ObjectId.Should().Be(6);
    }

    [Fact]
    public async Task Get_object_tree_without_waiting_throws_on_202()
    {
        Reply("GET", Base + "/*/metadata/*", 202, Fixture("accepted.json"));

        var thrown = await Client().Invoking(m => m.GetObjectTreeAsync(Urn, ModelGuid, new ModelDerivativeObjectTreeOptions { WaitWhileProcessing = false }))
            .Should().ThrowAsync<ApsException>();

        thrown.Which.StatusCode.Should().Be(202);
        thrown.Which.Message.Should().Contain("still being processed");
        _wire.Requests.Should().ContainSingle();
        await Client().Invoking(m => m.GetObjectTreeAsync(Urn, ModelGuid, new ModelDerivativeObjectTreeOptions { Level = 1 })).Should().ThrowAsync<ArgumentException>();
    }

    [Fact]
    public async Task Get_object_tree_gives_up_at_the_polling_timeout_and_stops_on_cancellation()
    {
        Reply("GET", Base + "/*/metadata/*", 202, Fixture("accepted.json"));
        var md = Client();

        var timedOut = await md.Invoking(m => m.GetObjectTreeAsync(Urn, ModelGuid, new ModelDerivativeObjectTreeOptions
        {
            Polling = new ApsPollingOptions { InitialDelay = TimeSpan.FromMilliseconds(5), MaxDelay = TimeSpan.FromMilliseconds(5), Timeout = TimeSpan.FromMilliseconds(40) },
        })).Should().ThrowAsync<ApsException>();
        timedOut.Which.InnerException.Should().BeOfType<TimeoutException>();

        using var cancel = new CancellationTokenSource();
        var pending = md.GetObjectTreeAsync(Urn, ModelGuid, new ModelDerivativeObjectTreeOptions { Polling = Fast }, cancel.Token);
        await cancel.CancelAsync();
        await pending.Invoking(async p => await p).Should().ThrowAsync<OperationCanceledException>();
    }

    [Fact]
    public async Task Get_all_properties_sends_objectid_and_forceget_and_reads_nested_properties()
    {
        var path = Base + "/" + SampleUrn + "/metadata/" + ModelGuid + "/properties";
        _wire.Reply("GET", path, 200, Fixture("properties.json"));

        var properties = await Client().GetAllPropertiesAsync(Urn, ModelGuid, new ModelDerivativePropertiesOptions { ObjectId = 2, ForceGet = true, Force = false });

        _wire.Tap.PathAndQueries.Single().Should().Be(path + "?objectid=2&forceget=true");
        OssWire.Header(_wire.Single, "x-ads-force").Should().Be("false");
        properties.Data!.Type.Should().Be("properties");
        properties.Data.Collection.Should().HaveCount(8);
        var model = properties.Data.Collection[1];
        model.ObjectId.Should().Be(2);
        model.Name.Should().Be("Model");
        model.ExternalId.Should().Be("z4u0zG8ViUOsqUzhb4TUiA");
        model.GetProperty("Name").Should().Be("Model");
        model.GetProperty("Mass Properties", "Volume").Should().Be("83673.946 millimeter^3");
        model.GetProperty("Missing").Should().BeNull();
        model.Properties["File Properties"].GetProperty("Author").GetString().Should().Be("ADSK");
    }

    [Fact]
    public async Task Properties_still_processing_wait_as_long_as_retry_after_says()
    {
        var path = Base + "/" + SampleUrn + "/metadata/" + ModelGuid + "/properties";
        _wire.Server.Given(Request.Create().WithPath(path).UsingGet()).InScenario("p").WillSetStateTo("ready").RespondWith(OssWire.Response(202, Fixture("accepted.json"), ("Retry-After", "3")));
        _wire.Server.Given(Request.Create().WithPath(path).UsingGet()).InScenario("p").WhenStateIs("ready").RespondWith(OssWire.Response(200, Fixture("properties.json")));
        var time = new RecordingTimeProvider();
        var options = TestClients.Options(o =>
        {
            o.BaseAddress = new Uri(_wire.BaseUrl);
            o.TokenProvider = new StaticTokenProvider(new ApsAccessToken(OssWire.Token, DateTimeOffset.UtcNow.AddHours(1)));
        });
        using var aps = new ApsClient(options, ApsHttpChain.CreatePrimaryHandler(options), time);

        var properties = await aps.ModelDerivative.GetAllPropertiesAsync(Urn, ModelGuid, new ModelDerivativePropertiesOptions
        {
            Polling = new ApsPollingOptions { InitialDelay = TimeSpan.FromMilliseconds(100), MaxDelay = TimeSpan.FromMilliseconds(200) },
        });

        _wire.Requests.Should().HaveCount(2);
        time.Delays.Should().Contain(TimeSpan.FromSeconds(3));
        properties.Data!.Collection.Should().HaveCount(8);
    }

    [Fact]
    public async Task Query_properties_posts_the_seed_body_and_pages_by_offset()
    {
        var path = Base + "/" + SampleUrn + "/metadata/" + ModelGuid + "/properties:query";
        var firstPage = JsonSerializer.Serialize(JsonDocument.Parse(Fixture("specific-properties.json")).RootElement)
            .Replace("\"totalResults\":2", "\"totalResults\":3", StringComparison.Ordinal);
        _wire.Server.Given(Request.Create().WithPath(path).UsingPost().WithBody(new JsonPartialMatcher("""{"pagination":{"offset":0}}"""))).RespondWith(OssWire.Response(200, firstPage));
        _wire.Server.Given(Request.Create().WithPath(path).UsingPost().WithBody(new JsonPartialMatcher("""{"pagination":{"offset":2}}""")))
            .RespondWith(OssWire.Response(200, """{"pagination":{"limit":20,"offset":2,"totalResults":3},"data":{"type":"properties","collection":[{"objectid":5000,"name":"Wall","externalId":"w-1","properties":{}}]}}"""));
        var md = Client();

        var pages = new List<ApsPage<ModelDerivativeObjectProperties>>();
        await foreach (var page in md.QueryPropertiesAsync(Urn, ModelGuid, new ModelDerivativePropertiesQueryOptions
        {
            Filter = ModelDerivativePropertyFilter.ObjectIds(4269, 438),
            Fields = ["objectid", "name", "externalId", "properties.Cons*"],
            Payload = ModelDerivativePropertyPayload.Text,
            PageSize = 20,
            Region = ApsRegion.IND,
            DerivativeFormat = ModelDerivativeDerivativeFormat.Latest,
        }).AsPages())
        {
            pages.Add(page);
        }

        _wire.Tap.PathAndQueries.Should().Equal(path, path);
        var first = _wire.Requests[0];
        first.Method.Should().Be("POST");
        OssWire.Header(first, "region").Should().Be("IND");
        OssWire.Header(first, "x-ads-derivative-format").Should().Be("latest");
        var expected = JsonDocument.Parse(Fixture("specific-properties-request.json")).RootElement;
        OssWire.Canonical(OssWire.Body(first)!).Should().Be(
            OssWire.Canonical($$"""{"query":{{expected.GetProperty("query").GetRawText()}},"fields":{{expected.GetProperty("fields").GetRawText()}},"pagination":{"offset":0,"limit":20},"payload":"text"}"""),
            "the body is the SpecificPropertiesPayload example");
        OssWire.Canonical(OssWire.Body(_wire.Requests[1])!).Should().Contain("\"pagination\":{\"offset\":2,\"limit\":20}");
        pages.Select(p => p.Values.Count).Should().Equal(2, 1);
        pages[0].TotalResults.Should().Be(3);
        pages[0].ContinuationToken.Should().Be("2");
        pages[1].ContinuationToken.Should().BeNull();
        var floor = pages[0].Values[0];
        floor.ObjectId.Should().Be(438);
        floor.Name.Should().Be("Floor [418183]");
        floor.ExternalId.Should().Be("d85573c2-f8d5-46ae-966a-ac82fa18f500-00066187");
        floor.GetProperty("Constraints", "Level").Should().Be("Level 2");
        pages[1].Values[0].Name.Should().Be("Wall");
    }

    [Fact]
    public void Property_filters_write_every_query_form()
    {
        ModelDerivativePropertyFilter.ObjectIds(1, 2).ToString().Should().Be("""{"$in":["objectid",1,2]}""");
        ModelDerivativePropertyFilter.ExternalIds("a", "b").ToString().Should().Be("""{"$in":["externalId","a","b"]}""");
        ModelDerivativePropertyFilter.NameStartsWith("Wall").ToString().Should().Be("""{"$prefix":["name","Wall"]}""");
        ModelDerivativePropertyFilter.EqualTo("name", "Rectangular").ToString().Should().Be("""{"$eq":["name","Rectangular"]}""");
        ModelDerivativePropertyFilter.Between("properties.Dimensions.Width1", 1, 10).ToString().Should().Be("""{"$between":["properties.Dimensions.Width1",1,10]}""");
        ModelDerivativePropertyFilter.AtMost("properties.Dimensions.Width1", 10).ToString().Should().Be("""{"$le":["properties.Dimensions.Width1",10]}""");
        ModelDerivativePropertyFilter.AtLeast("properties.Dimensions.Width1", 0.1).ToString().Should().Be("""{"$ge":["properties.Dimensions.Width1",0.1]}""");
        ModelDerivativePropertyFilter.Contains("properties.Materials and Finishes.Structural Material", "Concrete Situ").ToString()
            .Should().Be("""{"$contains":["properties.Materials and Finishes.Structural Material","Concrete Situ"]}""");
        FluentActions.Invoking(() => ModelDerivativePropertyFilter.ObjectIds()).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => ModelDerivativePropertyFilter.Between("p", 5, 1)).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => ModelDerivativePropertyFilter.FromJson(JsonDocument.Parse("[1]").RootElement)).Should().Throw<ArgumentException>();
    }

    [Fact]
    public async Task Signed_cookies_escape_the_derivative_urn_and_read_url_cookies_and_expiry()
    {
        _wire.Server.Given(Request.Create().WithPath(new WildcardMatcher("*/signedcookies")).UsingGet()).RespondWith(
            WireMock.ResponseBuilders.Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody(Fixture("signed-cookies.json"))
                .WithHeader("Set-Cookie", "CloudFront-Policy=cf-policy-secret; Path=/; Domain=.autodesk.com; HttpOnly", "CloudFront-Key-Pair-Id=APKA-secret; Path=/", "CloudFront-Signature=cf-signature-secret; Path=/"));

        var signed = await Client().GetDerivativeDownloadUrlAsync(Urn, DerivativeUrn, new ModelDerivativeDownloadOptions { MinutesExpiration = 60, ResponseContentDisposition = "attachment; filename=\"preview1.png\"", Region = ApsRegion.EMEA });

        _wire.Tap.PathAndQueries.Single().Should().Be(Base + "/" + SampleUrn + "/manifest/" + EscapedDerivativeUrn + "/signedcookies?minutes-expiration=60&response-content-disposition=attachment%3B%20filename%3D%22preview1.png%22");
        OssWire.Header(_wire.Single, "region").Should().Be("EMEA");
        signed.Url.AbsoluteUri.Should().Be("https://cdn.derivative.autodesk.com/" + SampleUrn + "/output/preview1.png");
        signed.Size.Should().Be(231064);
        signed.ContentType.Should().Be("image/png");
        signed.ETag.Should().Be("f3f0d8f8b9d3e3c6a1f0e7b5c0b2d1a4");
        signed.ExpiresAt.Should().Be(DateTimeOffset.FromUnixTimeMilliseconds(1764104400000));
        signed.Cookies.Should().Equal(new Dictionary<string, string>
        {
            ["CloudFront-Policy"] = "cf-policy-secret",
            ["CloudFront-Key-Pair-Id"] = "APKA-secret",
            ["CloudFront-Signature"] = "cf-signature-secret",
        });
        signed.GetCookieHeader().Should().Be("CloudFront-Policy=cf-policy-secret; CloudFront-Key-Pair-Id=APKA-secret; CloudFront-Signature=cf-signature-secret");
        signed.ToString().Should().NotContain("secret").And.Contain("CloudFront-Signature");
        await Client().Invoking(m => m.GetDerivativeDownloadUrlAsync(Urn, DerivativeUrn, new ModelDerivativeDownloadOptions { MinutesExpiration = 360 })).Should().ThrowAsync<ArgumentOutOfRangeException>();
        await Client().Invoking(m => m.GetDerivativeDownloadUrlAsync(Urn, DerivativeUrn, new ModelDerivativeDownloadOptions { ResponseContentDisposition = "inline" })).Should().ThrowAsync<ArgumentException>();
        await Client().Invoking(m => m.GetDerivativeDownloadUrlAsync(Urn, " ")).Should().ThrowAsync<ArgumentException>();
    }

    [Fact]
    public async Task Download_derivative_sends_the_cookies_without_the_token_to_the_returned_url()
    {
        var bytes = Encoding.ASCII.GetBytes("v 0 0 0\nv 1 0 0\nv 0 1 0\nf 1 2 3\n");
        var body = Fixture("signed-cookies.json").Replace("https://cdn.derivative.autodesk.com", _wire.BaseUrl + "/cdn", StringComparison.Ordinal);
        _wire.Server.Given(Request.Create().WithPath(new WildcardMatcher("*/signedcookies")).UsingGet()).RespondWith(
            WireMock.ResponseBuilders.Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody(body)
                .WithHeader("Set-Cookie", "CloudFront-Policy=p1; Path=/", "CloudFront-Signature=s1; Path=/"));
        _wire.Server.Given(Request.Create().WithPath(new WildcardMatcher("/cdn/*")).UsingGet()).RespondWith(
            WireMock.ResponseBuilders.Response.Create().WithStatusCode(200).WithBody(bytes).WithHeader("Content-Type", "application/octet-stream"));
        var md = Client();

        using var destination = new MemoryStream();
        var written = await md.DownloadDerivativeToAsync(Urn, DerivativeUrn, destination);

        written.Should().Be(bytes.Length);
        destination.ToArray().Should().Equal(bytes);
        var cdn = _wire.Requests.Single(r => r.Path.StartsWith("/cdn/", StringComparison.Ordinal));
        OssWire.Header(cdn, "Cookie").Should().Be("CloudFront-Policy=p1; CloudFront-Signature=s1");
        OssWire.Header(cdn, "Authorization").Should().BeNull("the APS token never goes to the CDN");
        cdn.Path.Should().Be("/cdn/" + SampleUrn + "/output/preview1.png");
    }

    [Fact]
    public async Task Check_derivative_sends_head_and_waits_through_202()
    {
        var path = Base + "/" + SampleUrn + "/manifest/" + EscapedDerivativeUrn;
        var matcher = new WildcardMatcher(Base + "/" + SampleUrn + "/manifest/*");
        _wire.Server.Given(Request.Create().WithPath(matcher).UsingHead()).InScenario("h").WillSetStateTo("ready").RespondWith(OssWire.Response(202, null));
        _wire.Server.Given(Request.Create().WithPath(matcher).UsingHead()).InScenario("h").WhenStateIs("ready").RespondWith(
            WireMock.ResponseBuilders.Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/octet-stream").WithHeader("Content-Length", "231064").WithHeader("x-ads-app-identifier", "platform-viewing-2025"));

        var info = await Client().GetDerivativeInfoAsync(Urn, DerivativeUrn, new ModelDerivativeDownloadOptions { Polling = Fast });

        _wire.Requests.Should().HaveCount(2).And.OnlyContain(r => r.Method == "HEAD");
        _wire.Tap.PathAndQueries.Should().OnlyContain(p => p == path);
        info.ContentLength.Should().Be(231064);
        info.ContentType.Should().Be("application/octet-stream");
        info.Headers["x-ads-app-identifier"].Should().Be("platform-viewing-2025");
    }

    [Fact]
    public async Task Direct_download_sends_the_token_and_a_range()
    {
        _wire.Server.Given(Request.Create().WithPath(new WildcardMatcher(Base + "/" + SampleUrn + "/manifest/*")).UsingGet()).RespondWith(
            WireMock.ResponseBuilders.Response.Create().WithStatusCode(206).WithBody(new byte[] { 1, 2, 3, 4 }).WithHeader("Content-Range", "bytes 0-3/10"));

        using var download = await Client().DownloadDerivativeDirectAsync(Urn, DerivativeUrn, new ModelDerivativeDownloadOptions { RangeStart = 0, RangeEnd = 3 });
        using var copy = new MemoryStream();
        await download.Content.CopyToAsync(copy);

        _wire.Tap.PathAndQueries.Single().Should().Be(Base + "/" + SampleUrn + "/manifest/" + EscapedDerivativeUrn);
        OssWire.Header(_wire.Single, "Range").Should().Be("bytes=0-3");
        OssWire.Header(_wire.Single, "Authorization").Should().Be("Bearer " + OssWire.Token);
        download.StatusCode.Should().Be(206);
        copy.ToArray().Should().Equal(1, 2, 3, 4);
    }

    [Fact]
    public async Task Specify_references_posts_the_references()
    {
        _wire.Reply("POST", Base + "/" + "dXJuOmFkc2sub2JqZWN0czpvcy5vYmplY3Q6bXlidWNrZXQvYXNzZW1ibHkuaWFt" + "/references", 200, Fixture("references.json"));
        var urn = ApsUrn.FromSourceUrn("urn:adsk.objects:os.object:mybucket/assembly.iam");

        var result = await Client().SpecifyReferencesAsync(urn, new ModelDerivativeReferences
        {
            Urn = urn.Value,
            Region = "US",
            Filename = "assembly.iam",
            References = [new ModelDerivativeReference { Urn = "urn:adsk.objects:os.object:mybucket/part1.ipt", RelativePath = "parts/part1.ipt", Filename = "part1.ipt" }],
        }, new ApsRequestOptions { Region = ApsRegion.US });

        _wire.Single.Method.Should().Be("POST");
        OssWire.Header(_wire.Single, "region").Should().Be("US");
        OssWire.Canonical(OssWire.Body(_wire.Single)!).Should().Be(OssWire.Canonical(Fixture("references-request.json")));
        result.Result.Should().Be("success");
        result.Urn.Should().Be(urn.Value);
        await Client().Invoking(m => m.SpecifyReferencesAsync(urn, new ModelDerivativeReferences())).Should().ThrowAsync<ArgumentException>();
    }

    [Fact]
    public async Task Errors_become_aps_exceptions_with_the_status()
    {
        _wire.Reply("GET", Base + "/" + SampleUrn + "/manifest", 404, """{"diagnostic":"Manifest not found"}""");

        var thrown = await Client().Invoking(m => m.GetManifestAsync(Urn)).Should().ThrowAsync<ApsException>();

        thrown.Which.StatusCode.Should().Be(404);
        await Client().Invoking(m => m.GetManifestAsync(default)).Should().ThrowAsync<ArgumentException>();
    }

    /// <summary>Reports on the calling thread (Progress&lt;T&gt; posts to the thread pool, so its reports could arrive late).</summary>
    private sealed class SyncProgress<T>(Action<T> report) : IProgress<T>
    {
        public void Report(T value) => report(value);
    }

    /// <summary>System time, except that every timer fires at once and its due time is recorded.</summary>
    private sealed class RecordingTimeProvider : TimeProvider
    {
        private readonly List<TimeSpan> _delays = [];

        public IReadOnlyList<TimeSpan> Delays
        {
            get
            {
                lock (_delays)
                {
                    return _delays.ToList();
                }
            }
        }

        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
        {
            if (dueTime > TimeSpan.Zero && dueTime != Timeout.InfiniteTimeSpan)
            {
                lock (_delays)
                {
                    _delays.Add(dueTime);
                }
            }

            // Attempt and total timeouts (minutes) keep their real due time; polling delays fire at once.
            var fire = dueTime >= TimeSpan.FromMinutes(1) || dueTime == Timeout.InfiniteTimeSpan ? dueTime : TimeSpan.Zero;
            return base.CreateTimer(callback, state, fire, period);
        }

        public override long GetTimestamp() => base.GetTimestamp() + (Delays.Where(d => d < TimeSpan.FromMinutes(1)).Aggregate(TimeSpan.Zero, (a, b) => a + b).Ticks * TimestampFrequency / TimeSpan.TicksPerSecond);
    }
}
