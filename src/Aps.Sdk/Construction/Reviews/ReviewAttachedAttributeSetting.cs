using System.Text.Json;
using System.Text.Json.Serialization;
using Aps.Sdk.Core.Serialization;

namespace Aps.Sdk.Construction.Reviews;

/// <summary>A file custom attribute attached to a workflow.</summary>
/// <remarks><see href="https://aps.autodesk.com/en/docs/acc/v1/reference/http/reviews-workflows-workflowId-GET/">APS reference</see>.</remarks>
public sealed class ReviewAttachedAttributeSetting
{
    /// <summary>Gets the custom attribute id.</summary>
    [JsonPropertyName("id")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Id { get; init; }

    /// <summary>Gets a value indicating whether reviewers must fill it.</summary>
    [JsonPropertyName("required")]
    [JsonConverter(typeof(LenientBooleanConverter))]
    public bool? Required { get; init; }

    /// <summary>Gets fields APS sent that this model does not name.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }
}
