namespace Aps.Sdk.Testing;

/// <summary>Settings of an <see cref="ApsEmulator"/>. The defaults suit unit and integration tests.</summary>
public sealed class ApsEmulatorOptions
{
    /// <summary>The smallest part S3 accepts for every part of a multipart upload but the last: 5 MiB.</summary>
    public const long S3MinimumPartSize = 5L * 1024 * 1024;

    /// <summary>Gets or sets the client id of the emulated APS application. Default <c>aps-emulator-client</c>.</summary>
    public string ClientId { get; set; } = "aps-emulator-client";

    /// <summary>Gets or sets the client secret of the emulated APS application. Default <c>aps-emulator-secret</c>.</summary>
    public string ClientSecret { get; set; } = "aps-emulator-secret";

    /// <summary>
    /// Gets or sets the clock the emulator checks expiry against (tokens, authorization codes, signed URLs, upload
    /// sessions, rate-limit windows) and stamps dates with. Inject a fake clock to expire things without waiting.
    /// Injected delays and network shaping always use real time. Default <see cref="TimeProvider.System"/>.
    /// </summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>
    /// Gets or sets the smallest size of every part of a signed S3 multipart upload but the last; a completion with a
    /// smaller part fails like S3's <c>EntityTooSmall</c>. Lower it so tests can upload small parts. Default
    /// <see cref="S3MinimumPartSize"/>.
    /// </summary>
    public long MinimumPartSize { get; set; } = S3MinimumPartSize;

    /// <summary>
    /// Gets or sets bandwidth and latency shaping applied to the emulated S3 routes (signed upload and download
    /// URLs), per connection. <see langword="null"/> (the default) transfers at loopback speed.
    /// </summary>
    public EmulatedNetwork? Network { get; set; }

    /// <summary>Gets or sets the user that 3-legged tokens act for when a call does not name one.</summary>
    public ApsEmulatorUser User { get; set; } = new();

    /// <summary>
    /// Gets or sets a directory where uploaded data is kept in files (one per part or upload) instead of memory; the
    /// emulator creates a sub-directory and deletes it when disposed. Use it for very large objects. Default
    /// <see langword="null"/>: memory.
    /// </summary>
    public string? StorageDirectory { get; set; }
}
