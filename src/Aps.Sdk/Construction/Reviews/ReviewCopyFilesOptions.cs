using System.Text.Json;
using System.Text.Json.Serialization;
using Aps.Sdk.Core.Serialization;

namespace Aps.Sdk.Construction.Reviews;

/// <summary>Whether and where a workflow copies approved files.</summary>
/// <remarks><see href="https://aps.autodesk.com/en/docs/acc/v1/reference/http/reviews-workflows-workflowId-GET/">APS reference</see>.</remarks>
public sealed class ReviewCopyFilesOptions
{
    /// <summary>Gets a value indicating whether files are copied.</summary>
    [JsonPropertyName("enabled")]
    [JsonConverter(typeof(LenientBooleanConverter))]
    public bool? Enabled { get; init; }

    /// <summary>Gets a value indicating whether the initiator may change the target folder.</summary>
    [JsonPropertyName("allowOverride")]
    [JsonConverter(typeof(LenientBooleanConverter))]
    public bool? AllowOverride { get; init; }

    /// <summary>Gets which files are copied: <c>ANY</c>, <c>APPROVED</c> or <c>REJECTED</c>.</summary>
    [JsonPropertyName("condition")]
    public string? Condition { get; init; }

    /// <summary>Gets the target folder URN.</summary>
    [JsonPropertyName("folderUrn")]
    public string? FolderUrn { get; init; }

    /// <summary>Gets a value indicating whether markups are copied.</summary>
    [JsonPropertyName("includeMarkups")]
    [JsonConverter(typeof(LenientBooleanConverter))]
    public bool? IncludeMarkups { get; init; }

    /// <summary>Gets a value indicating whether the markup setting is locked.</summary>
    [JsonPropertyName("disableOverrideMarkupSetting")]
    [JsonConverter(typeof(LenientBooleanConverter))]
    public bool? DisableOverrideMarkupSetting { get; init; }

    /// <summary>Gets fields APS sent that this model does not name.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }
}
