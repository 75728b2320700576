using System.Net;
using System.Text;
using Aps.Sdk.Construction.Photos;
using Aps.Sdk.Tests.Support;
using static Aps.Sdk.Tests.Acc.AccmKit;

namespace Aps.Sdk.Tests.Acc.Photos;

public class PhotosWireTests
{
    private const string PhotoId = "5439bfb7-8006-4388-a454-f02560f99566";

    private static string Fixture(string name) => AccmKit.Fixture("Photos", name);

    [Fact]
    public async Task GetPhoto_asks_for_signed_urls_and_reads_the_example_with_timestamps_as_utc()
    {
        using var kit = new AccmKit(Fixture("photo.json"));
        var photo = await kit.Client.Construction.Photos.GetPhotoAsync(DmProjectId, PhotoId, includeSignedUrls: true);

        var request = kit.Single;
        request.Method.Should().Be(HttpMethod.Get);
        request.Uri.AbsolutePath.Should().Be($"/construction/photos/v1/projects/{ProjectGuid}/photos/{PhotoId}");
        Query(request).Should().Equal("include=signedUrls");
        request.Header("Authorization").Should().Be("Bearer static-access-token-value");

        photo.Id.Should().Be(PhotoId);
        photo.ProjectId.Should().Be("36c0838c-0360-4cfa-b2c6-85e0056ec7e8");
        photo.Title.Should().Be("Office Dry Wall");
        photo.Description.Should().Be("The left side of the office");
        photo.Type.Should().Be("FIELD-REPORT");
        photo.MediaType.Should().Be("NORMAL");
        photo.IsPublic.Should().BeFalse();
        photo.Locked.Should().BeFalse();
        photo.Latitude.Should().Be(37.757497);
        photo.Longitude.Should().Be(-122.42115);
        photo.Size.Should().Be(11359);
        photo.TakenAt.Should().Be(new DateTimeOffset(2021, 3, 13, 18, 15, 0, TimeSpan.Zero));
        photo.CreatedAt.Should().Be(new DateTimeOffset(2021, 3, 14, 10, 20, 33, TimeSpan.Zero));
        photo.UserCreatedAt.Should().Be(new DateTimeOffset(2021, 3, 13, 18, 20, 33, TimeSpan.Zero));
        photo.DeletedBy.Should().Be("PER8KQPK2JRT");
        photo.Urls!.FileUrl.Should().StartWith($"{Host}/construction/photos/assets/ce8edd30-ef28-467c-8d99-7d7051097ee0/");
        photo.Urls.ThumbnailUrl.Should().Contain("_t.jpg");
        photo.SignedUrls!.FileUrl.Should().StartWith("https://s3.amazonaws.com/");
        photo.SignedUrls.ThumbnailUrl.Should().StartWith("https://s3.amazonaws.com/");
        AllFieldsTyped(photo);
    }

    [Fact]
    public async Task GetPhoto_without_signed_urls_sends_no_query_and_a_deleted_photo_is_410()
    {
        using var kit = new AccmKit((HttpStatusCode.Gone, """{"detail":"deleted"}"""));
        var act = () => kit.Client.Construction.Photos.GetPhotoAsync(ProjectGuid, PhotoId);

        (await act.Should().ThrowAsync<ApsException>()).Which.StatusCode.Should().Be(410);
        kit.Single.Uri.Query.Should().BeEmpty();
    }

    [Fact]
    public async Task FilterPhotos_posts_the_filter_then_reposts_nextPost_body_to_nextPost_url()
    {
        var last = WithPagination(Fixture("photos-filter.json"), p => p.Remove("nextPost"));
        using var kit = new AccmKit(Fixture("photos-filter.json"), last);
        var options = new PhotoFilterOptions
        {
            Filter = new PhotoFilter
            {
                CreatedAt = "2021-03-14T10:10:00..2021-03-16T10:15:00",
                CreatedBy = ["NCSNR6R5NHUD", "5QCVQ6JAUTHB"],
                Ids = ["0c96ea4c-bd3d-4b80-9eb6-c123e1faecd5", PhotoId],
                MediaTypes = ["NORMAL"],
                TakenAt = "2021-03-12T10:10:00..2021-03-15T10:15:00",
                Title = "dry wall",
            },
            IncludeSignedUrls = true,
            Limit = 25,
            SortBy = "createdAt",
        };

        var photos = await kit.Client.Construction.Photos.FilterPhotosAsync(DmProjectId, options).CollectAsync();

        photos.Should().HaveCount(2);
        var requests = kit.Requests;
        requests.Should().HaveCount(2);
        requests[0].Method.Should().Be(HttpMethod.Post);
        requests[0].Uri.AbsoluteUri.Should().Be($"{Host}/construction/photos/v1/projects/{ProjectGuid}/photos:filter");
        requests[0].ContentType.Should().Be("application/json");
        SameJson(requests[0].Body, """
            {"filter":{"createdAt":"2021-03-14T10:10:00..2021-03-16T10:15:00","createdBy":["NCSNR6R5NHUD","5QCVQ6JAUTHB"],
             "id":["0c96ea4c-bd3d-4b80-9eb6-c123e1faecd5","5439bfb7-8006-4388-a454-f02560f99566"],"mediaType":["NORMAL"],
             "takenAt":"2021-03-12T10:10:00..2021-03-15T10:15:00","title":"dry wall"},
             "include":["signedUrls"],"limit":25,"sort":["createdAt","asc"]}
            """);
        requests[1].Method.Should().Be(HttpMethod.Post);
        requests[1].Uri.AbsoluteUri.Should().Be($"{Host}/construction/photos/v1/projects/8e52b200-f856-4f17-a57c-c03ba2f6673a/photos:filter");
        requests[1].ContentType.Should().Be("application/json");
        SameJson(requests[1].Body, """{"cursorState":"eyJsaW1pdCI6MjUsICJ0aXRsZSI6ICJ3YWxsIn0Ks"}""");
        photos[0].Title.Should().Be("Office Dry Wall");
        AllFieldsTyped(photos);
    }

