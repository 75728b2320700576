using Aps.Sdk.Authentication;
using Microsoft.AspNetCore.DataProtection;

namespace Aps.Sdk.AspNetCore;

/// <summary>
/// An <see cref="IApsTokenProtector"/> over ASP.NET Core Data Protection, with the purpose
/// <see cref="Purpose"/>: token pairs in a shared store are encrypted and authenticated with the app's key ring.
/// Every instance sharing the store must share the key ring too (for example
/// <c>AddDataProtection().PersistKeysToStackExchangeRedis(...)</c> and one <c>SetApplicationName</c>); an entry another
/// key ring protected reads as absent, and the user signs in again.
/// </summary>
public sealed class DataProtectionApsTokenProtector : IApsTokenProtector
{
    /// <summary>The Data Protection purpose string: <c>Aps.Sdk.TokenStore</c>.</summary>
    public const string Purpose = "Aps.Sdk.TokenStore";

    private readonly IDataProtector _protector;

    /// <summary>Creates the protector.</summary>
    /// <param name="provider">The app's Data Protection provider.</param>
    public DataProtectionApsTokenProtector(IDataProtectionProvider provider)
    {
        ArgumentNullException.ThrowIfNull(provider);
        _protector = provider.CreateProtector(Purpose);
    }

    /// <inheritdoc />
    public byte[] Protect(byte[] plaintext)
    {
        ArgumentNullException.ThrowIfNull(plaintext);
        return _protector.Protect(plaintext);
    }

    /// <inheritdoc />
    public byte[] Unprotect(byte[] protectedData)
    {
        ArgumentNullException.ThrowIfNull(protectedData);
        return _protector.Unprotect(protectedData);
    }
}
