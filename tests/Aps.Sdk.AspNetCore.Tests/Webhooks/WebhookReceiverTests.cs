using System.Net;
using System.Text;
using System.Threading.Channels;
using Aps.Sdk.Webhooks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Options;

namespace Aps.Sdk.AspNetCore.Tests.Webhooks;

/// <summary>MapApsWebhooks: signature check, fast answer, typed dispatch off the request path, and every refusal.</summary>
public sealed class WebhookReceiverTests
{
    private const string Secret = "hook-secret-token-123";

    private const string VersionAdded = """
        {
          "version": "1.0",
          "resourceUrn": "urn:adsk.wipprod:fs.file:vf.abc?version=1",
          "hook": { "hookId": "hook-1", "tenant": "urn:adsk.wipprod:fs.folder:co.xyz", "callbackUrl": "https://app.example.com/webhooks/aps",
                    "createdBy": "u1", "event": "dm.version.added", "createdDate": "2024-01-01T00:00:00.000+0000", "system": "data", "status": "active" },
          "payload": { "name": "model.rvt", "ext": "rvt", "lineageUrn": "urn:adsk.wipprod:dm.lineage:abc", "version": "1", "sizeInBytes": 1024,
                       "project": "b.proj", "tenant": "b.hub", "creator": "u1" }
        }
        """;

    private const string Extraction = """
        {
          "version": "1.0", "resourceUrn": "dXJuOmFkc2s",
          "hook": { "hookId": "hook-2", "event": "extraction.finished", "system": "derivative" },
          "payload": { "URN": "dXJuOmFkc2s", "EventType": "EXTRACTION_FINISHED", "WorkflowId": "wf-1", "Status": "success", "Progress": "complete" }
        }
        """;

    [Fact]
    public async Task A_signed_callback_is_answered_200_and_dispatched_to_the_every_event_and_typed_handlers()
    {
        await using var host = await Host.StartAsync();

        using var response = await host.PostAsync(VersionAdded, Sign(VersionAdded, Secret));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var all = await host.Recorder.NextAsync();
        var version = await host.Recorder.NextAsync();
        var both = new[] { all, version };
        both.Should().ContainSingle(n => n.Kind == "all").Which.Callback.Hook!.HookId.Should().Be("hook-1");
        var typed = both.Single(n => n.Kind == "version");
        typed.Payload.Should().BeOfType<WebhookVersionPayload>().Which.Name.Should().Be("model.rvt");
        typed.Callback.EventName.ToString().Should().Be("dm.version.added");
        typed.Callback.RawJson.Should().Be(VersionAdded);
        typed.DeliveryId.Should().MatchRegex("^[0-9a-f]{32}$").And.Be(both.Single(n => n.Kind == "all").DeliveryId);
        host.Recorder.ScopeIds.Distinct().Should().HaveCount(1, "the handlers of one callback share one scope");
    }

    [Fact]
    public async Task Each_family_reaches_only_its_typed_handlers()
    {
        await using var host = await Host.StartAsync();

        using var response = await host.PostAsync(Extraction, Sign(Extraction, Secret));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var first = await host.Recorder.NextAsync();
        var second = await host.Recorder.NextAsync();
        new[] { first.Kind, second.Kind }.Should().BeEquivalentTo("all", "derivative");
        new[] { first, second }.Single(n => n.Kind == "derivative").Payload.Should().BeOfType<WebhookDerivativePayload>().Which.WorkflowId.Should().Be("wf-1");
        host.Recorder.Pending.Should().Be(0);
    }

    [Fact]
    public async Task The_answer_does_not_wait_for_the_handlers()
    {
        await using var host = await Host.StartAsync();
        host.Recorder.Gate = new TaskCompletionSource();

        using var response = await host.PostAsync(VersionAdded, Sign(VersionAdded, Secret));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        host.Recorder.Pending.Should().Be(0, "the handler is still blocked");
        host.Recorder.Gate.SetResult();
        (await host.Recorder.NextAsync()).Kind.Should().NotBeNull();
    }

    [Theory]
    [InlineData(null)]
    [InlineData("sha1hash=zz")]
    [InlineData("sha1hash=0000000000000000000000000000000000000000")]
    public async Task A_bad_signature_is_401_and_logged_without_the_payload(string? header)
    {
        await using var host = await Host.StartAsync();

        using var response = await host.PostAsync(VersionAdded, header);

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        var lines = host.Logs.GetSnapshot();
        lines.Should().Contain(r => r.Level == LogLevel.Warning && r.Message.Contains("bad signature"));
        lines.Select(r => r.Message).Should().NotContain(m => m.Contains("model.rvt") || m.Contains("hook-1") || m.Contains(Secret));
        host.Recorder.Pending.Should().Be(0);
    }

