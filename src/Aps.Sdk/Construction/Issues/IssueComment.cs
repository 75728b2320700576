using System.Text.Json;
using System.Text.Json.Serialization;
using Aps.Sdk.Core.Serialization;

namespace Aps.Sdk.Construction.Issues;

/// <summary>A comment on an issue.</summary>
public sealed class IssueComment
{
    /// <summary>Gets the id.</summary>
    [JsonPropertyName("id")]
    public string? Id { get; init; }

    /// <summary>Gets the text.</summary>
    [JsonPropertyName("body")]
    public string? Body { get; init; }

    /// <summary>Gets when it was created.</summary>
    [JsonPropertyName("createdAt")]
    [JsonConverter(typeof(LenientDateTimeOffsetConverter))]
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>Gets who created it.</summary>
    [JsonPropertyName("createdBy")]
    public string? CreatedBy { get; init; }

    /// <summary>Gets when it was updated.</summary>
    [JsonPropertyName("updatedAt")]
    [JsonConverter(typeof(LenientDateTimeOffsetConverter))]
    public DateTimeOffset? UpdatedAt { get; init; }

    /// <summary>Gets when it was deleted.</summary>
    [JsonPropertyName("deletedAt")]
    [JsonConverter(typeof(LenientDateTimeOffsetConverter))]
    public DateTimeOffset? DeletedAt { get; init; }

    /// <summary>Gets the client-side creation time, as sent.</summary>
    [JsonPropertyName("clientCreatedAt")]
    public string? ClientCreatedAt { get; init; }

    /// <summary>Gets the client-side update time, as sent.</summary>
    [JsonPropertyName("clientUpdatedAt")]
    public string? ClientUpdatedAt { get; init; }

    /// <summary>Gets the actions the current user may take on it.</summary>
    [JsonPropertyName("permittedActions")]
    public IReadOnlyList<string> PermittedActions { get; init => field = value ?? []; } = [];

    /// <summary>Gets the attributes the current user may change.</summary>
    [JsonPropertyName("permittedAttributes")]
    public IReadOnlyList<string> PermittedAttributes { get; init => field = value ?? []; } = [];

    /// <summary>Gets or sets the fields APS sent that this model does not declare (kept, not lost).</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }
}
