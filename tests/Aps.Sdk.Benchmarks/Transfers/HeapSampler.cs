namespace Aps.Sdk.Benchmarks.Transfers;

/// <summary>
/// Samples the managed heap on a dedicated thread while a transfer runs and keeps the largest value.
/// <see cref="GC.GetTotalMemory(bool)"/> with <see langword="false"/> counts every object on the heap that the GC has
/// not reclaimed yet (live or dead, small, large and pinned heaps), without forcing a collection; BenchmarkDotNet's
/// memory diagnoser reports allocated bytes, not this.
/// </summary>
internal sealed class HeapSampler : IDisposable
{
    private readonly Thread _thread;
    private readonly TimeSpan _interval;
    private volatile bool _stop;
    private long _max;
    private long _samples;

    private HeapSampler(TimeSpan interval)
    {
        _interval = interval;
        _max = GC.GetTotalMemory(false);
        _thread = new Thread(Loop) { IsBackground = true, Name = "heap-sampler", Priority = ThreadPriority.AboveNormal };
    }

    /// <summary>Gets how many samples were taken.</summary>
    public long Samples => Interlocked.Read(ref _samples);

    public static HeapSampler Start(TimeSpan interval)
    {
        var sampler = new HeapSampler(interval);
        sampler._thread.Start();
        return sampler;
    }

    /// <summary>Stops sampling (one last sample included) and returns the largest heap size seen, in bytes.</summary>
    public long Stop()
    {
        _stop = true;
        _thread.Join();
        Take();
        return Interlocked.Read(ref _max);
    }

    public void Dispose()
    {
        if (!_stop)
        {
            Stop();
        }
    }

    private void Loop()
    {
        while (!_stop)
        {
            Take();
            Thread.Sleep(_interval);
        }
    }

    private void Take()
    {
        var now = GC.GetTotalMemory(false);
        Interlocked.Increment(ref _samples);
        if (now > Interlocked.Read(ref _max))
        {
            Interlocked.Exchange(ref _max, now);
        }
    }
}
