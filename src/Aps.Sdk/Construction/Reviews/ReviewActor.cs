using System.Text.Json;
using System.Text.Json.Serialization;
using Aps.Sdk.Core.Serialization;

namespace Aps.Sdk.Construction.Reviews;

/// <summary>A user, role or company in a review (an initiator, a reviewer, a candidate).</summary>
/// <remarks><see href="https://aps.autodesk.com/en/docs/acc/v1/reference/http/reviews-reviews-reviewId-GET/">APS reference</see>.</remarks>
public sealed class ReviewActor
{
    /// <summary>Gets the Autodesk id of the user, or the id of the role or company.</summary>
    [JsonPropertyName("autodeskId")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? AutodeskId { get; init; }

    /// <summary>Gets the name.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; init; }

    /// <summary>Gets fields APS sent that this model does not name.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }
}
