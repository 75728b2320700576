using System.Net;
using Aps.Sdk.Authentication;
using Aps.Sdk.Tests.Support;
using Microsoft.Extensions.Time.Testing;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace Aps.Sdk.Tests.Authentication;

/// <summary>The 2-legged token cache: single flight, per scope set, refreshed ahead of expiry, failures not cached.</summary>
public sealed class ClientCredentialsTokenProviderTests : IDisposable
{
    private static readonly ApsScopes DataRead = ApsScopes.Create(ApsScopes.DataRead);

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2025, 3, 1, 12, 0, 0, TimeSpan.Zero));
    private readonly List<IDisposable> _disposables = [];

    public void Dispose()
    {
        foreach (var d in _disposables)
        {
            d.Dispose();
        }
    }

    [Fact]
    public async Task A_thousand_concurrent_cold_callers_share_one_token_request()
    {
        var server = new TokenServer();
        server.Hold();
        var provider = CreateProvider(server);

        // Every caller asks while the one fetch is still on the wire.
        var calls = await Concurrently.StartAsync(1000, () => provider.GetTokenAsync(DataRead, CancellationToken.None).AsTask());
        await server.WaitForRequestsAsync(1);
        server.Release();
        var tokens = await Task.WhenAll(calls);

        server.Handler.Count.Should().Be(1);
        tokens.Select(t => t.Value).Should().AllBe("token-0");
        tokens.Distinct().Should().ContainSingle("everyone gets the same cached instance");
    }

    [Fact]
    public async Task A_cached_token_is_served_without_a_request()
    {
        var server = new TokenServer();
        var provider = CreateProvider(server);
        var first = await provider.GetTokenAsync(DataRead, CancellationToken.None);

        _time.Advance(TimeSpan.FromMinutes(30));
        var again = provider.GetTokenAsync(DataRead, CancellationToken.None);

        again.IsCompletedSuccessfully.Should().BeTrue("a cached lookup does not wait");
        (await again).Should().BeSameAs(first);
        server.Handler.Count.Should().Be(1);
        var form = FormFields.Parse(server.Handler.Single.Body);
        form["grant_type"].Should().Be("client_credentials");
        form["scope"].Should().Be("data:read");
        first.ExpiresOn.Should().Be(new DateTimeOffset(2025, 3, 1, 13, 0, 0, TimeSpan.Zero), "expires_in is counted from when the answer arrived");
    }

    [Fact]
    public async Task Different_scope_sets_get_separate_tokens()
    {
        var server = new TokenServer();
        var provider = CreateProvider(server);

        var read = await provider.GetTokenAsync(DataRead, CancellationToken.None);
        var write = await provider.GetTokenAsync(ApsScopes.Create("data:write", "data:read"), CancellationToken.None);
        var readAgain = await provider.GetTokenAsync(ApsScopes.Create("data:read"), CancellationToken.None);
        var writeAgain = await provider.GetTokenAsync(ApsScopes.Create("data:read data:write"), CancellationToken.None);

        server.Handler.Count.Should().Be(2);
        read.Value.Should().NotBe(write.Value);
        readAgain.Should().BeSameAs(read);
        writeAgain.Should().BeSameAs(write, "the same scopes in another order are the same cache entry");
        server.Handler.Requests.Select(r => FormFields.Parse(r.Body)["scope"]).Should().Equal("data:read", "data:read data:write");
        write.Scopes.Should().Be(ApsScopes.Create("data:read", "data:write"));
    }

    [Fact]
    public async Task Inside_the_refresh_margin_the_current_token_is_served_and_one_background_refresh_runs()
    {
        var server = new TokenServer();
        var provider = CreateProvider(server);
        var old = await provider.GetTokenAsync(DataRead, CancellationToken.None);

        _time.Advance(TimeSpan.FromMinutes(56)); // 4 minutes left: inside the 5-minute margin
        server.Hold();
        for (var i = 0; i < 20; i++)
        {
            var call = provider.GetTokenAsync(DataRead, CancellationToken.None);
            call.IsCompletedSuccessfully.Should().BeTrue("a still-valid token is served at once while the refresh runs");
            (await call).Should().BeSameAs(old);
        }

        await server.WaitForRequestsAsync(2);
        server.Release();
        var fresh = await WaitForTokenAsync(provider, t => t.Value != old.Value);

        fresh.Value.Should().Be("token-1");
        fresh.ExpiresOn.Should().Be(_time.GetUtcNow().AddSeconds(3600));
        server.Handler.Count.Should().Be(2, "twenty callers inside the margin share one background refresh");
    }

    [Fact]
    public async Task After_expiry_callers_wait_for_a_new_token()
    {
        var server = new TokenServer();
        var provider = CreateProvider(server);
        var old = await provider.GetTokenAsync(DataRead, CancellationToken.None);

        _time.Advance(TimeSpan.FromMinutes(61));
        server.Hold();
        var call = provider.GetTokenAsync(DataRead, CancellationToken.None);
        await server.WaitForRequestsAsync(2);

        call.IsCompleted.Should().BeFalse("an expired token is never served");
        server.Release();
        var fresh = await call;

        fresh.Value.Should().Be("token-1");
        fresh.Should().NotBeSameAs(old);
        server.Handler.Count.Should().Be(2);
    }

    [Fact]
    public async Task A_failed_fetch_is_not_cached()
    {
        var server = new TokenServer(index => index == 0
            ? Responses.Json("""{"error":"invalid_client","error_description":"bad credentials"}""", HttpStatusCode.Unauthorized)
            : null);
        var provider = CreateProvider(server);

        var first = () => provider.GetTokenAsync(DataRead, CancellationToken.None).AsTask();
        await first.Should().ThrowAsync<ApsAuthenticationException>();
        var second = await provider.GetTokenAsync(DataRead, CancellationToken.None);

        second.Value.Should().Be("token-1");
        server.Handler.Count.Should().Be(2, "the failure was not remembered: the next caller fetched again");
    }

    [Fact]
    public async Task Concurrent_callers_of_a_failing_fetch_all_see_the_failure()
    {
        var server = new TokenServer(_ => Responses.Json("""{"error":"invalid_client"}""", HttpStatusCode.Unauthorized));
        server.Hold();
        var provider = CreateProvider(server);

        var calls = await Concurrently.StartAsync(50, () => provider.GetTokenAsync(DataRead, CancellationToken.None).AsTask());
        await server.WaitForRequestsAsync(1);
        server.Release();

        foreach (var call in calls)
        {
            await ((Func<Task>)(() => call)).Should().ThrowAsync<ApsAuthenticationException>();
        }

        server.Handler.Count.Should().Be(1);
    }

    [Fact]
    public async Task A_cancelled_waiter_does_not_cancel_the_shared_fetch()
    {
        var server = new TokenServer();
        server.Hold();
        var provider = CreateProvider(server);
        using var cancel = new CancellationTokenSource();

        var cancelled = provider.GetTokenAsync(DataRead, cancel.Token).AsTask();
        var patient = provider.GetTokenAsync(DataRead, CancellationToken.None).AsTask();
        await server.WaitForRequestsAsync(1);
        await cancel.CancelAsync();

        await ((Func<Task>)(() => cancelled)).Should().ThrowAsync<OperationCanceledException>();
        server.Release();
        (await patient).Value.Should().Be("token-0");
        server.Handler.Count.Should().Be(1);
    }

    [Fact]
    public async Task A_failing_background_refresh_keeps_serving_the_valid_token_and_is_tried_again()
    {
        var server = new TokenServer(index => index == 1
            ? Responses.Json("""{"error":"invalid_client"}""", HttpStatusCode.Unauthorized)
            : null);
        var provider = CreateProvider(server);
        var old = await provider.GetTokenAsync(DataRead, CancellationToken.None);
        _time.Advance(TimeSpan.FromMinutes(56));

        var served = new List<ApsAccessToken>();
        using (var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(30)))
        {
            while (true)
            {
                var token = await provider.GetTokenAsync(DataRead, CancellationToken.None); // never throws while the token is valid
                if (token.Value != old.Value)
                {
                    served.Add(token);
                    break;
                }

                served.Add(token);
                await Task.Delay(5, deadline.Token);
            }
        }

        served[..^1].Should().AllSatisfy(t => t.Should().BeSameAs(old));
        served[^1].Value.Should().StartWith("token-").And.NotBe("token-1", "the second request failed; a later one succeeded");
        server.Handler.Count.Should().BeGreaterThanOrEqualTo(3);
    }

    [Fact]
    public async Task A_typed_call_rejected_with_401_fetches_a_new_token_once_and_resends()
    {
        using var wire = new AuthWire();
        wire.Server.Given(Request.Create().WithPath(AuthWire.TokenPath).UsingPost())
            .InScenario("tokens").WillSetStateTo("second")
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json")
                .WithBody("""{"access_token":"revoked-token","token_type":"Bearer","expires_in":3599}"""));
        wire.Server.Given(Request.Create().WithPath(AuthWire.TokenPath).UsingPost())
            .InScenario("tokens").WhenStateIs("second")
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json")
                .WithBody("""{"access_token":"replacement-token","token_type":"Bearer","expires_in":3599}"""));
        wire.Server.Given(Request.Create().WithPath("/userinfo").UsingGet().WithHeader("Authorization", "Bearer revoked-token"))
            .RespondWith(Response.Create().WithStatusCode(401).WithHeader("Content-Type", "application/json").WithBody("""{"developerMessage":"The token is not valid"}"""));
        wire.Server.Given(Request.Create().WithPath("/userinfo").UsingGet().WithHeader("Authorization", "Bearer replacement-token"))
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody("""{"sub":"APP"}"""));
        var client = wire.Client();

        var user = await client.Authentication.GetUserInfoAsync();

        user.Sub.Should().Be("APP");
        wire.Requests.Select(r => r.Path).Should().Equal(AuthWire.TokenPath, "/userinfo", AuthWire.TokenPath, "/userinfo");
    }

    [Fact]
    public async Task Invalidate_makes_the_next_call_fetch()
    {
        var server = new TokenServer();
        var provider = CreateProvider(server);
        var rejected = await provider.GetTokenAsync(DataRead, CancellationToken.None);

        await provider.InvalidateAsync(rejected, CancellationToken.None);
        var fresh = await provider.GetTokenAsync(DataRead, CancellationToken.None);

        fresh.Value.Should().Be("token-1");
        server.Handler.Count.Should().Be(2);
    }

    [Fact]
    public async Task Invalidating_an_older_token_keeps_the_current_one()
    {
        var server = new TokenServer();
        var provider = CreateProvider(server);
        var old = await provider.GetTokenAsync(DataRead, CancellationToken.None);
        await provider.InvalidateAsync(old, CancellationToken.None);
        var current = await provider.GetTokenAsync(DataRead, CancellationToken.None);

        await provider.InvalidateAsync(old, CancellationToken.None); // a late 401 for the previous token
        var again = await provider.GetTokenAsync(DataRead, CancellationToken.None);

        again.Should().BeSameAs(current);
        server.Handler.Count.Should().Be(2);
    }

    [Fact]
    public async Task Default_provider_of_a_new_client_is_client_credentials_and_typed_calls_carry_its_bearer_token()
    {
        using var wire = new AuthWire();
        wire.Reply("POST", AuthWire.TokenPath, 200, """{"access_token":"default-provider-token","token_type":"Bearer","expires_in":3599}""");
        wire.Reply("GET", "/userinfo", 200, """{"sub":"APP"}""");
        using var client = new ApsClient(TestClients.Options(o =>
        {
            o.BaseAddress = wire.Url;
            o.UserProfileAddress = wire.Url;
        }));

        client.TokenProvider.Should().BeOfType<ClientCredentialsTokenProvider>();
        var user = await client.Authentication.GetUserInfoAsync();
        await client.Authentication.GetUserInfoAsync();

        user.Sub.Should().Be("APP");
        var requests = wire.Requests;
        requests.Select(r => r.Path).Should().Equal(AuthWire.TokenPath, "/userinfo", "/userinfo");
        FormFields.Parse(AuthWire.Body(requests[0])).Should().Equal(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["scope"] = ApsScopes.UserProfileRead,
        });
        AuthWire.Header(requests[1], "Authorization").Should().Be("Bearer default-provider-token");
        AuthWire.Header(requests[2], "Authorization").Should().Be("Bearer default-provider-token");
    }

    private ClientCredentialsTokenProvider CreateProvider(TokenServer server)
    {
        var client = TestClients.Create(server.Handler, time: _time);
        _disposables.Add(client);
        return new ClientCredentialsTokenProvider(client.Authentication, _time);
    }

    private static async Task<ApsAccessToken> WaitForTokenAsync(ClientCredentialsTokenProvider provider, Func<ApsAccessToken, bool> condition)
    {
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (true)
        {
            var token = await provider.GetTokenAsync(DataRead, CancellationToken.None);
            if (condition(token))
            {
                return token;
            }

            await Task.Delay(20, deadline.Token);
        }
    }

    /// <summary>An in-memory token endpoint: answers "token-N" (N = request index), optionally held until released.</summary>
    private sealed class TokenServer
    {
        private readonly Func<int, HttpResponseMessage?> _override;
        private TaskCompletionSource _gate = Completed();

        public TokenServer(Func<int, HttpResponseMessage?>? respond = null)
        {
            _override = respond ?? (_ => null);
            Handler = new RecordingHandler(async (_, index) =>
            {
                await Volatile.Read(ref _gate).Task;
                return _override(index) ?? Responses.Json($$"""{"access_token":"token-{{index}}","token_type":"Bearer","expires_in":3600}""");
            });
        }

        public RecordingHandler Handler { get; }

        public void Hold() => Volatile.Write(ref _gate, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));

        public void Release() => Volatile.Read(ref _gate).TrySetResult();

        public async Task WaitForRequestsAsync(int count)
        {
            using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            while (Handler.Count < count)
            {
                await Task.Delay(5, deadline.Token);
            }
        }

        private static TaskCompletionSource Completed()
        {
            var tcs = new TaskCompletionSource();
            tcs.SetResult();
            return tcs;
        }
    }
}
