using System.Text.Json;
using System.Text.Json.Serialization;

namespace Aps.Sdk.Authentication;

/// <summary>A social account linked to an APS user.</summary>
public sealed class ApsSocialUserInfo
{
    /// <summary>Gets the user's id on the social platform.</summary>
    [JsonPropertyName("socialUserId")]
    public string? SocialUserId { get; init; }

    /// <summary>Gets the platform id.</summary>
    [JsonPropertyName("providerId")]
    public string? ProviderId { get; init; }

    /// <summary>Gets the platform name.</summary>
    [JsonPropertyName("providerName")]
    public string? ProviderName { get; init; }

    /// <summary>Gets fields APS sent that this model does not name.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }
}
