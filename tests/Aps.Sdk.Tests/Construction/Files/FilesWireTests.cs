using System.Net;
using Aps.Sdk.Construction.Files;
using Aps.Sdk.Tests.Support;

namespace Aps.Sdk.Tests.Acc.Files;

public class FilesWireTests
{
    private const string Project = "9ba6681e-1952-4d54-aac4-9de6d9858dd4";
    private static readonly ApsPollingOptions Fast = new() { InitialDelay = TimeSpan.Zero, MaxDelay = TimeSpan.Zero };

    private static string Fixture(string name) => AccM2Wire.Fixture("Files", name);

    private static FilesExportRequest SeedRequest() => new()
    {
        Options = new FilesExportOptions
        {
            OutputFileName = "output_file_name",
            StandardMarkups = new FilesMarkupOptions { IncludePublishedMarkups = true, IncludeUnpublishedMarkups = true, IncludeMarkupLinks = false },
            IssueMarkups = new FilesMarkupOptions { IncludePublishedMarkups = false, IncludeUnpublishedMarkups = false },
            PhotoMarkups = new FilesMarkupOptions { IncludePublishedMarkups = false, IncludeUnpublishedMarkups = false },
        },
        FileVersions = ["urn:adsk.wip.file:vf.fileId?version=2"],
    };

    [Fact]
    public async Task StartExport_posts_the_seed_body_with_x_user_id_then_waits_for_the_signed_url()
    {
        var (aps, wire) = AccM2Wire.Client((_, i) => i switch
        {
            0 => Responses.Json(Fixture("export-started.json"), HttpStatusCode.Accepted),
            1 => Responses.Json("""{"id":"636e6a96-d4d2-43e6-b67a-db8618fc0ff9","status":"processing"}"""),
            _ => Responses.Json(Fixture("export-successful.json")),
        });

        var operation = await aps.Construction.Files.StartExportAsync("b." + Project, SeedRequest(), Fast, new ApsRequestOptions { UserId = "45GPJ4KAX789" });
        var export = await operation.WaitForCompletionAsync();

        var calls = wire.Requests.ToList();
        calls[0].Method.Should().Be(HttpMethod.Post);
        calls[0].PathAndQuery().Should().Be($"/construction/files/v1/projects/{Project}/exports");
        calls[0].Header("x-user-id").Should().Be("45GPJ4KAX789");
        calls[0].ShouldHaveJsonBody("""
            {"options":{"outputFileName":"output_file_name",
              "standardMarkups":{"includePublishedMarkups":true,"includeUnpublishedMarkups":true,"includeMarkupLinks":false},
              "issueMarkups":{"includePublishedMarkups":false,"includeUnpublishedMarkups":false},
              "photoMarkups":{"includePublishedMarkups":false,"includeUnpublishedMarkups":false}},
             "fileVersions":["urn:adsk.wip.file:vf.fileId?version=2"]}
            """);
        operation.Id.Should().Be("636e6a96-d4d2-43e6-b67a-db8618fc0ff9");
        calls.Skip(1).Select(c => c.PathAndQuery()).Should().AllBe($"/construction/files/v1/projects/{Project}/exports/636e6a96-d4d2-43e6-b67a-db8618fc0ff9");
        calls.Skip(1).Select(c => c.Header("x-user-id")).Should().AllBe("45GPJ4KAX789");
        export.Status.Should().Be(FilesExportStatus.Successful);
        export.Result!.Output!.SignedUrl.Should().Be("https://signedUrl");
        export.SignedUrl.Should().Be("https://signedUrl");
        export.AdditionalData.Should().BeNullOrEmpty();
        export.Result.AdditionalData.Should().BeNullOrEmpty();
    }

    [Fact]
    public async Task GetExport_reads_the_failed_example_and_the_operation_raises_its_error()
    {
        var (aps, wire) = AccM2Wire.Json(Fixture("export-failed.json"));

        var export = await aps.Construction.Files.GetExportAsync(Project, "5b4bb914-c123-4f10-87e3-579ef934aaf9");
        var act = () => aps.Construction.Files.GetExportOperation(Project, "5b4bb914-c123-4f10-87e3-579ef934aaf9", Fast).WaitForCompletionAsync();

        wire.Requests.First().Method.Should().Be(HttpMethod.Get);
        wire.Requests.First().PathAndQuery().Should().Be($"/construction/files/v1/projects/{Project}/exports/5b4bb914-c123-4f10-87e3-579ef934aaf9");
        export.Status.Should().Be(FilesExportStatus.Failed);
        export.Result!.Error!.Code.Should().Be("401");
        export.Result.Error.Title.Should().Be("ERR_AUTHORIZATION_ERROR");
        export.Result.Error.Detail.Should().Be("Authentication header is not correct");
        export.Result.Error.AdditionalData.Should().BeNullOrEmpty();
        (await act.Should().ThrowAsync<ApsException>()).Which.Message.Should().Contain("ERR_AUTHORIZATION_ERROR");
    }

    [Fact]
    public async Task Partial_success_reads_signed_url_and_failed_files_from_where_the_example_puts_them()
    {
        var (aps, _) = AccM2Wire.Json(Fixture("export-partial.json"));

        var export = await aps.Construction.Files.GetExportOperation(Project, "5b4bb914-c123-4f10-87e3-579ef934aaf9", Fast).WaitForCompletionAsync();

        export.Status.Should().Be(FilesExportStatus.PartialSuccess);
        export.SignedUrl.Should().Be("https://signedUrl");
        var failed = export.FailedFiles.Should().ContainSingle().Subject;
        failed.Id.Should().Be("fileUrn");
        failed.Reason.Should().Be("ERR_NO_PROCESSABLE_FILES");
        failed.Detail.Should().StartWith("This file does not contain");
        failed.AdditionalData.Should().BeNullOrEmpty();
        export.Result!.AdditionalData.Should().BeNullOrEmpty();
    }

    [Fact]
    public async Task StartExport_refuses_an_empty_or_oversized_list_before_any_call()
    {
        var (aps, wire) = AccM2Wire.Json("{}");

        var none = () => aps.Construction.Files.StartExportAsync(Project, new FilesExportRequest());
        var tooMany = () => aps.Construction.Files.StartExportAsync(Project, new FilesExportRequest { FileVersions = Enumerable.Range(0, 201).Select(i => $"urn:v{i}").ToList() });

        await none.Should().ThrowAsync<ArgumentException>();
        await tooMany.Should().ThrowAsync<ArgumentException>();
        wire.Count.Should().Be(0);
    }

    [Fact]
    public async Task A_422_files_too_large_error_is_an_ApsException_with_the_code()
    {
        var (aps, _) = AccM2Wire.Json("""{"errors":[{"code":"ERR_FILES_TOO_LARGE","title":"The overall file size is over 10GB."}]}""", HttpStatusCode.UnprocessableEntity);

        var act = () => aps.Construction.Files.StartExportAsync(Project, SeedRequest());

        (await act.Should().ThrowAsync<ApsException>()).Which.StatusCode.Should().Be(422);
    }
}
