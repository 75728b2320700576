using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Aps.Sdk.Core.Pipeline;
using Aps.Sdk.Tests.Support;
using static Aps.Sdk.Tests.Pipeline.PipelineKit;

namespace Aps.Sdk.Tests.Pipeline;

public class ErrorShapeTests
{
    private const string FolderUri = Base + "/data/v1/projects/b.p/folders/urn%3Aadsk.wipprod%3Afs.folder%3Aco.1";
    private const string RequestId = "troubleshoot-7f3a";

    private static readonly OperationSpec Folder = Get("/data/v1/projects/{projectId}/folders/{folderId}", area: "DataManagement", name: "GetFolder");

    private static HttpResponseMessage WithId(HttpResponseMessage response)
    {
        response.Headers.TryAddWithoutValidation("x-ads-troubleshooting", RequestId);
        return response;
    }

    private static async Task<(TException Error, RecordingHandler Handler)> FailAsync<TException>(Func<HttpResponseMessage> respond, Action<ApsOptions>? configure = null)
        where TException : ApsException
    {
        var handler = new RecordingHandler((_, _) => WithId(respond()));
        using var client = TestClients.WithStaticToken(handler, o =>
        {
            o.Resilience.MaxRetryAttempts = 0;
            configure?.Invoke(o);
        });
        var query = new QueryBuilder().Add("includeHidden", true);

        var act = () => GetItemAsync(client, Folder, null, query, "b.p", "urn:adsk.wipprod:fs.folder:co.1");

        var error = (await act.Should().ThrowAsync<TException>()).Which;
        return (error, handler);
    }

    private static Task<(ApsException Error, RecordingHandler Handler)> FailAsync(Func<HttpResponseMessage> respond)
        => FailAsync<ApsException>(respond);

    private static void ShouldDescribeTheCall(ApsException error, int status, string? rawBody)
    {
        error.StatusCode.Should().Be(status);
        error.Status.Should().Be((HttpStatusCode)status);
        error.Method.Should().Be("GET");
        error.RequestUri.Should().Be(FolderUri, "the query is cut");
        error.RequestId.Should().Be(RequestId);
        error.RawBody.Should().Be(rawBody);
        error.Message.Should().Contain("GET " + FolderUri).And.Contain(status.ToString(System.Globalization.CultureInfo.InvariantCulture)).And.Contain(RequestId);
        error.Message.Should().NotContain("includeHidden");
    }

    [Fact]
    public async Task Json_api_errors_array()
    {
        const string body = """{"jsonapi":{"version":"1.0"},"errors":[{"id":"a1b2","status":"404","code":"FOLDER_NOT_FOUND","detail":"The folder does not exist"},{"id":"c3","status":"404","code":"OTHER","detail":"second"}]}""";

        var (error, handler) = await FailAsync(() => Responses.Json(body, HttpStatusCode.NotFound, "application/vnd.api+json"));

        ShouldDescribeTheCall(error, 404, body);
        error.ErrorCode.Should().Be("FOLDER_NOT_FOUND");
        error.Detail.Should().Be("The folder does not exist");
        error.Errors.Should().HaveCount(2);
        error.Errors[0].Id.Should().Be("a1b2");
        error.Errors[0].Status.Should().Be("404");
        error.Errors[1].Code.Should().Be("OTHER");
        error.Message.Should().Contain("[FOLDER_NOT_FOUND]").And.Contain("The folder does not exist");
        error.Headers.Should().ContainKey("x-ads-troubleshooting");
        handler.Count.Should().Be(1);
    }

