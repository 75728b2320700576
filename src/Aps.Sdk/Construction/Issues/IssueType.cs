using System.Text.Json;
using System.Text.Json.Serialization;
using Aps.Sdk.Core.Serialization;

namespace Aps.Sdk.Construction.Issues;

/// <summary>An issue type: the UI calls it a <em>category</em>. Its subtypes (the UI's <em>types</em>) come with <see cref="IssueTypesListOptions.IncludeSubtypes"/>.</summary>
public sealed class IssueType
{
    /// <summary>Gets the id.</summary>
    [JsonPropertyName("id")]
    public string? Id { get; init; }

    /// <summary>Gets the id of the Issues container (the project).</summary>
    [JsonPropertyName("containerId")]
    public string? ContainerId { get; init; }

    /// <summary>Gets the title.</summary>
    [JsonPropertyName("title")]
    public string? Title { get; init; }

    /// <summary>Gets a value indicating whether it is active.</summary>
    [JsonPropertyName("isActive")]
    [JsonConverter(typeof(LenientBooleanConverter))]
    public bool? IsActive { get; init; }

    /// <summary>Gets its position in the list.</summary>
    [JsonPropertyName("orderIndex")]
    [JsonConverter(typeof(LenientInt64Converter))]
    public long? OrderIndex { get; init; }

    /// <summary>Gets the actions the current user may take on it.</summary>
    [JsonPropertyName("permittedActions")]
    public IReadOnlyList<string> PermittedActions { get; init => field = value ?? []; } = [];

    /// <summary>Gets the attributes the current user may change.</summary>
    [JsonPropertyName("permittedAttributes")]
    public IReadOnlyList<string> PermittedAttributes { get; init => field = value ?? []; } = [];

    /// <summary>Gets the subtypes (only with <c>include=subtypes</c>).</summary>
    [JsonPropertyName("subtypes")]
    public IReadOnlyList<IssueSubtype> Subtypes { get; init => field = value ?? []; } = [];

    /// <summary>Gets the status set.</summary>
    [JsonPropertyName("statusSet")]
    public string? StatusSet { get; init; }

    /// <summary>Gets when it was created.</summary>
    [JsonPropertyName("createdAt")]
    [JsonConverter(typeof(LenientDateTimeOffsetConverter))]
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>Gets the Autodesk id of the user who created it.</summary>
    [JsonPropertyName("createdBy")]
    public string? CreatedBy { get; init; }

    /// <summary>Gets when it was last updated.</summary>
    [JsonPropertyName("updatedAt")]
    [JsonConverter(typeof(LenientDateTimeOffsetConverter))]
    public DateTimeOffset? UpdatedAt { get; init; }

    /// <summary>Gets the Autodesk id of the user who last updated it.</summary>
    [JsonPropertyName("updatedBy")]
    public string? UpdatedBy { get; init; }

    /// <summary>Gets when it was deleted, if it was.</summary>
    [JsonPropertyName("deletedAt")]
    [JsonConverter(typeof(LenientDateTimeOffsetConverter))]
    public DateTimeOffset? DeletedAt { get; init; }

    /// <summary>Gets the Autodesk id of the user who deleted it, if it was.</summary>
    [JsonPropertyName("deletedBy")]
    public string? DeletedBy { get; init; }

    /// <summary>Gets or sets the fields APS sent that this model does not declare (kept, not lost).</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }
}
