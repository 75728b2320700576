using Aps.Sdk.Testing.Emulator.Auth;
using Aps.Sdk.Testing.Emulator.Faults;
using Aps.Sdk.Testing.Emulator.Oss;
using Aps.Sdk.Testing.Emulator.ServiceAccounts;
using Aps.Sdk.Testing.Emulator.Storage;

namespace Aps.Sdk.Testing.Emulator;

/// <summary>What every module shares: settings, clock, address, tokens, object storage, URL signing and faults.</summary>
internal sealed class EmulatorContext : IDisposable
{
    public EmulatorContext(ApsEmulatorOptions options)
    {
        ClientId = options.ClientId;
        ClientSecret = options.ClientSecret;
        Time = options.TimeProvider ?? TimeProvider.System;
        MinimumPartSize = options.MinimumPartSize;
        Network = options.Network is { } network ? new EmulatedNetwork { BytesPerSecond = network.BytesPerSecond, Latency = network.Latency } : null;
        User = options.User ?? new ApsEmulatorUser();
        Blobs = new BlobStore(options.StorageDirectory);
        Tokens = new TokenService(this);
        Oss = new OssStore(this);
        ServiceAccounts = new ServiceAccountStore(this);
        Signer = new UrlSigner();
        Faults = new FaultRegistry(Time);
    }

    public string ClientId { get; }

    public string ClientSecret { get; }

    public TimeProvider Time { get; }

    public long MinimumPartSize { get; }

    public EmulatedNetwork? Network { get; }

    public ApsEmulatorUser User { get; }

    /// <summary>Gets the address the emulator listens on, without a trailing slash (<c>http://127.0.0.1:port</c>).</summary>
    public string BaseUrl { get; set; } = "http://127.0.0.1";

    public BlobStore Blobs { get; }

    public TokenService Tokens { get; }

    public OssStore Oss { get; }

    public ServiceAccountStore ServiceAccounts { get; }

    public UrlSigner Signer { get; }

    public FaultRegistry Faults { get; }

    public DateTimeOffset Now => Time.GetUtcNow();

    public void Dispose() => Blobs.Dispose();
}
