using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Aps.Sdk.Tests.Observability;

/// <summary>One measurement as a <see cref="MeterListener"/> saw it.</summary>
public sealed record Measurement(string Instrument, double Value, IReadOnlyDictionary<string, object?> Tags)
{
    public object? Tag(string name) => Tags.TryGetValue(name, out var v) ? v : null;
}

/// <summary>
/// Listens to the <c>Aps.Sdk</c> source and meter for one test. Other tests run in parallel, so spans are kept only
/// when they belong to this capture's root trace (<see cref="StartRoot"/>) and measurements only when their
/// <c>server.address</c> (or, for instruments without it, a filter) says they are ours.
/// </summary>
public sealed class TelemetryCapture : IDisposable
{
    private static readonly ActivitySource TestSource = new("Aps.Sdk.Tests.Observability");
    private readonly ActivityListener _activities;
    private readonly MeterListener _meters;
    private readonly Func<Measurement, bool> _keep;
    private ActivityTraceId _trace;

    public TelemetryCapture(Func<Measurement, bool> keep)
    {
        _keep = keep;
        _activities = new ActivityListener
        {
            ShouldListenTo = s => s.Name is "Aps.Sdk" or "Aps.Sdk.Tests.Observability",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = a =>
            {
                if (a.Source.Name == "Aps.Sdk" && a.TraceId == _trace)
                {
                    Spans.Enqueue(a);
                }
            },
        };
        ActivitySource.AddActivityListener(_activities);
        _meters = new MeterListener
        {
            InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Meter.Name == "Aps.Sdk")
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            },
        };
        _meters.SetMeasurementEventCallback<double>((i, v, tags, _) => Record(i, v, tags));
        _meters.SetMeasurementEventCallback<long>((i, v, tags, _) => Record(i, v, tags));
        _meters.Start();
    }

    public ConcurrentQueue<Activity> Spans { get; } = new();

    public ConcurrentQueue<Measurement> Measurements { get; } = new();

    /// <summary>Starts the test's root span: every SDK span under it is captured.</summary>
    public Activity StartRoot()
    {
        var root = TestSource.StartActivity("test-root")!;
        _trace = root.TraceId;
        return root;
    }

    public IReadOnlyList<Measurement> Of(string instrument) => Measurements.Where(m => m.Instrument == instrument).ToList();

    public void Dispose()
    {
        _activities.Dispose();
        _meters.Dispose();
    }

    private void Record(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var dict = new Dictionary<string, object?>();
        foreach (var t in tags)
        {
            dict[t.Key] = t.Value;
        }

        var m = new Measurement(instrument.Name, value, dict);
        if (_keep(m))
        {
            Measurements.Enqueue(m);
        }
    }
}
