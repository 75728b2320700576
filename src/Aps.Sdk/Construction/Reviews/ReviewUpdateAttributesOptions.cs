using System.Text.Json;
using System.Text.Json.Serialization;
using Aps.Sdk.Core.Serialization;

namespace Aps.Sdk.Construction.Reviews;

/// <summary>How a workflow writes attached attribute values back to files.</summary>
/// <remarks><see href="https://aps.autodesk.com/en/docs/acc/v1/reference/http/reviews-workflows-workflowId-GET/">APS reference</see>.</remarks>
public sealed class ReviewUpdateAttributesOptions
{
    /// <summary>Gets a value indicating whether attached attributes are used.</summary>
    [JsonPropertyName("enableAttachedAttributes")]
    [JsonConverter(typeof(LenientBooleanConverter))]
    public bool? EnableAttachedAttributes { get; init; }

    /// <summary>Gets a value indicating whether both the source and the copied files are updated.</summary>
    [JsonPropertyName("updateSourceAndCopiedFiles")]
    [JsonConverter(typeof(LenientBooleanConverter))]
    public bool? UpdateSourceAndCopiedFiles { get; init; }

    /// <summary>Gets fields APS sent that this model does not name.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }
}
