using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text;
using Aps.Sdk.Authentication;
using Aps.Sdk.Core.Pipeline;
using Aps.Sdk.Tests.Support;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using static Aps.Sdk.Tests.Pipeline.PipelineKit;

namespace Aps.Sdk.Tests.Pipeline;

/// <summary>
/// Runs calls whose addresses, tokens, credentials and error bodies carry secrets, and checks every text the SDK
/// produces about them: log lines, exception messages, <c>ToString()</c>, the exception's parsed parts and spans.
/// </summary>
public sealed class RedactionTests : IDisposable
{
    private const string SignedHash = "SECRETHASH123";
    private const string Signature = "secretsig";
    private const string QueryToken = "token=abc";
    private const string StaticToken = "bearer-SECRET-token-0042";
    private const string JwtSignature = "SECRETjwtSignaturePart";
    private const string Jwt = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJzZWNyZXQtdXNlciJ9." + JwtSignature;

    private static readonly string BasicCredentials = Convert.ToBase64String(Encoding.UTF8.GetBytes(TestClients.ClientId + ":" + TestClients.ClientSecret));

    private readonly FakeLogCollector _logs = new();
    private readonly ILoggerFactory _loggerFactory;
    private readonly ActivityListener _listener;
    private readonly ConcurrentQueue<string> _spanTags = new();

