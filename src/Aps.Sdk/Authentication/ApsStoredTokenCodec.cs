using System.Text.Json;
using System.Text.Json.Serialization;

namespace Aps.Sdk.Authentication;

/// <summary>
/// The bytes a shared store keeps for one <see cref="ApsStoredToken"/>: a small JSON document
/// (<c>{"v":1,"version":…,"accessToken":…,"refreshToken":…,"expiresOn":…,"scope":…,"idToken":…,"leaseOwner":…,"leaseUntil":…}</c>),
/// protected by an <see cref="IApsTokenProtector"/> when one is set. Shared by the <c>IDistributedCache</c>
/// store and the Redis store.
/// </summary>
internal static class ApsStoredTokenCodec
{
    /// <summary>The format written; an entry with another format is unreadable (as a corrupt one).</summary>
    public const int Format = 1;

    public static byte[] Encode(ApsStoredToken value, long version, IApsTokenProtector? protector)
    {
        var document = new StoredTokenDocument
        {
            Format = Format,
            Version = version,
            AccessToken = value.AccessToken,
            RefreshToken = value.RefreshToken,
            ExpiresOn = value.ExpiresOn,
            Scope = value.Scope,
            IdToken = value.IdToken,
            LeaseOwner = value.RefreshLeaseOwner,
            LeaseUntil = value.RefreshLeaseUntil,
        };
        var json = JsonSerializer.SerializeToUtf8Bytes(document, ApsTokenPersistenceJsonContext.Default.StoredTokenDocument);
        return protector is null ? json : protector.Protect(json);
    }

    /// <summary>Reads an entry; any failure (tampered, protected with another key, not JSON, missing fields) is <see langword="false"/>, never an exception.</summary>
    public static bool TryDecode(byte[] data, IApsTokenProtector? protector, out ApsStoredToken? value)
    {
        value = null;
        try
        {
            var json = protector is null ? data : protector.Unprotect(data);
            var document = JsonSerializer.Deserialize(json, ApsTokenPersistenceJsonContext.Default.StoredTokenDocument);
            if (document is not { Format: Format, Version: >= 0, AccessToken.Length: > 0, RefreshToken.Length: > 0, ExpiresOn: { } expiresOn })
            {
                return false;
            }

            value = new ApsStoredToken
            {
                AccessToken = document.AccessToken,
                RefreshToken = document.RefreshToken,
                ExpiresOn = expiresOn,
                Scope = document.Scope,
                IdToken = document.IdToken,
                Version = document.Version.Value,
                RefreshLeaseOwner = document.LeaseOwner,
                RefreshLeaseUntil = document.LeaseUntil,
            };
            return true;
        }
#pragma warning disable CA1031 // An unreadable entry, whatever the reason, is reported as unreadable: the store decides what that means.
        catch (Exception)
#pragma warning restore CA1031
        {
            return false;
        }
    }
}

/// <summary>The stored form of one session's token pair (see <see cref="ApsStoredTokenCodec"/>).</summary>
internal sealed class StoredTokenDocument
{
    [JsonPropertyName("v")]
    public int? Format { get; set; }

    [JsonPropertyName("version")]
    public long? Version { get; set; }

    [JsonPropertyName("accessToken")]
    public string? AccessToken { get; set; }

    [JsonPropertyName("refreshToken")]
    public string? RefreshToken { get; set; }

    [JsonPropertyName("expiresOn")]
    public DateTimeOffset? ExpiresOn { get; set; }

    [JsonPropertyName("scope")]
    public string? Scope { get; set; }

    [JsonPropertyName("idToken")]
    public string? IdToken { get; set; }

    [JsonPropertyName("leaseOwner")]
    public string? LeaseOwner { get; set; }

    [JsonPropertyName("leaseUntil")]
    public DateTimeOffset? LeaseUntil { get; set; }

    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }
}
