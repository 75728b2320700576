using Aps.Sdk.Tests.Support;
using static Aps.Sdk.Tests.Pipeline.PipelineKit;

namespace Aps.Sdk.Tests.Pipeline;

public class CancellationTests
{
    [Fact]
    public async Task Token_cancelled_before_sending_throws_operation_canceled_and_sends_nothing()
    {
        var handler = new RecordingHandler((_, _) => Item());
        using var client = TestClients.WithStaticToken(handler);
        using var cts = new CancellationTokenSource();
        await cts.CancelAsync();

        var act = () => SendItemAsync(client, client.Pipeline.CreateRequest(GetObject(), null, ["b", "k"]), null, cts.Token);

        var thrown = (await act.Should().ThrowAsync<OperationCanceledException>()).Which;
        thrown.Should().NotBeAssignableTo<ApsException>();
        handler.Count.Should().Be(0);
    }

    [Fact]
    public async Task Token_cancelled_while_sending_throws_operation_canceled()
    {
        var handler = new HangingHandler();
        using var client = TestClients.WithStaticToken(handler);
        using var cts = new CancellationTokenSource();

        var call = SendItemAsync(client, client.Pipeline.CreateRequest(GetObject(), null, ["b", "k"]), null, cts.Token);
        await handler.Arrived.Task.WaitAsync(TimeSpan.FromSeconds(30));
        await cts.CancelAsync();

        var act = () => call;
        (await act.Should().ThrowAsync<OperationCanceledException>()).Which.Should().NotBeAssignableTo<ApsException>();
        handler.SawCancellation.Should().BeTrue();
        handler.Count.Should().Be(1, "a cancelled attempt is not retried");
    }

    [Fact]
    public async Task Raw_send_cancelled_while_sending_throws_operation_canceled()
    {
        var handler = new HangingHandler();
        using var client = TestClients.WithStaticToken(handler);
        using var cts = new CancellationTokenSource();

        var call = client.SendAsync(new HttpRequestMessage(HttpMethod.Get, "/oss/v2/buckets"), cts.Token);
        await handler.Arrived.Task.WaitAsync(TimeSpan.FromSeconds(30));
        await cts.CancelAsync();

        var act = () => call;
        await act.Should().ThrowAsync<OperationCanceledException>();
    }

    [Fact]
    public async Task Per_call_timeout_is_an_aps_exception_with_a_timeout_inside()
    {
        var handler = new HangingHandler();
        using var client = TestClients.WithStaticToken(handler);
        var options = new ApsRequestOptions { Timeout = TimeSpan.FromMilliseconds(50) };

        var act = () => GetItemAsync(client, GetObject(), options, path: ["b", "k"]);

        var error = (await act.Should().ThrowAsync<ApsException>()).Which;
        error.InnerException.Should().BeOfType<TimeoutException>();
        error.StatusCode.Should().Be(0);
        error.Message.Should().Contain("timed out");
        error.RequestUri.Should().Be(Base + "/oss/v2/buckets/b/objects/k");
        handler.SawCancellation.Should().BeTrue();
    }

    [Fact]
    public async Task Attempt_timeout_is_an_aps_exception_with_a_timeout_inside()
    {
        var handler = new HangingHandler();
        using var client = TestClients.WithStaticToken(handler, o =>
        {
            o.Resilience.MaxRetryAttempts = 0;
            o.Resilience.AttemptTimeout = TimeSpan.FromMilliseconds(50);
        });

        var act = () => GetItemAsync(client, GetObject(), path: ["b", "k"]);

        var error = (await act.Should().ThrowAsync<ApsException>()).Which;
        error.InnerException.Should().BeOfType<TimeoutException>();
        error.StatusCode.Should().Be(0);
    }

    [Fact]
    public async Task Non_positive_timeout_is_refused()
    {
        var handler = new RecordingHandler((_, _) => Item());
        using var client = TestClients.WithStaticToken(handler);
        var options = new ApsRequestOptions { Timeout = TimeSpan.Zero };

        var act = () => GetItemAsync(client, GetObject(), options, path: ["b", "k"]);

        await act.Should().ThrowAsync<ArgumentOutOfRangeException>();
        handler.Count.Should().Be(0);
    }
}