    public RedactionTests()
    {
        _loggerFactory = LoggerFactory.Create(builder => builder.SetMinimumLevel(LogLevel.Trace).AddProvider(new FakeLoggerProvider(_logs)));
        _listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == "Aps.Sdk",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity =>
            {
                foreach (var tag in activity.TagObjects)
                {
                    _spanTags.Enqueue($"{tag.Key}={tag.Value}");
                }
            },
        };
        ActivitySource.AddActivityListener(_listener);
    }

    private static string[] Secrets =>
    [
        SignedHash, Signature, QueryToken, StaticToken, Jwt, JwtSignature, TestClients.ClientSecret, BasicCredentials,
    ];

    public void Dispose()
    {
        _listener.Dispose();
        _loggerFactory.Dispose();
    }

    private static HttpResponseMessage Respond(HttpRequestMessage request)
    {
        var path = request.RequestUri!.AbsolutePath;
        if (path == "/authentication/v2/token")
        {
            return Responses.Token(Jwt);
        }

        if (path.StartsWith("/oss/v2/unreachable/", StringComparison.Ordinal))
        {
            throw new HttpRequestException(HttpRequestError.ConnectionError, "Connection reset by peer");
        }

        if (path.Contains("/signedresources/", StringComparison.Ordinal))
        {
            var response = Responses.Json(
                $$"""{"reason":"Signed URL https://developer.api.autodesk.com/oss/v2/signedresources/{{SignedHash}}?region=US has expired"}""",
                HttpStatusCode.Forbidden);
            response.Headers.TryAddWithoutValidation("x-echo-url", $"https://developer.api.autodesk.com/oss/v2/signedresources/{SignedHash}?X-Amz-Signature={Signature}");
            response.Headers.TryAddWithoutValidation("x-ads-troubleshooting", "trace-1");
            return response;
        }

        if (path.EndsWith("/objects/k", StringComparison.Ordinal))
        {
            return Responses.Text($"Request https://developer.api.autodesk.com{request.RequestUri.PathAndQuery} failed", HttpStatusCode.ServiceUnavailable);
        }

        if (path == "/data/v1/echo-jwt")
        {
            return Responses.Json(
                $$"""{"error":"invalid_token","error_description":"Bearer {{Jwt}} is invalid","access_token":"{{Jwt}}","hint":"your token {{Jwt}}"}""",
                HttpStatusCode.BadRequest);
        }

        if (path == "/data/v1/echo-errors")
        {
            return Responses.Json(
                $$$"""{"jsonapi":{"version":"1.0"},"errors":[{"id":"1","status":"400","code":"BAD_TOKEN","title":"token {{{Jwt}}}","detail":"Authorization: Bearer {{{StaticToken}}} with {{{Jwt}}}"}],"meta":{"warnings":[{"ErrorCode":"W","Title":"t","Detail":"token {{{Jwt}}}"}]}}""",
                HttpStatusCode.BadRequest);
        }

        if (path == "/data/v1/echo-static")
        {
            return Responses.Json(
                $$"""{"detail":"Authorization: Bearer {{StaticToken}} rejected","access_token":"{{StaticToken}}"}""",
                HttpStatusCode.Unauthorized);
        }

        return Item();
    }

    private async Task<List<ApsException>> RunScenariosAsync()
    {
        var errors = new List<ApsException>();
        var handler = new RecordingHandler((request, _) => Respond(request));
        using var client = TestClients.Create(handler, o => o.Resilience.MaxRetryAttempts = 1, logs: _loggerFactory);

        async Task Capture(Func<Task> call)
        {
            try
            {
                await call();
            }
            catch (ApsException ex)
            {
                errors.Add(ex);
            }
        }

        var signed = new OperationSpec("Oss", "GetSignedResource", HttpMethod.Get, "/oss/v2/signedresources/{hash}")
        {
            RegionStyle = RegionStyle.RegionQuery,
        };
        await Capture(() => GetItemAsync(client, signed, new ApsRequestOptions { Region = ApsRegion.US }, null, SignedHash));

        var objectQuery = new QueryBuilder().Add("X-Amz-Signature", Signature).Add("token", "abc");
        await Capture(() => GetItemAsync(client, GetObject(), null, objectQuery, "b", "k"));

        using (var raw = await client.SendAsync(new HttpRequestMessage(HttpMethod.Get, $"/oss/v2/buckets/b/objects/k?X-Amz-Signature={Signature}&token=abc")))
        {
            raw.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        }

        var unreachable = Get("/oss/v2/unreachable/signedresources/{hash}");
        await Capture(() => GetItemAsync(client, unreachable, null, new QueryBuilder().Add("X-Amz-Signature", Signature), SignedHash));
        await Capture(() => GetItemAsync(client, Get("/data/v1/echo-jwt")));
        await Capture(() => GetItemAsync(client, Get("/data/v1/echo-errors")));
        await Capture(() => GetItemAsync(client, Get("/data/v1/echo-static"), new ApsRequestOptions { TokenProvider = new FixedTokenProvider(StaticToken) }));

        handler.Requests.Should().Contain(r => r.Header("Authorization") == "Basic " + BasicCredentials, "the token endpoint saw the client secret");
        handler.Requests.Should().Contain(r => r.Header("Authorization") == "Bearer " + Jwt);
        handler.Requests.Should().Contain(r => r.Header("Authorization") == "Bearer " + StaticToken);
        handler.Requests.Should().Contain(r => r.Uri.AbsoluteUri.Contains(SignedHash));
        handler.Requests.Should().Contain(r => r.Uri.Query.Contains(Signature));

        var rejectedSecret = new RecordingHandler((_, _) => Responses.Json(
            $$"""{"error":"invalid_client","error_description":"client_secret={{TestClients.ClientSecret}} is not valid","client_secret":"{{TestClients.ClientSecret}}"}""",
            HttpStatusCode.Unauthorized));
        using var badClient = TestClients.Create(rejectedSecret, logs: _loggerFactory);
        await Capture(() => GetItemAsync(badClient, GetObject(), path: ["b", "k"]));
        rejectedSecret.Count.Should().BeGreaterThan(0);

        errors.Should().HaveCount(7);
        return errors;
    }

    private static IEnumerable<(string What, string? Text)> TextsOf(ApsException error)
    {
        yield return ("Message", error.Message);
        yield return ("ToString", error.ToString());
        yield return ("RawBody", error.RawBody);
        yield return ("Detail", error.Detail);
        yield return ("ErrorCode", error.ErrorCode);
        yield return ("RequestUri", error.RequestUri);
        foreach (var (name, value) in error.Headers)
        {
            yield return ("Header " + name, value);
        }

        foreach (var item in error.Errors)
        {
            yield return ("Errors[]", $"{item.Id} {item.Status} {item.Code} {item.Title} {item.Detail} {item}");
        }

        foreach (var warning in error.Warnings)
        {
            yield return ("Warnings[]", $"{warning.Id} {warning.ErrorCode} {warning.Title} {warning.Detail} {warning.AboutLink} {warning}");
        }
    }

    [Fact]
    public async Task No_secret_reaches_logs_exceptions_or_spans()
    {
        var errors = await RunScenariosAsync();

        var records = _logs.GetSnapshot();
        records.Should().NotBeEmpty();
        var texts = new List<(string What, string? Text)>();
        texts.AddRange(records.Select(r => ("log", (string?)(r.Message + " " + r.Exception))));
        texts.AddRange(records.SelectMany(r => (r.StructuredState ?? []).Select(kv => ("log state " + kv.Key, kv.Value))));
        texts.AddRange(errors.SelectMany(TextsOf));
        texts.AddRange(_spanTags.Select(t => ("span", (string?)t)));

        foreach (var secret in Secrets)
        {
            texts.Where(t => t.Text is not null && t.Text.Contains(secret, StringComparison.OrdinalIgnoreCase))
                .Select(t => $"{t.What}: {t.Text}")
                .Should().BeEmpty($"'{secret}' must never be printed");
        }
    }

    [Fact]
    public async Task Logs_still_describe_each_call()
    {
        await RunScenariosAsync();

        var messages = _logs.GetSnapshot().Select(r => r.Message).ToList();
        messages.Should().Contain(m => m.Contains("GET https://developer.api.autodesk.com/oss/v2/signedresources/*** answered 403", StringComparison.Ordinal));
        messages.Should().Contain(m => m.Contains("GET https://developer.api.autodesk.com/oss/v2/buckets/b/objects/k answered 503", StringComparison.Ordinal));
        messages.Should().Contain(m => m.Contains("POST https://developer.api.autodesk.com/authentication/v2/token", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Exceptions_keep_what_is_useful_once_masked()
    {
        var errors = await RunScenariosAsync();

        var signed = errors[0];
        signed.StatusCode.Should().Be(403);
        signed.RequestUri.Should().Be(Base + "/oss/v2/signedresources/***");
        signed.RequestId.Should().Be("trace-1");
        signed.Detail.Should().Contain("has expired");

        var objectCall = errors[1];
        objectCall.StatusCode.Should().Be(503);
        objectCall.RequestUri.Should().Be(Base + "/oss/v2/buckets/b/objects/k");
        objectCall.Detail.Should().StartWith("Request https://developer.api.autodesk.com/oss/v2/buckets/b/objects/k?");

        var unreachable = errors[2];
        unreachable.StatusCode.Should().Be(0);
        unreachable.InnerException.Should().BeOfType<HttpRequestException>();
        unreachable.RequestUri.Should().Be(Base + "/oss/v2/unreachable/signedresources/***");

        var jwtEcho = errors[3];
        jwtEcho.ErrorCode.Should().Be("invalid_token");
        jwtEcho.Detail.Should().Contain("***").And.Contain("is invalid");

        errors[4].Errors.Should().ContainSingle().Which.Code.Should().Be("BAD_TOKEN");
        errors[4].Warnings.Should().ContainSingle().Which.ErrorCode.Should().Be("W");
        errors[5].Should().BeOfType<ApsAuthenticationException>().Which.StatusCode.Should().Be(401);
        errors[6].Should().BeOfType<ApsAuthenticationException>().Which.ErrorCode.Should().Be("invalid_client");
    }

    /// <summary>Serves one token and keeps serving it after a 401, so the second 401's body surfaces.</summary>
    private sealed class FixedTokenProvider(string value) : IApsTokenProvider
    {
        private readonly ApsAccessToken _token = new(value, DateTimeOffset.UtcNow.AddHours(1));

        public ValueTask<ApsAccessToken> GetTokenAsync(ApsScopes scopes, CancellationToken cancellationToken) => new(_token);

        public ValueTask InvalidateAsync(ApsAccessToken token, CancellationToken cancellationToken) => ValueTask.CompletedTask;
    }
}
