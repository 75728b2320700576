using System.Text.Json;
using System.Text.Json.Serialization;
using Aps.Sdk.Core.Serialization;

namespace Aps.Sdk.Construction.Reviews;

/// <summary>Additional options of an approval workflow.</summary>
/// <remarks><see href="https://aps.autodesk.com/en/docs/acc/v1/reference/http/reviews-workflows-workflowId-GET/">APS reference</see>.</remarks>
public sealed class ReviewWorkflowAdditionalOptions
{
    /// <summary>Gets a value indicating whether the initiator may edit the review.</summary>
    [JsonPropertyName("allowInitiatorToEdit")]
    [JsonConverter(typeof(LenientBooleanConverter))]
    public bool? AllowInitiatorToEdit { get; init; }

    /// <summary>Gets fields APS sent that this model does not name.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }
}