    [Fact]
    public async Task FilterPhotos_without_options_posts_an_empty_body_and_refuses_a_page_over_50()
    {
        using var kit = new AccmKit(WithPagination(Fixture("photos-filter.json"), p => p.Remove("nextPost")));
        await kit.Client.Construction.Photos.FilterPhotosAsync(ProjectGuid, new PhotoFilterOptions { SortBy = "takenAt", SortDescending = true }).CollectAsync();

        SameJson(kit.Single.Body, """{"sort":["takenAt","desc"]}""");
        FluentActions.Invoking(() => kit.Client.Construction.Photos.FilterPhotosAsync(ProjectGuid, new PhotoFilterOptions { Limit = 51 })).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public async Task DownloadPhotoFile_follows_the_documented_url_with_the_token_and_streams_the_bytes()
    {
        var bytes = Encoding.ASCII.GetBytes("JPEG-BYTES");
        using var handler = new RecordingHandler((_, _) =>
        {
            var content = new ByteArrayContent(bytes);
            content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("image/jpeg");
            return new HttpResponseMessage(HttpStatusCode.OK) { Content = content };
        });
        using var client = TestClients.WithStaticToken(handler);
        var photo = System.Text.Json.JsonSerializer.Deserialize(Fixture("photo.json"), Aps.Sdk.Construction.Photos.ConstructionPhotosJsonContext.Default.Photo)!;

        // The documented value ends with a stray \" (endpoints.md 4.16); the SDK removes it.
        photo.Urls!.FileUrl.Should().EndWith("\"");
        await using var file = await client.Construction.Photos.DownloadPhotoFileAsync(photo.Urls.FileUrl!);
        using var copy = new MemoryStream();
        await file.CopyToAsync(copy);

        copy.ToArray().Should().Equal(bytes);
        file.ContentType.Should().Be("image/jpeg");
        file.StatusCode.Should().Be(200);
        var request = handler.Single;
        request.Method.Should().Be(HttpMethod.Get);
        request.Uri.AbsoluteUri.Should().Be($"{Host}/construction/photos/assets/ce8edd30-ef28-467c-8d99-7d7051097ee0/c35b8b28-859e-4256-a3bc-41772a673260.jpg");
        request.Header("Authorization").Should().Be("Bearer static-access-token-value");
    }

    [Fact]
    public async Task DownloadPhotoAsset_escapes_its_segments_and_the_token_never_leaves_the_APS_host()
    {
        using var kit = new AccmKit("{}");
        await using (var file = await kit.Client.Construction.Photos.DownloadPhotoAssetAsync("a b", "x?.jpg"))
        {
            kit.Single.Uri.AbsolutePath.Should().Be("/construction/photos/assets/a%20b/x%3F.jpg");
        }

        var photos = kit.Client.Construction.Photos;
        await FluentActions.Awaiting(() => photos.DownloadPhotoFileAsync("https://s3.amazonaws.com/construction/photos/assets/a/b.jpg")).Should().ThrowAsync<ArgumentException>();
        await FluentActions.Awaiting(() => photos.DownloadPhotoFileAsync($"{Host}/oss/v2/buckets/b/objects/o")).Should().ThrowAsync<ArgumentException>();
        await FluentActions.Awaiting(() => photos.DownloadPhotoAssetAsync("a", "..")).Should().ThrowAsync<ArgumentException>();
        kit.Handler.Count.Should().Be(1);
    }
}
