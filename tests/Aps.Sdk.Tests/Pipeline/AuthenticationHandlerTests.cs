using System.Net;
using System.Text;
using Aps.Sdk.Authentication;
using Aps.Sdk.Core.Pipeline;
using Aps.Sdk.Tests.Support;
using static Aps.Sdk.Tests.Pipeline.PipelineKit;

namespace Aps.Sdk.Tests.Pipeline;

public class AuthenticationHandlerTests
{
    [Fact]
    public async Task Unauthorized_invalidates_the_token_and_resends_once_with_a_new_one()
    {
        var provider = new CountingTokenProvider("tok");
        var handler = new RecordingHandler((_, i) => i == 0 ? Responses.Status(HttpStatusCode.Unauthorized) : Item());
        using var client = TestClients.Create(handler, o => o.TokenProvider = provider);

        var item = await GetItemAsync(client, GetObject(), path: ["b", "k"]);

        item.Name.Should().Be("ok");
        handler.Count.Should().Be(2);
        handler.Requests.Select(r => r.Header("Authorization")).Should().Equal("Bearer tok-1", "Bearer tok-2");
        provider.Invalidated.Should().Equal("tok-1");
        provider.Issued.Should().Be(2);
    }

    [Fact]
    public async Task A_second_unauthorized_surfaces_as_an_authentication_exception()
    {
        var provider = new CountingTokenProvider("tok");
        var handler = new RecordingHandler((_, _) => Responses.Json("""{"developerMessage":"Token is not provided in the request.","errorCode":"AUTH-010"}""", HttpStatusCode.Unauthorized));
        using var client = TestClients.Create(handler, o => o.TokenProvider = provider);

        var act = () => GetItemAsync(client, GetObject(), path: ["b", "k"]);

        var error = (await act.Should().ThrowAsync<ApsAuthenticationException>()).Which;
        error.StatusCode.Should().Be(401);
        error.ErrorCode.Should().Be("AUTH-010");
        handler.Count.Should().Be(2, "one resend, not a loop and not a retry");
        provider.Invalidated.Should().Equal("tok-1");
        handler.Requests.Select(r => r.Header("Authorization")).Should().Equal("Bearer tok-1", "Bearer tok-2");
    }

    [Fact]
    public async Task The_call_token_provider_wins_over_the_configured_one()
    {
        var configured = new CountingTokenProvider("configured");
        var perCall = new CountingTokenProvider("per-call");
        var handler = new RecordingHandler((_, _) => Item());
        using var client = TestClients.Create(handler, o => o.TokenProvider = configured);
        var options = new ApsRequestOptions { TokenProvider = perCall };

        await GetItemAsync(client, GetObject(), options, path: ["b", "k"]);

        handler.Single.Header("Authorization").Should().Be("Bearer per-call-1");
        configured.GetCalls.Should().Be(0);
    }

    [Fact]
    public async Task Each_retry_attempt_asks_for_a_current_token()
    {
        var provider = new CountingTokenProvider("tok");
        var handler = new RecordingHandler((_, i) => i == 0 ? Responses.Status(HttpStatusCode.ServiceUnavailable) : Item());
        using var client = TestClients.Create(handler, o => o.TokenProvider = provider);

        await GetItemAsync(client, GetObject(), path: ["b", "k"]);

        provider.GetCalls.Should().Be(2);
        provider.Invalidated.Should().BeEmpty();
    }

    [Fact]
    public async Task Unauthorized_with_a_non_seekable_body_is_not_resent()
    {
        var provider = new CountingTokenProvider("tok");
        var handler = new RecordingHandler((_, _) => Responses.Status(HttpStatusCode.Unauthorized));
        using var client = TestClients.Create(handler, o => o.TokenProvider = provider);
        var spec = new OperationSpec("Oss", "UploadObject", HttpMethod.Put, "/oss/v2/buckets/{bucketKey}/objects/{objectKey}") { Scopes = Read };
        var request = client.Pipeline.CreateRequest(spec, null, ["b", "k"]);
        using var body = new NonSeekableStream(Encoding.UTF8.GetBytes("payload"));
        ApsPipeline.SetStreamBody(request, body, "application/octet-stream", 7);

        var act = () => SendItemAsync(client, request);

        (await act.Should().ThrowAsync<ApsAuthenticationException>()).Which.StatusCode.Should().Be(401);
        handler.Count.Should().Be(1);
    }

    [Fact]
    public async Task Operation_without_scopes_sends_no_bearer_token()
    {
        var provider = new CountingTokenProvider("tok");
        var handler = new RecordingHandler((_, _) => Item());
        using var client = TestClients.Create(handler, o => o.TokenProvider = provider);
        var spec = new OperationSpec("Authentication", "GetKeys", HttpMethod.Get, "/authentication/v2/keys");

        await GetItemAsync(client, spec);

        handler.Single.Header("Authorization").Should().BeNull();
        provider.GetCalls.Should().Be(0);
    }

    [Fact]
    public async Task No_credentials_is_a_clear_authentication_exception()
    {
        var handler = new RecordingHandler((_, _) => Item());
        using var client = TestClients.WithStaticToken(handler);
        client.Pipeline.SetTokenProvider(() => null);

        var act = () => GetItemAsync(client, GetObject(), path: ["b", "k"]);

        var error = (await act.Should().ThrowAsync<ApsAuthenticationException>()).Which;
        error.Message.Should().Contain("no token provider is available").And.Contain("ClientSecret").And.Contain("TokenProvider").And.Contain("GetObject");
        handler.Count.Should().Be(0);
    }

    [Fact]
    public void Options_without_any_credentials_are_refused_up_front()
    {
        var act = () => new ApsClient(new ApsOptions(), new RecordingHandler((_, _) => Item()));

        act.Should().Throw<ArgumentException>().Which.Message.Should().Contain("ClientId");
    }

    [Fact]
    public async Task Raw_request_with_its_own_authorization_is_sent_as_is()
    {
        var provider = new CountingTokenProvider("tok");
        var handler = new RecordingHandler((_, _) => Item());
        using var client = TestClients.Create(handler, o => o.TokenProvider = provider);
        var request = new HttpRequestMessage(HttpMethod.Get, "/oss/v2/buckets");
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", "my-own-token");

        using var response = await client.SendAsync(request);

        handler.Single.Header("Authorization").Should().Be("Bearer my-own-token");
        provider.GetCalls.Should().Be(0);
    }

    [Fact]
    public async Task Raw_request_without_authorization_gets_a_default_scope_token()
    {
        var provider = new CountingTokenProvider("tok");
        ApsScopes? asked = null;
        var handler = new RecordingHandler((_, _) => Item());
        using var client = TestClients.Create(handler, o =>
        {
            o.TokenProvider = new ScopeSpy(provider, s => asked = s);
            o.DefaultScopes = "data:read bucket:read";
        });

        using var response = await client.SendAsync(new HttpRequestMessage(HttpMethod.Get, "/oss/v2/buckets"));

        handler.Single.Header("Authorization").Should().Be("Bearer tok-1");
        asked!.Key.Should().Be("bucket:read data:read");
    }

    private sealed class ScopeSpy(IApsTokenProvider inner, Action<ApsScopes> onAsk) : IApsTokenProvider
    {
        public ValueTask<ApsAccessToken> GetTokenAsync(ApsScopes scopes, CancellationToken cancellationToken)
        {
            onAsk(scopes);
            return inner.GetTokenAsync(scopes, cancellationToken);
        }

        public ValueTask InvalidateAsync(ApsAccessToken token, CancellationToken cancellationToken) => inner.InvalidateAsync(token, cancellationToken);
    }
}