    [Fact]
    public async Task A_body_signed_with_another_secret_is_refused_and_an_additional_secret_is_accepted()
    {
        await using var host = await Host.StartAsync(o => o.AdditionalSecrets.Add("previous-secret"));

        using var wrong = await host.PostAsync(VersionAdded, Sign(VersionAdded, "some-other-secret"));
        using var previous = await host.PostAsync(VersionAdded, Sign(VersionAdded, "previous-secret"));

        wrong.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        previous.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_body_altered_after_signing_is_refused()
    {
        await using var host = await Host.StartAsync();

        using var response = await host.PostAsync(VersionAdded.Replace("model.rvt", "evil.rvt"), Sign(VersionAdded, Secret));

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_signed_body_that_is_not_a_callback_is_400()
    {
        await using var host = await Host.StartAsync();

        using var response = await host.PostAsync("not json", Sign("not json", Secret));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        host.Logs.GetSnapshot().Select(r => r.Message).Should().NotContain(m => m.Contains("not json"));
    }

    [Fact]
    public async Task A_body_over_the_limit_is_413()
    {
        await using var host = await Host.StartAsync(o => o.MaxBodySize = 100);

        using var response = await host.PostAsync(VersionAdded, Sign(VersionAdded, Secret));

        response.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task A_full_queue_answers_503_with_retry_after_so_APS_retries()
    {
        await using var host = await Host.StartAsync(o => o.QueueCapacity = 1);
        host.Recorder.Gate = new TaskCompletionSource();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            using var response = await host.PostAsync(VersionAdded, Sign(VersionAdded, Secret));
            statuses.Add(response.StatusCode);
            if (i == 0)
            {
                await WaitForAsync(() => host.Recorder.Entered == 1); // the first callback is in its (blocked) handler
            }

            if (response.StatusCode == HttpStatusCode.ServiceUnavailable)
            {
                response.Headers.RetryAfter!.Delta.Should().Be(TimeSpan.FromSeconds(30));
            }
        }

        statuses.Should().Contain(HttpStatusCode.ServiceUnavailable);
        statuses.Take(2).Should().AllBeEquivalentTo(HttpStatusCode.OK, "one callback is being handled and one waits in the queue");
        host.Recorder.Gate.SetResult();
    }

    [Fact]
    public async Task A_failing_handler_is_logged_and_does_not_stop_the_others()
    {
        await using var host = await Host.StartAsync(services: s => s.AddApsWebhookHandler<ApsWebhookEvent, ThrowingHandler>());

        using var response = await host.PostAsync(VersionAdded, Sign(VersionAdded, Secret));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var kinds = new[] { (await host.Recorder.NextAsync()).Kind, (await host.Recorder.NextAsync()).Kind };
        kinds.Should().BeEquivalentTo("all", "version");
        await WaitForAsync(() => host.Logs.GetSnapshot().Any(r => r.Level == LogLevel.Error && r.Message.Contains("ThrowingHandler")));
    }

    [Fact]
    public async Task Only_POST_is_mapped()
    {
        await using var host = await Host.StartAsync();

        using var response = await host.Client.GetAsync("/webhooks/aps");

        response.StatusCode.Should().Be(HttpStatusCode.MethodNotAllowed);
    }

    [Fact]
    public async Task Queued_callbacks_are_drained_on_shutdown()
    {
        var host = await Host.StartAsync();
        host.Recorder.Gate = new TaskCompletionSource();
        using (await host.PostAsync(VersionAdded, Sign(VersionAdded, Secret)))
        using (await host.PostAsync(Extraction, Sign(Extraction, Secret)))
        {
        }

        var stopping = host.App.StopAsync();
        host.Recorder.Gate.SetResult();
        await stopping;

        host.Recorder.Pending.Should().Be(4, "both callbacks reached both of their handlers before the host stopped");
        await host.DisposeAsync();
    }

    [Fact]
    public async Task A_missing_secret_fails_on_start()
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseTestServer();
        builder.Services.AddApsWebhooks(_ => { });
        await using var app = builder.Build();

        var act = () => app.StartAsync();

        (await act.Should().ThrowAsync<OptionsValidationException>()).WithMessage("*Secret*");
    }

    [Fact]
    public void Mapping_without_AddApsWebhooks_says_what_to_call()
    {
        var app = WebApplication.CreateBuilder().Build();

        var act = () => app.MapApsWebhooks("/webhooks/aps");

        act.Should().Throw<InvalidOperationException>().WithMessage("*AddApsWebhooks*");
    }

    private static string Sign(string body, string secret) => ApsWebhookSignature.ComputeHeaderValue(Encoding.UTF8.GetBytes(body), secret);

    private static async Task WaitForAsync(Func<bool> condition)
    {
        for (var i = 0; i < 500 && !condition(); i++)
        {
            await Task.Delay(10);
        }

        condition().Should().BeTrue();
    }

    public sealed record Received(string Kind, object Payload, ApsWebhookEvent Callback, string DeliveryId);

    /// <summary>Collects what the handlers saw; an optional gate blocks every handler until opened.</summary>
    public sealed class Recorder
    {
        private readonly Channel<Received> _seen = Channel.CreateUnbounded<Received>();

        public TaskCompletionSource? Gate { get; set; }

        public List<Guid> ScopeIds { get; } = [];

        public int Pending => _seen.Reader.Count;

        private int _entered;

        public int Entered => Volatile.Read(ref _entered);

        public async Task AddAsync(Received received, Guid scope)
        {
            Interlocked.Increment(ref _entered);
            if (Gate is { } gate)
            {
                await gate.Task;
            }

            lock (ScopeIds)
            {
                ScopeIds.Add(scope);
            }

            await _seen.Writer.WriteAsync(received);
        }

        public async Task<Received> NextAsync()
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            return await _seen.Reader.ReadAsync(timeout.Token);
        }
    }

