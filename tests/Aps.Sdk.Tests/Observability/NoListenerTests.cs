using System.Diagnostics;
using Aps.Sdk.Core.Diagnostics;
using Aps.Sdk.Tests.Support;

namespace Aps.Sdk.Tests.Observability;

/// <summary>
/// <see cref="ActivitySource"/> listeners are process-wide and other test classes attach theirs while they run, so
/// these tests run alone, after the parallel ones (which dispose their listeners).
/// </summary>
[CollectionDefinition(nameof(NoListenerCollection), DisableParallelization = true)]
public sealed class NoListenerCollection
{
}

/// <summary>
/// With nobody listening to the <c>Aps.Sdk</c> source, a call creates no span at all (the handlers hand the inner task
/// back instead of starting an activity and setting its tags); as soon as a listener is attached, the same call is
/// traced. Without a listener, the transport sees no ambient activity of the SDK's.
/// </summary>
[Collection(nameof(NoListenerCollection))]
public sealed class NoListenerTests
{
    private const string BucketJson = """{"bucketKey":"bk1","bucketOwner":"o","createdDate":1,"permissions":[],"policyKey":"transient"}""";

    [Fact]
    public async Task Without_a_listener_no_activity_is_started_and_with_one_the_call_is_traced()
    {
        ApsTelemetry.Source.HasListeners().Should().BeFalse("no other test's listener is alive while this collection runs");
        var seen = new List<Activity?>();
        var handler = new RecordingHandler((_, _) =>
        {
            lock (seen)
            {
                seen.Add(Activity.Current);
            }

            return Responses.Json(BucketJson);
        });
        using var client = TestClients.WithStaticToken(handler);

        await client.Oss.GetBucketDetailsAsync("bk1");

        seen.Should().ContainSingle().Which.Should().BeNull("no span is started when nobody listens to Aps.Sdk");

        var started = new List<Activity>();
        using (var listener = new ActivityListener
        {
            ShouldListenTo = s => s.Name == ApsTelemetry.Name,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStarted = a =>
            {
                lock (started)
                {
                    started.Add(a);
                }
            },
        })
        {
            ActivitySource.AddActivityListener(listener);
            await client.Oss.GetBucketDetailsAsync("bk1");
        }

        var transport = seen[1];
        transport.Should().NotBeNull("with a listener, the attempt runs inside its client span");
        transport!.Kind.Should().Be(ActivityKind.Client);
        transport.Parent!.DisplayName.Should().Be("GetBucketDetails");
        started.Select(a => a.Kind).Should().Equal(ActivityKind.Internal, ActivityKind.Client);
    }
}
