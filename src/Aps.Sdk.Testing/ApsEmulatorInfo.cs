namespace Aps.Sdk.Testing;

/// <summary>Tells whether this build of Aps.Sdk.Testing ships the in-process APS emulator (<see cref="ApsEmulator"/>).</summary>
public static class ApsEmulatorInfo
{
    /// <summary>Gets a value indicating whether the in-process emulator is available in this build.</summary>
    public static bool IsAvailable => true;
}
