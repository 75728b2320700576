using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text;
using Aps.Sdk.Authentication;
using Aps.Sdk.Oss;
using Aps.Sdk.Testing;
using Aps.Sdk.Tests.Support;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace Aps.Sdk.Tests.Reliability;

/// <summary>
/// Representative flows (2-legged and 3-legged sign-in and refresh, OSS calls, signed S3 transfers, signed resources,
/// errors that echo credentials) with every log line captured at Trace level and every <c>Aps.Sdk</c> span recorded:
/// no client secret, access or refresh token, private key or signed-URL query appears in a log line, a span tag, an
/// exception message or <c>ToString()</c>, or an exception's <c>ToString()</c>.
/// </summary>
public sealed class SecretScanTests : IDisposable
{
    private const string PrivateKey = "-----BEGIN PRIVATE KEY-----MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7-----END PRIVATE KEY-----";
    private readonly FakeLogCollector _logs = new();
    private readonly ILoggerFactory _loggerFactory;
    private readonly ActivityListener _listener;
    private readonly ConcurrentQueue<Activity> _spans = new();
    private readonly List<string> _texts = [];
    private readonly HashSet<string> _secrets = new(StringComparer.Ordinal);

    public SecretScanTests()
    {
        _loggerFactory = LoggerFactory.Create(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(new FakeLoggerProvider(_logs)));
        _listener = new ActivityListener
        {
            ShouldListenTo = s => s.Name == "Aps.Sdk",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = _spans.Enqueue,
        };
        ActivitySource.AddActivityListener(_listener);
    }

    [Fact]
    public async Task Emulator_flows_leak_no_secret()
    {
        await using var emulator = await ApsEmulator.StartAsync();
        var options = emulator.CreateOptions();
        Secret(options.ClientSecret!);
        using var client = new ApsClient(options, null, null, _loggerFactory);
        Text(options.ToString());

        // 2-legged: the token provider fetches with the secret.
        var token = await client.TokenProvider!.GetTokenAsync(ApsScopes.Create(ApsScopes.BucketCreate, ApsScopes.DataWrite, ApsScopes.DataRead, ApsScopes.DataCreate, ApsScopes.BucketRead), CancellationToken.None);
        Secret(token.Value);
        Text(token.ToString());

        // OSS: bucket, signed S3 upload URLs (their queries are signatures), transfers, signed resources.
        await client.Oss.CreateBucketAsync(new OssCreateBucketRequest { BucketKey = "secret-scan-bucket", PolicyKey = OssPolicyKey.Transient });
        var upload = await client.Oss.GetSignedS3UploadUrlsAsync("secret-scan-bucket", "o.bin");
        foreach (var url in upload.Urls)
        {
            SignedQuery(url);
        }

        Text(upload.ToString());
        var data = Encoding.UTF8.GetBytes(new string('x', 100_000));
        await client.Oss.Transfers.UploadAsync("secret-scan-bucket", "t.bin", new MemoryStream(data));
        using (var target = new MemoryStream())
        {
            await client.Oss.Transfers.DownloadAsync("secret-scan-bucket", "t.bin", target);
        }

        var download = await client.Oss.GetSignedS3DownloadUrlAsync("secret-scan-bucket", "t.bin");
        if (download.Value?.Url is { } downloadUrl)
        {
            SignedQuery(downloadUrl);
        }

        Text(download.ToString());
        Text(download.Value?.ToString());
        var signed = await client.Oss.CreateSignedResourceAsync("secret-scan-bucket", "t.bin");
        SignedPath(signed.SignedUrl!);
        Text(signed.ToString());
        await using (var stream = await client.Oss.DownloadSignedResourceAsync(HashOf(signed.SignedUrl!)))
        {
            Text(stream.ToString());
        }

        // 3-legged: sign in, force a refresh, then use a spent refresh token (an error that could echo it).
        var redirect = new Uri("https://app.example.com/callback");
        var code = emulator.Authentication.IssueAuthorizationCode(redirect, ApsScopes.Create(ApsScopes.DataRead));
        Secret(code);
        var store = new InMemoryApsTokenStore();
        using var user = new AuthorizationCodeTokenProvider(client.Authentication, store, "user-1", refreshMargin: TimeSpan.FromSeconds(3600));
        var pair = await user.SignInAsync(code, redirect);
        Secret(pair.AccessToken);
        Secret(pair.RefreshToken);
        Text(pair.ToString());
        var refreshed = await user.GetTokenAsync(ApsScopes.Create(ApsScopes.DataRead), CancellationToken.None);
        Secret(refreshed.Value);
        var stored = await store.GetAsync("user-1", CancellationToken.None);
        Secret(stored!.RefreshToken);
        Text(stored.ToString());
        await Capture(() => client.Authentication.RefreshTokenAsync(pair.RefreshToken));
        await Capture(() => client.Authentication.GetThreeLeggedTokenAsync(code, redirect));
        await Capture(() => client.Authentication.IntrospectTokenAsync(token.Value));
        await Capture(() => client.Authentication.RevokeTokenAsync(pair.RefreshToken, ApsTokenTypeHint.RefreshToken));

        // Errors: a missing bucket, a bad signed-resource hash.
        await Capture(() => client.Oss.GetBucketDetailsAsync("no-such-bucket-here"));
        await Capture(() => client.Oss.DownloadSignedResourceAsync("not-a-real-hash-value"));

        AssertNoSecretAnywhere();
    }

