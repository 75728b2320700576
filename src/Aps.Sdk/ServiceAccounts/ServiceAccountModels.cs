using System.Text.Json;
using System.Text.Json.Serialization;
using Aps.Sdk.Core.Serialization;
using Aps.Sdk.Webhooks;

namespace Aps.Sdk.ServiceAccounts;

/// <summary>A service account (secureServiceAccount.yaml <c>service-account-details</c>; creation returns only the id and e-mail).</summary>
public sealed class ServiceAccount
{
    /// <summary>Gets the service account id (its Oxygen id), the <c>sub</c> of its assertions.</summary>
    [JsonPropertyName("serviceAccountId")]
    public string? ServiceAccountId { get; init; }

    /// <summary>Gets the account's e-mail, <c>&lt;name&gt;@&lt;clientId&gt;.adskserviceaccount.autodesk.com</c>: invite it to hubs and projects like a user.</summary>
    [JsonPropertyName("email")]
    public string? Email { get; init; }

    /// <summary>Gets who created the account.</summary>
    [JsonPropertyName("createdBy")]
    public string? CreatedBy { get; init; }

    /// <summary>Gets the state.</summary>
    [JsonPropertyName("status")]
    public ServiceAccountStatus Status { get; init; }

    /// <summary>Gets when it was created.</summary>
    [JsonPropertyName("createdAt")]
    [JsonConverter(typeof(LooseTimestampConverter))]
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>Gets when it was last used.</summary>
    [JsonPropertyName("accessedAt")]
    [JsonConverter(typeof(LooseTimestampConverter))]
    public DateTimeOffset? AccessedAt { get; init; }

    /// <summary>Gets when it expires.</summary>
    [JsonPropertyName("expiresAt")]
    [JsonConverter(typeof(LooseTimestampConverter))]
    public DateTimeOffset? ExpiresAt { get; init; }

    /// <summary>Gets fields APS sent that this version of the SDK does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }
}

/// <summary>A service account key's metadata (no key material): <c>service-account-key-details</c>.</summary>
public sealed class ServiceAccountKey
{
    /// <summary>Gets the key id, the <c>kid</c> header of assertions signed with it.</summary>
    [JsonPropertyName("kid")]
    public string? KeyId { get; init; }

    /// <summary>Gets the state.</summary>
    [JsonPropertyName("status")]
    public ServiceAccountStatus Status { get; init; }

    /// <summary>Gets when it was created.</summary>
    [JsonPropertyName("createdAt")]
    [JsonConverter(typeof(LooseTimestampConverter))]
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>Gets when it was last used.</summary>
    [JsonPropertyName("accessedAt")]
    [JsonConverter(typeof(LooseTimestampConverter))]
    public DateTimeOffset? AccessedAt { get; init; }

    /// <summary>Gets fields APS sent that this version of the SDK does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }
}

/// <summary>
/// A new key pair's private half, returned once by <see cref="ServiceAccountsClient.CreateKeyAsync"/>: APS keeps only
/// the public key, so store <see cref="PrivateKeyPem"/> safely now. <see cref="ToString"/> never prints it.
/// </summary>
public sealed class ServiceAccountPrivateKey
{
    /// <summary>Gets the key id (<c>kid</c>).</summary>
    [JsonPropertyName("kid")]
    public string? KeyId { get; init; }

    /// <summary>Gets the RSA-2048 private key in PEM (<c>-----BEGIN PRIVATE KEY-----</c>). Secret: never log it.</summary>
    [JsonPropertyName("privateKey")]
    public string? PrivateKeyPem { get; init; }

    /// <summary>Gets fields APS sent that this version of the SDK does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }

    /// <summary>Describes the key without its private part.</summary>
    /// <returns>The key id and whether a private key is present.</returns>
    public override string ToString() => $"ServiceAccountPrivateKey(kid {KeyId}, private key {(string.IsNullOrEmpty(PrivateKeyPem) ? "absent" : "***")})";
}

/// <summary>A service account to create (<c>create-service-account-payload</c>).</summary>
public sealed class ServiceAccountCreateRequest
{
    /// <summary>Gets or sets the name, 5 to 100 characters; it becomes the local part of the account's e-mail (required).</summary>
    [JsonPropertyName("name")]
    public required string Name { get; set; }

    /// <summary>Gets or sets the first name shown for the account.</summary>
    [JsonPropertyName("firstName")]
    public string? FirstName { get; set; }

    /// <summary>Gets or sets the last name shown for the account.</summary>
    [JsonPropertyName("lastName")]
    public string? LastName { get; set; }

    /// <summary>Gets or sets fields to send that this version of the SDK does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }
}

/// <summary>The list envelope <c>{serviceAccounts: [...]}</c>.</summary>
internal sealed class ServiceAccountsEnvelope
{
    [JsonPropertyName("serviceAccounts")]
    public IReadOnlyList<ServiceAccount> ServiceAccounts { get; init => field = value ?? []; } = [];

    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }
}

/// <summary>The list envelope <c>{keys: [...]}</c>.</summary>
internal sealed class ServiceAccountKeysEnvelope
{
    [JsonPropertyName("keys")]
    public IReadOnlyList<ServiceAccountKey> Keys { get; init => field = value ?? []; } = [];

    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }
}

/// <summary>The enable/disable body <c>{status}</c>.</summary>
internal sealed class ServiceAccountStatusPayload
{
    [JsonPropertyName("status")]
    public ServiceAccountStatus Status { get; init; }

    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }
}

/// <summary>The source-generated JSON metadata of the Secure Service Accounts models (Native AOT safe).</summary>
[JsonSourceGenerationOptions(
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.AllowReadingFromString,
    AllowOutOfOrderMetadataProperties = true,
    ReadCommentHandling = JsonCommentHandling.Skip,
    AllowTrailingCommas = true)]
[JsonSerializable(typeof(ServiceAccount))]
[JsonSerializable(typeof(ServiceAccountKey))]
[JsonSerializable(typeof(ServiceAccountPrivateKey))]
[JsonSerializable(typeof(ServiceAccountCreateRequest))]
[JsonSerializable(typeof(ServiceAccountsEnvelope))]
[JsonSerializable(typeof(ServiceAccountKeysEnvelope))]
[JsonSerializable(typeof(ServiceAccountStatusPayload))]
internal sealed partial class ServiceAccountsJsonContext : JsonSerializerContext
{
}
