using System.Text.Json;
using System.Text.Json.Serialization;
using Aps.Sdk.Core.Serialization;

namespace Aps.Sdk.Construction.Photos;

/// <summary>The filter of <see cref="PhotosClient.FilterPhotosAsync"/>; every field set narrows the result.</summary>
/// <remarks><see href="https://aps.autodesk.com/en/docs/acc/v1/reference/http/photos-filterphotos-POST/">APS reference</see>.</remarks>
public sealed class PhotoFilter
{
    /// <summary>Gets or initializes the photo ids (not sent when null).</summary>
    [JsonPropertyName("id")]
    public IReadOnlyList<string>? Ids { get; init; }

    /// <summary>Gets or initializes text the title must contain.</summary>
    [JsonPropertyName("title")]
    public string? Title { get; init; }

    /// <summary>Gets or initializes a creation time range, <c>start..end</c> (for example <c>2021-03-14T10:10:00..2021-03-16T10:15:00</c>).</summary>
    [JsonPropertyName("createdAt")]
    public string? CreatedAt { get; init; }

    /// <summary>Gets or initializes a taken-at time range, <c>start..end</c>.</summary>
    [JsonPropertyName("takenAt")]
    public string? TakenAt { get; init; }

    /// <summary>Gets or initializes the Autodesk ids of the uploaders (not sent when null).</summary>
    [JsonPropertyName("createdBy")]
    public IReadOnlyList<string>? CreatedBy { get; init; }

    /// <summary>Gets or initializes the media types (<c>NORMAL</c>, <c>PANORAMIC</c>, <c>VIDEO</c>) (not sent when null).</summary>
    [JsonPropertyName("mediaType")]
    public IReadOnlyList<string>? MediaTypes { get; init; }

    /// <summary>Gets or initializes the photo sources (<c>FIELD-REPORT</c>, <c>ISSUE</c>, …) (not sent when null).</summary>
    [JsonPropertyName("type")]
    public IReadOnlyList<string>? Types { get; init; }

    /// <summary>Gets fields APS sent that this model does not name.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }
}