    [Fact]
    public async Task Error_bodies_that_echo_credentials_are_redacted_in_exceptions()
    {
        var jwt = "eyJhbGciOiJSUzI1NiIsImtpZCI6ImsxIn0.eyJzY29wZSI6WyJkYXRhOnJlYWQiXX0.c2lnbmF0dXJlLXZhbHVlLWhlcmU";
        Secret(jwt);
        Secret(TestClients.ClientSecret);
        Secret(PrivateKey);
        Secret("X-Amz-Signature=0123456789abcdef0123456789abcdef");
        var echo = $$"""{"developerMessage":"bad request: client_secret={{TestClients.ClientSecret}} assertion={{jwt}} key={{PrivateKey}} url=https://s3.amazonaws.com/b/o?X-Amz-Signature=0123456789abcdef0123456789abcdef","errorCode":"AUTH-001"}""";
        var handler = new RecordingHandler((r, _) => r.RequestUri!.AbsolutePath.EndsWith("/token", StringComparison.Ordinal)
            ? Responses.Json(echo, HttpStatusCode.BadRequest)
            : Responses.Json(echo, HttpStatusCode.Forbidden));
        using var client = TestClients.Create(handler, o => o.Resilience.MaxRetryAttempts = 0, logs: _loggerFactory);

        await Capture(() => client.Authentication.ExchangeJwtAssertionAsync(jwt, ApsScopes.Create(ApsScopes.DataRead)));
        await Capture(() => client.Authentication.GetTwoLeggedTokenAsync(ApsScopes.Create(ApsScopes.DataRead)));
        await Capture(() => client.Oss.GetBucketDetailsAsync("some-bucket"));
        using var raw = new HttpRequestMessage(HttpMethod.Get, "https://developer.api.autodesk.com/oss/v2/buckets?X-Amz-Signature=0123456789abcdef0123456789abcdef");
        await Capture(async () => (await client.SendAsync(raw)).Dispose());

        AssertNoSecretAnywhere();
    }

    [Theory]
    [InlineData("key: -----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\n-----END PRIVATE KEY----- done", "key: *** done")]
    [InlineData("{\"pk\":\"-----BEGIN RSA PRIVATE KEY-----\\nMIIEow\\n-----END RSA PRIVATE KEY-----\"}", "{\"pk\":\"***\"}")]
    [InlineData("cut off: -----BEGIN PRIVATE KEY-----MIIEvQIBADANBgkq", "cut off: ***")]
    public void Redaction_masks_pem_blocks(string text, string expected)
        => Aps.Sdk.Core.Errors.ApsRedaction.RedactText(text).Should().Be(expected);

    public void Dispose()
    {
        _listener.Dispose();
        _loggerFactory.Dispose();
    }

    private static string HashOf(string signedUrl)
    {
        var path = new Uri(signedUrl).AbsolutePath.TrimEnd('/');
        return path[(path.LastIndexOf('/') + 1)..];
    }

    private void Secret(string? value)
    {
        if (!string.IsNullOrEmpty(value) && value.Length >= 8)
        {
            _secrets.Add(value);
        }
    }

    private void SignedQuery(string url)
    {
        var query = new Uri(url).Query.TrimStart('?');
        foreach (var pair in query.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            // Expiry times and sizes are not secrets; signatures, keys and tokens are.
            if (pair.Split('=', 2) is [_, var value] && !value.All(char.IsAsciiDigit))
            {
                Secret(Uri.UnescapeDataString(value));
            }
        }

        Secret(query);
    }

    private void SignedPath(string url) => Secret(HashOf(url));

    private void Text(string? text)
    {
        if (text is not null)
        {
            _texts.Add(text);
        }
    }

    private async Task Capture(Func<Task> call)
    {
        try
        {
            await call();
        }
        catch (Exception ex)
        {
            Text(ex.Message);
            Text(ex.ToString());
            if (ex is ApsException aps)
            {
                Text(aps.RawBody);
                Text(aps.Detail);
                Text(aps.RequestUri);
                Text(string.Join(";", aps.Headers.Select(h => h.Key + "=" + h.Value)));
            }
        }
    }

    private void AssertNoSecretAnywhere()
    {
        var places = new List<(string Where, string Text)>();
        places.AddRange(_logs.GetSnapshot().Select(r => ("log", r.Message + " " + r.Exception)));
        places.AddRange(_spans.SelectMany(s => s.TagObjects.Select(t => ("span " + s.DisplayName + " " + t.Key, t.Value?.ToString() ?? string.Empty))));
        places.AddRange(_spans.Select(s => ("span name", s.DisplayName + " " + s.StatusDescription)));
        places.AddRange(_texts.Select(t => ("message/ToString", t)));

        _secrets.Should().NotBeEmpty();
        places.Should().NotBeEmpty();
        var leaks = (from p in places
                     from s in _secrets
                     where p.Text.Contains(s, StringComparison.Ordinal)
                     select $"{p.Where}: contains '{s[..Math.Min(12, s.Length)]}...' in: {p.Text[..Math.Min(300, p.Text.Length)]}").Distinct().ToList();
        leaks.Should().BeEmpty();
    }
}
