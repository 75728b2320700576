using System.Text.Json;
using System.Text.Json.Serialization;
using Aps.Sdk.Core.Serialization;

namespace Aps.Sdk.Construction.Photos;

/// <summary>A photo or video of an ACC project (Photos API). Timestamps come without a time zone and are read as UTC.</summary>
/// <remarks><see href="https://aps.autodesk.com/en/docs/acc/v1/reference/http/photos-getphoto-GET/">APS reference</see>.</remarks>
public sealed class Photo
{
    /// <summary>Gets the photo id.</summary>
    [JsonPropertyName("id")]
    public string? Id { get; init; }

    /// <summary>Gets the project id (ACC form).</summary>
    [JsonPropertyName("projectId")]
    public string? ProjectId { get; init; }

    /// <summary>Gets the title.</summary>
    [JsonPropertyName("title")]
    public string? Title { get; init; }

    /// <summary>Gets the description.</summary>
    [JsonPropertyName("description")]
    public string? Description { get; init; }

    /// <summary>Gets where the photo comes from (for example <c>FIELD-REPORT</c>, <c>ISSUE</c>, <c>PHOTO</c>).</summary>
    [JsonPropertyName("type")]
    public string? Type { get; init; }

    /// <summary>Gets the media type (for example <c>NORMAL</c>, <c>PANORAMIC</c>, <c>VIDEO</c>).</summary>
    [JsonPropertyName("mediaType")]
    public string? MediaType { get; init; }

    /// <summary>Gets a value indicating whether the photo is visible to every project member.</summary>
    [JsonPropertyName("isPublic")]
    [JsonConverter(typeof(LenientBooleanConverter))]
    public bool? IsPublic { get; init; }

    /// <summary>Gets a value indicating whether the photo is locked against edits.</summary>
    [JsonPropertyName("locked")]
    [JsonConverter(typeof(LenientBooleanConverter))]
    public bool? Locked { get; init; }

    /// <summary>Gets the latitude where the photo was taken.</summary>
    [JsonPropertyName("latitude")]
    public double? Latitude { get; init; }

    /// <summary>Gets the longitude where the photo was taken.</summary>
    [JsonPropertyName("longitude")]
    public double? Longitude { get; init; }

    /// <summary>Gets the file size in bytes.</summary>
    [JsonPropertyName("size")]
    [JsonConverter(typeof(LenientInt64Converter))]
    public long? Size { get; init; }

    /// <summary>Gets when the photo was taken.</summary>
    [JsonPropertyName("takenAt")]
    [JsonConverter(typeof(LenientDateTimeOffsetConverter))]
    public DateTimeOffset? TakenAt { get; init; }

    /// <summary>Gets when the user created the photo on their device.</summary>
    [JsonPropertyName("userCreatedAt")]
    [JsonConverter(typeof(LenientDateTimeOffsetConverter))]
    public DateTimeOffset? UserCreatedAt { get; init; }

    /// <summary>Gets when the photo was uploaded.</summary>
    [JsonPropertyName("createdAt")]
    [JsonConverter(typeof(LenientDateTimeOffsetConverter))]
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>Gets the Autodesk id of the user who uploaded the photo.</summary>
    [JsonPropertyName("createdBy")]
    public string? CreatedBy { get; init; }

    /// <summary>Gets when the photo was last updated.</summary>
    [JsonPropertyName("updatedAt")]
    [JsonConverter(typeof(LenientDateTimeOffsetConverter))]
    public DateTimeOffset? UpdatedAt { get; init; }

    /// <summary>Gets the Autodesk id of the user who last updated the photo.</summary>
    [JsonPropertyName("updatedBy")]
    public string? UpdatedBy { get; init; }

    /// <summary>Gets when the photo was deleted, if it was.</summary>
    [JsonPropertyName("deletedAt")]
    [JsonConverter(typeof(LenientDateTimeOffsetConverter))]
    public DateTimeOffset? DeletedAt { get; init; }

    /// <summary>Gets the Autodesk id of the user who deleted the photo, if one did.</summary>
    [JsonPropertyName("deletedBy")]
    public string? DeletedBy { get; init; }

    /// <summary>Gets the APS addresses of the file and its thumbnail; they need the bearer token: download them with <see cref="PhotosClient.DownloadPhotoFileAsync"/>.</summary>
    [JsonPropertyName("urls")]
    public PhotoUrls? Urls { get; init; }

    /// <summary>Gets pre-signed S3 addresses of the file and its thumbnail (only with <c>include=signedUrls</c>); they are secrets and expire quickly.</summary>
    [JsonPropertyName("signedUrls")]
    public PhotoUrls? SignedUrls { get; init; }

    /// <summary>Gets fields APS sent that this model does not name.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }
}