    [Fact]
    public async Task Data_management_meta_warnings_with_pascal_case_keys()
    {
        const string body = """
            {"jsonapi":{"version":"1.0"},"links":{"self":{"href":"https://developer.api.autodesk.com/project/v1/hubs"}},"data":[],
             "meta":{"warnings":[{"Id":null,"HttpStatusCode":"403","ErrorCode":"BIM360DM_ERROR","Title":"Unable to get hubs from BIM360DM EMEA.","Detail":"You don't have permission to access this API","AboutLink":null,"Source":[],"meta":[]}]}}
            """;

        var (error, _) = await FailAsync(() => Responses.Json(body, HttpStatusCode.Forbidden, "application/vnd.api+json"));

        ShouldDescribeTheCall(error, 403, body);
        error.ErrorCode.Should().Be("BIM360DM_ERROR");
        error.Detail.Should().Contain("Unable to get hubs from BIM360DM EMEA.").And.Contain("You don't have permission to access this API");
        var warning = error.Warnings.Should().ContainSingle().Subject;
        warning.ErrorCode.Should().Be("BIM360DM_ERROR");
        warning.HttpStatusCode.Should().Be("403");
        warning.Title.Should().Be("Unable to get hubs from BIM360DM EMEA.");
        warning.Detail.Should().Be("You don't have permission to access this API");
        warning.Id.Should().BeNull();
    }

    [Fact]
    public async Task Oss_reason()
    {
        const string body = """{"reason":"Object not found"}""";

        var (error, _) = await FailAsync(() => Responses.Json(body, HttpStatusCode.NotFound));

        ShouldDescribeTheCall(error, 404, body);
        error.ErrorCode.Should().BeNull();
        error.Detail.Should().Be("Object not found");
    }

    [Fact]
    public async Task Ssa_title_and_detail()
    {
        const string body = """{"title":"invalid_request","detail":"The request is missing the required parameter 'scope'."}""";

        var (error, _) = await FailAsync(() => Responses.Json(body, HttpStatusCode.BadRequest));

        ShouldDescribeTheCall(error, 400, body);
        error.ErrorCode.Should().Be("invalid_request");
        error.Detail.Should().Be("The request is missing the required parameter 'scope'.");
    }

    [Fact]
    public async Task Ssa_title_with_the_documented_colon_typo()
    {
        const string body = """{"title:":"not_found","detail":"The service account does not exist."}""";

        var (error, _) = await FailAsync(() => Responses.Json(body, HttpStatusCode.NotFound));

        error.ErrorCode.Should().Be("not_found");
        error.Detail.Should().Be("The service account does not exist.");
    }

    [Fact]
    public async Task OAuth_error_and_description()
    {
        const string body = """{"error":"invalid_scope","error_description":"The requested scope is invalid."}""";

        var (error, _) = await FailAsync(() => Responses.Json(body, HttpStatusCode.BadRequest));

        ShouldDescribeTheCall(error, 400, body);
        error.ErrorCode.Should().Be("invalid_scope");
        error.Detail.Should().Be("The requested scope is invalid.");
    }

    [Fact]
    public async Task Legacy_developer_message()
    {
        const string body = """{"developerMessage":"The requested resource does not exist.","moreInfo":"https://developer.api.autodesk.com/documentation/v1/errors/err_404","errorCode":"ERR-404"}""";

        var (error, _) = await FailAsync(() => Responses.Json(body, HttpStatusCode.NotFound));

        error.ErrorCode.Should().Be("ERR-404");
        error.Detail.Should().Be("The requested resource does not exist.");
    }

    [Fact]
    public async Task Code_and_message()
    {
        const string body = """{"code":"ERR_BAD_INPUT","message":"limit must be at most 200"}""";

        var (error, _) = await FailAsync(() => Responses.Json(body, HttpStatusCode.BadRequest));

        error.ErrorCode.Should().Be("ERR_BAD_INPUT");
        error.Detail.Should().Be("limit must be at most 200");
    }

    [Fact]
    public async Task Numeric_code()
    {
        const string body = """{"code":1001,"message":"Invalid project"}""";

        var (error, _) = await FailAsync(() => Responses.Json(body, HttpStatusCode.UnprocessableEntity));

        error.ErrorCode.Should().Be("1001");
        error.Detail.Should().Be("Invalid project");
    }

