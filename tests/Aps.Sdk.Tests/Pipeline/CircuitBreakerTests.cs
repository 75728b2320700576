using System.Net;
using Aps.Sdk.Core.Pipeline;
using Aps.Sdk.Tests.Support;
using static Aps.Sdk.Tests.Pipeline.PipelineKit;

namespace Aps.Sdk.Tests.Pipeline;

public class CircuitBreakerTests
{
    private static readonly OperationSpec Manifest = Get("/modelderivative/v2/designdata/{urn}/manifest", area: "ModelDerivative", name: "GetManifest");
    private static readonly OperationSpec Buckets = Get("/oss/v2/buckets", area: "Oss", name: "GetBuckets");

    private static void SensitiveBreaker(ApsOptions o)
    {
        o.Resilience.MaxRetryAttempts = 0;
        o.Resilience.CircuitBreaker.MinimumThroughput = 2;
        o.Resilience.CircuitBreaker.FailureRatio = 0.5;
        o.Resilience.CircuitBreaker.SamplingDuration = TimeSpan.FromSeconds(30);
        o.Resilience.CircuitBreaker.BreakDuration = TimeSpan.FromMinutes(5);
    }

    private static bool IsModelDerivative(HttpRequestMessage request) => request.RequestUri!.AbsolutePath.StartsWith("/modelderivative/", StringComparison.Ordinal);

    [Fact]
    public async Task Failures_of_one_area_open_its_breaker_only()
    {
        var handler = new RecordingHandler((request, _) => IsModelDerivative(request) ? Responses.Status(HttpStatusCode.InternalServerError) : Item());
        using var client = TestClients.WithStaticToken(handler, SensitiveBreaker);

        for (var i = 0; i < 2; i++)
        {
            var failing = () => GetItemAsync(client, Manifest, path: ["dXJu"]);
            (await failing.Should().ThrowAsync<ApsException>()).Which.StatusCode.Should().Be(500);
        }

        handler.Count.Should().Be(2);

        var rejected = () => GetItemAsync(client, Manifest, path: ["dXJu"]);
        var error = (await rejected.Should().ThrowAsync<ApsException>()).Which;
        error.StatusCode.Should().Be(0, "the call was not sent");
        error.Message.Should().Contain("circuit");
        error.RequestUri.Should().Be(Base + "/modelderivative/v2/designdata/dXJu/manifest");
        handler.Count.Should().Be(2, "an open breaker fails fast without a request");

        var item = await GetItemAsync(client, Buckets);
        item.Name.Should().Be("ok", "OSS on the same host has its own breaker");
        handler.Count.Should().Be(3);
        handler.Requests.Last().Uri.AbsolutePath.Should().Be("/oss/v2/buckets");
    }

    [Fact]
    public async Task Transport_failures_count_against_the_area()
    {
        var handler = new RecordingHandler((request, _) => IsModelDerivative(request) ? throw new HttpRequestException(HttpRequestError.ConnectionError, "Connection reset") : Item());
        using var client = TestClients.WithStaticToken(handler, SensitiveBreaker);

        for (var i = 0; i < 2; i++)
        {
            var failing = () => GetItemAsync(client, Manifest, path: ["dXJu"]);
            await failing.Should().ThrowAsync<ApsException>();
        }

        var rejected = () => GetItemAsync(client, Manifest, path: ["dXJu"]);
        (await rejected.Should().ThrowAsync<ApsException>()).Which.Message.Should().Contain("circuit");
        handler.Count.Should().Be(2);
        (await GetItemAsync(client, Buckets)).Name.Should().Be("ok");
    }

    [Fact]
    public async Task Rate_limited_answers_do_not_open_the_breaker()
    {
        var handler = new RecordingHandler((_, i) => i < 6 ? Responses.Status((HttpStatusCode)429) : Item());
        using var client = TestClients.WithStaticToken(handler, SensitiveBreaker);

        for (var i = 0; i < 6; i++)
        {
            var limited = () => GetItemAsync(client, Manifest, path: ["dXJu"]);
            await limited.Should().ThrowAsync<ApsRateLimitException>();
        }

        var item = await GetItemAsync(client, Manifest, path: ["dXJu"]);

        item.Name.Should().Be("ok");
        handler.Count.Should().Be(7, "every call reached the server");
    }

    [Fact]
    public async Task Client_errors_do_not_open_the_breaker()
    {
        var handler = new RecordingHandler((_, i) => i < 6 ? Responses.Status(HttpStatusCode.NotFound) : Item());
        using var client = TestClients.WithStaticToken(handler, SensitiveBreaker);

        for (var i = 0; i < 6; i++)
        {
            var missing = () => GetItemAsync(client, Manifest, path: ["dXJu"]);
            (await missing.Should().ThrowAsync<ApsException>()).Which.StatusCode.Should().Be(404);
        }

        (await GetItemAsync(client, Manifest, path: ["dXJu"])).Name.Should().Be("ok");
        handler.Count.Should().Be(7);
    }

    [Fact]
    public async Task Breakers_are_not_shared_between_clients()
    {
        var failing = new RecordingHandler((_, _) => Responses.Status(HttpStatusCode.InternalServerError));
        using (var first = TestClients.WithStaticToken(failing, SensitiveBreaker))
        {
            for (var i = 0; i < 3; i++)
            {
                var act = () => GetItemAsync(first, Manifest, path: ["dXJu"]);
                await act.Should().ThrowAsync<ApsException>();
            }
        }

        var healthy = new RecordingHandler((_, _) => Item());
        using var second = TestClients.WithStaticToken(healthy, SensitiveBreaker);

        (await GetItemAsync(second, Manifest, path: ["dXJu"])).Name.Should().Be("ok");
    }
}
