using System.Security.Cryptography;
using Aps.Sdk.ServiceAccounts;

namespace Aps.Sdk.Authentication;

/// <summary>
/// A Secure Service Account's signing key: the account id (<c>sub</c>), the key id (<c>kid</c>) and the RSA private
/// key, loaded from PEM. It signs the JWT assertions of <see cref="ServiceAccountTokenProvider"/>; the key never
/// appears in <see cref="ToString"/>. Dispose it when done to clear the key from memory.
/// </summary>
public sealed class ServiceAccountKeyCredential : IDisposable
{
    private readonly RSA _key;

    private ServiceAccountKeyCredential(string serviceAccountId, string keyId, RSA key)
    {
        ServiceAccountId = serviceAccountId;
        KeyId = keyId;
        _key = key;
    }

    /// <summary>Gets the service account id (the assertion's <c>sub</c>).</summary>
    public string ServiceAccountId { get; }

    /// <summary>Gets the key id (the assertion's <c>kid</c> header).</summary>
    public string KeyId { get; }

    internal RSA Key => _key;

    /// <summary>Loads the key from PEM (<c>-----BEGIN PRIVATE KEY-----</c> as APS returns it, or <c>BEGIN RSA PRIVATE KEY</c>).</summary>
    /// <param name="serviceAccountId">The service account id.</param>
    /// <param name="keyId">The key id.</param>
    /// <param name="privateKeyPem">The PEM text.</param>
    /// <returns>The credential.</returns>
    /// <exception cref="ArgumentException">An id is empty, or the PEM holds no RSA private key (the message does not quote it).</exception>
    public static ServiceAccountKeyCredential FromPem(string serviceAccountId, string keyId, string privateKeyPem)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(serviceAccountId);
        ArgumentException.ThrowIfNullOrWhiteSpace(keyId);
        ArgumentException.ThrowIfNullOrWhiteSpace(privateKeyPem);
        var rsa = RSA.Create();
        try
        {
            rsa.ImportFromPem(privateKeyPem);
        }
        catch (Exception ex) when (ex is ArgumentException or CryptographicException)
        {
            rsa.Dispose();

            // The inner exception is left out on purpose: its message may quote the PEM.
            throw new ArgumentException("The PEM text does not hold an RSA private key (expected -----BEGIN PRIVATE KEY----- or -----BEGIN RSA PRIVATE KEY-----).", nameof(privateKeyPem));
        }

        try
        {
            // A public key alone cannot sign.
            _ = rsa.ExportParameters(includePrivateParameters: true);
        }
        catch (CryptographicException)
        {
            rsa.Dispose();
            throw new ArgumentException("The PEM text holds a public key; a service account assertion is signed with the private key.", nameof(privateKeyPem));
        }

        return new ServiceAccountKeyCredential(serviceAccountId, keyId, rsa);
    }

    /// <summary>Loads the key APS returned from <see cref="ServiceAccountsClient.CreateKeyAsync"/>.</summary>
    /// <param name="serviceAccountId">The service account id.</param>
    /// <param name="key">The key returned at creation.</param>
    /// <returns>The credential.</returns>
    /// <exception cref="ArgumentException">The key has no id or PEM.</exception>
    public static ServiceAccountKeyCredential FromPrivateKey(string serviceAccountId, ServiceAccountPrivateKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (string.IsNullOrWhiteSpace(key.KeyId) || string.IsNullOrWhiteSpace(key.PrivateKeyPem))
        {
            throw new ArgumentException("The key needs its id (kid) and private key PEM.", nameof(key));
        }

        return FromPem(serviceAccountId, key.KeyId, key.PrivateKeyPem);
    }

    /// <inheritdoc />
    public void Dispose() => _key.Dispose();

    /// <summary>Describes the credential without the key.</summary>
    /// <returns>The account and key ids.</returns>
    public override string ToString() => $"ServiceAccountKeyCredential(account {ServiceAccountId}, kid {KeyId}, private key ***)";
}