    [Fact]
    public async Task Bare_array_of_errors()
    {
        const string body = """[{"code":"ERR_NOT_ALLOWED","detail":"Export is not allowed"},{"code":"ERR_FILES_TOO_LARGE","detail":"Too large"}]""";

        var (error, _) = await FailAsync(() => Responses.Json(body, HttpStatusCode.Conflict));

        ShouldDescribeTheCall(error, 409, body);
        error.ErrorCode.Should().Be("ERR_NOT_ALLOWED");
        error.Detail.Should().Be("Export is not allowed");
        error.Errors.Select(e => e.Code).Should().Equal("ERR_NOT_ALLOWED", "ERR_FILES_TOO_LARGE");
    }

    [Fact]
    public async Task Plain_text()
    {
        const string body = "Upstream   service\n unavailable";

        var (error, _) = await FailAsync(() => Responses.Text(body, HttpStatusCode.BadGateway));

        ShouldDescribeTheCall(error, 502, body);
        error.ErrorCode.Should().BeNull();
        error.Detail.Should().Be("Upstream service unavailable");
    }

    [Fact]
    public async Task Html_error_page_is_summarized_by_its_title()
    {
        const string body = "<!DOCTYPE html><html><head><title>503 Service Temporarily Unavailable</title><style>body{color:red}</style></head><body><h1>Service Temporarily Unavailable</h1><p>nginx</p></body></html>";

        var (error, _) = await FailAsync(() => Responses.Text(body, HttpStatusCode.ServiceUnavailable, "text/html"));

        ShouldDescribeTheCall(error, 503, body);
        error.Detail.Should().Be("503 Service Temporarily Unavailable");
        error.Message.Should().NotContain("<html");
    }

    [Fact]
    public async Task Html_without_title_is_stripped_of_markup()
    {
        const string body = "<html><body><h1>Bad&nbsp;Gateway</h1><script>var x = 1;</script></body></html>";

        var (error, _) = await FailAsync(() => Responses.Text(body, HttpStatusCode.BadGateway, "text/html"));

        error.Detail.Should().Be("Bad Gateway");
    }

    [Fact]
    public async Task Empty_body()
    {
        var (error, _) = await FailAsync(() => Responses.Status(HttpStatusCode.NotFound));

        ShouldDescribeTheCall(error, 404, null);
        error.ErrorCode.Should().BeNull();
        error.Detail.Should().BeNull();
        error.Message.Should().Contain("404 Not Found");
    }

    [Fact]
    public async Task Json_that_is_not_an_error_shape_keeps_the_raw_body()
    {
        const string body = """{"unexpected":{"nested":true}}""";

        var (error, _) = await FailAsync(() => Responses.Json(body, HttpStatusCode.BadRequest));

        ShouldDescribeTheCall(error, 400, body);
        error.ErrorCode.Should().BeNull();
        error.Detail.Should().BeNull();
    }

    [Fact]
    public async Task Raw_body_is_capped()
    {
        var body = """{"reason":"big"}""" + new string(' ', 20_000);

        var (error, _) = await FailAsync(() => Responses.Json(body, HttpStatusCode.BadRequest));

        error.Detail.Should().Be("big");
        error.RawBody!.Length.Should().BeLessThan(4200);
    }

    [Fact]
    public async Task Too_many_requests_is_a_rate_limit_exception_with_retry_after()
    {
        const string body = """{"code":"RATE_LIMIT_EXCEEDED","message":"Slow down"}""";

        var (error, _) = await FailAsync<ApsRateLimitException>(() =>
        {
            var response = Responses.Json(body, (HttpStatusCode)429);
            response.Headers.RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromSeconds(17));
            return response;
        });

