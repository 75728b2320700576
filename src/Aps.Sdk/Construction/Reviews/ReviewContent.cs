using System.Text.Json;
using System.Text.Json.Serialization;
using Aps.Sdk.Core.Serialization;

namespace Aps.Sdk.Construction.Reviews;

/// <summary>What reviewers set on a file during a review: its name and custom attribute values.</summary>
/// <remarks><see href="https://aps.autodesk.com/en/docs/acc/v1/reference/http/reviews-reviews-reviewId-versions-GET/">APS reference</see>.</remarks>
public sealed class ReviewContent
{
    /// <summary>Gets the file name set during the review.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; init; }

    /// <summary>Gets the custom attribute values (never null).</summary>
    [JsonPropertyName("customAttributes")]
    public IReadOnlyList<ReviewContentAttributeValue> CustomAttributes { get; init => field = value ?? []; } = [];

    /// <summary>Gets fields APS sent that this model does not name.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }
}
