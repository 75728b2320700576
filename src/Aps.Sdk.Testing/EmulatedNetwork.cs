namespace Aps.Sdk.Testing;

/// <summary>
/// Network conditions the emulator imposes on its S3 routes, per connection: a bandwidth cap on request bodies read
/// and response bodies written, and a latency added to each request (twice on a new connection, for the handshake).
/// Meant for benchmarks; tests keep it off.
/// </summary>
public sealed class EmulatedNetwork
{
    /// <summary>Gets or sets the bandwidth of one connection in bytes per second, each way; <see langword="null"/> for no cap.</summary>
    public long? BytesPerSecond { get; set; }

    /// <summary>Gets or sets the latency added before each request is answered. Default none.</summary>
    public TimeSpan Latency { get; set; }
}