        ShouldDescribeTheCall(error, 429, body);
        error.RetryAfter.Should().Be(TimeSpan.FromSeconds(17));
        error.ErrorCode.Should().Be("RATE_LIMIT_EXCEEDED");
        error.Detail.Should().Be("Slow down");
    }

    [Fact]
    public async Task Too_many_requests_without_retry_after()
    {
        var (error, _) = await FailAsync<ApsRateLimitException>(() => Responses.Status((HttpStatusCode)429));

        error.StatusCode.Should().Be(429);
        error.RetryAfter.Should().BeNull();
    }

    [Fact]
    public async Task Unauthorized_is_an_authentication_exception()
    {
        const string body = """{"developerMessage":"The token is not valid","errorCode":"AUTH-001"}""";
        var provider = new CountingTokenProvider();
        var handler = new RecordingHandler((_, _) => WithId(Responses.Json(body, HttpStatusCode.Unauthorized)));
        using var client = TestClients.Create(handler, o => o.TokenProvider = provider);

        var act = () => GetItemAsync(client, Folder, null, new QueryBuilder().Add("includeHidden", true), "b.p", "urn:adsk.wipprod:fs.folder:co.1");

        var error = (await act.Should().ThrowAsync<ApsAuthenticationException>()).Which;
        ShouldDescribeTheCall(error, 401, body);
        error.ErrorCode.Should().Be("AUTH-001");
        error.RequiresSignIn.Should().BeFalse();
    }

    [Fact]
    public async Task Forbidden_is_a_plain_aps_exception()
    {
        var (error, _) = await FailAsync(() => Responses.Json("""{"reason":"no access"}""", HttpStatusCode.Forbidden));

        error.Should().NotBeOfType<ApsAuthenticationException>();
        error.StatusCode.Should().Be(403);
    }

    [Theory]
    [InlineData("not json at all")]
    [InlineData("{\"name\":\"ok\",")]
    [InlineData("[1,2,3]")]
    [InlineData("{\"name\":5}")]
    [InlineData("null")]
    [InlineData("")]
    public async Task Unreadable_success_body_is_an_aps_exception_wrapping_the_json_error(string body)
    {
        var handler = new RecordingHandler((_, _) => WithId(new HttpResponseMessage(HttpStatusCode.OK)
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        }));
        using var client = TestClients.WithStaticToken(handler);

        var act = () => GetItemAsync(client, Folder, null, null, "b.p", "urn:adsk.wipprod:fs.folder:co.1");

        var error = (await act.Should().ThrowAsync<ApsException>()).Which;
        error.InnerException.Should().BeAssignableTo<JsonException>();
        error.StatusCode.Should().Be(200);
        error.ErrorCode.Should().Be("invalid_response");
        error.RequestUri.Should().Be(FolderUri);
        error.RequestId.Should().Be(RequestId);
        error.Message.Should().Contain(nameof(PipelineItem));
    }

    [Fact]
    public async Task No_content_call_accepts_204_and_raises_errors()
    {
        var handler = new RecordingHandler((_, i) => i == 0 ? Responses.Status(HttpStatusCode.NoContent) : WithId(Responses.Json("""{"reason":"Bucket not found"}""", HttpStatusCode.NotFound)));
        using var client = TestClients.WithStaticToken(handler);
        var delete = new OperationSpec("Oss", "DeleteObject", HttpMethod.Delete, "/oss/v2/buckets/{bucketKey}/objects/{objectKey}") { Scopes = Read };

        await client.Pipeline.SendNoContentAsync(client.Pipeline.CreateRequest(delete, null, ["b", "k"]), null, CancellationToken.None);
        var act = () => client.Pipeline.SendNoContentAsync(client.Pipeline.CreateRequest(delete, null, ["b", "k"]), null, CancellationToken.None);

        var error = (await act.Should().ThrowAsync<ApsException>()).Which;
        error.StatusCode.Should().Be(404);
        error.Method.Should().Be("DELETE");
        error.Detail.Should().Be("Bucket not found");
        error.RequestId.Should().Be(RequestId);
        handler.Count.Should().Be(2);
    }
}