    public sealed class ScopeMarker
    {
        public Guid Id { get; } = Guid.NewGuid();
    }

    public sealed class AllHandler(Recorder recorder, ScopeMarker scope) : IApsWebhookHandler<ApsWebhookEvent>
    {
        public Task HandleAsync(ApsWebhookNotification<ApsWebhookEvent> notification, CancellationToken cancellationToken)
            => recorder.AddAsync(new("all", notification.Payload, notification.Callback, notification.DeliveryId), scope.Id);
    }

    public sealed class VersionHandler(Recorder recorder, ScopeMarker scope) : IApsWebhookHandler<WebhookVersionPayload>
    {
        public Task HandleAsync(ApsWebhookNotification<WebhookVersionPayload> notification, CancellationToken cancellationToken)
            => recorder.AddAsync(new("version", notification.Payload, notification.Callback, notification.DeliveryId), scope.Id);
    }

    public sealed class DerivativeHandler(Recorder recorder, ScopeMarker scope) : IApsWebhookHandler<WebhookDerivativePayload>
    {
        public Task HandleAsync(ApsWebhookNotification<WebhookDerivativePayload> notification, CancellationToken cancellationToken)
            => recorder.AddAsync(new("derivative", notification.Payload, notification.Callback, notification.DeliveryId), scope.Id);
    }

    public sealed class ThrowingHandler : IApsWebhookHandler<ApsWebhookEvent>
    {
        public Task HandleAsync(ApsWebhookNotification<ApsWebhookEvent> notification, CancellationToken cancellationToken)
            => throw new InvalidOperationException("handler bug");
    }

    private sealed class Host : IAsyncDisposable
    {
        private Host(WebApplication app, FakeLogCollector logs)
        {
            App = app;
            Logs = logs;
            Client = app.GetTestClient();
            Recorder = app.Services.GetRequiredService<Recorder>();
        }

        public WebApplication App { get; }

        public FakeLogCollector Logs { get; }

        public HttpClient Client { get; }

        public Recorder Recorder { get; }

        public static async Task<Host> StartAsync(Action<ApsWebhookReceiverOptions>? configure = null, Action<IServiceCollection>? services = null)
        {
            var builder = WebApplication.CreateBuilder();
            builder.WebHost.UseTestServer();
            var logs = new FakeLogCollector();
            builder.Logging.ClearProviders().AddProvider(new FakeLoggerProvider(logs)).SetMinimumLevel(LogLevel.Debug);
            builder.Services.AddSingleton<Recorder>().AddScoped<ScopeMarker>();
            builder.Services.AddApsWebhooks(o =>
            {
                o.Secret = Secret;
                configure?.Invoke(o);
            });
            services?.Invoke(builder.Services);
            builder.Services
                .AddApsWebhookHandler<ApsWebhookEvent, AllHandler>()
                .AddApsWebhookHandler<WebhookVersionPayload, VersionHandler>()
                .AddApsWebhookHandler<WebhookDerivativePayload, DerivativeHandler>();
            var app = builder.Build();
            app.MapApsWebhooks("/webhooks/aps");
            await app.StartAsync();
            return new Host(app, logs);
        }

        public Task<HttpResponseMessage> PostAsync(string body, string? signature)
        {
            var request = new HttpRequestMessage(HttpMethod.Post, "/webhooks/aps") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
            if (signature is not null)
            {
                request.Headers.TryAddWithoutValidation(ApsWebhookSignature.HeaderName, signature);
            }

            return Client.SendAsync(request);
        }

        public async ValueTask DisposeAsync()
        {
            Client.Dispose();
            await App.DisposeAsync();
        }
    }
}
