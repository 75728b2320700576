namespace Aps.Sdk.Authentication;

/// <summary>
/// Encrypts tokens at rest in a shared store or cache (a refresh token is a long-lived credential, an access token a
/// bearer credential). Aps.Sdk.AspNetCore offers one over ASP.NET Core Data Protection. Every instance that shares
/// the store must be able to unprotect what the others protected (for Data Protection: a shared key ring).
/// </summary>
public interface IApsTokenProtector
{
    /// <summary>Protects (encrypts and authenticates) <paramref name="plaintext"/>.</summary>
    /// <param name="plaintext">The serialized entry.</param>
    /// <returns>The protected bytes.</returns>
    byte[] Protect(byte[] plaintext);

    /// <summary>Reverses <see cref="Protect"/>; throws when the data was tampered with or protected with another key.</summary>
    /// <param name="protectedData">Bytes <see cref="Protect"/> returned.</param>
    /// <returns>The plaintext.</returns>
    byte[] Unprotect(byte[] protectedData);
}
