namespace Aps.Sdk.Testing;

/// <summary>
/// Placeholder for the in-process APS emulator. The emulator itself (buckets, objects, translations) lands with the
/// OSS issue; until then this package only reserves its name and namespace.
/// </summary>
public static class ApsEmulatorInfo
{
    /// <summary>Gets a value indicating whether the in-process emulator is available in this build.</summary>
    public static bool IsAvailable => false;
}
