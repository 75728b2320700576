namespace Aps.Sdk.Authentication;

/// <summary>
/// Encrypts tokens before a shared cache or store keeps them, and decrypts them when read: tokens at rest in Redis or
/// SQL are bearer credentials. The ASP.NET Core Data Protection adapter lives in <c>Aps.Sdk.AspNetCore</c>; any
/// authenticated encryption works. Every instance that shares the cache must use the same keys.
/// </summary>
public interface IApsTokenProtector
{
    /// <summary>Encrypts <paramref name="plaintext"/>.</summary>
    /// <param name="plaintext">The serialized entry.</param>
    /// <returns>The protected bytes.</returns>
    byte[] Protect(byte[] plaintext);

    /// <summary>Decrypts bytes produced by <see cref="Protect"/>; throws when they were tampered with or the key is unknown.</summary>
    /// <param name="protectedData">The protected bytes.</param>
    /// <returns>The serialized entry.</returns>
    byte[] Unprotect(byte[] protectedData);
}
