using System.Text.Json;
using System.Text.Json.Serialization;
using Aps.Sdk.Core.Serialization;

namespace Aps.Sdk.Construction.Reviews;

/// <summary>The users, roles and companies who may act on a review step.</summary>
/// <remarks><see href="https://aps.autodesk.com/en/docs/acc/v1/reference/http/reviews-reviews-reviewId-GET/">APS reference</see>.</remarks>
public sealed class ReviewCandidates
{
    /// <summary>Gets the roles (never null).</summary>
    [JsonPropertyName("roles")]
    public IReadOnlyList<ReviewActor> Roles { get; init => field = value ?? []; } = [];

    /// <summary>Gets the users (never null).</summary>
    [JsonPropertyName("users")]
    public IReadOnlyList<ReviewActor> Users { get; init => field = value ?? []; } = [];

    /// <summary>Gets the companies (never null).</summary>
    [JsonPropertyName("companies")]
    public IReadOnlyList<ReviewActor> Companies { get; init => field = value ?? []; } = [];

    /// <summary>Gets fields APS sent that this model does not name.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }
}
