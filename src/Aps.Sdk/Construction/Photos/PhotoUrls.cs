using System.Text.Json;
using System.Text.Json.Serialization;
using Aps.Sdk.Core.Serialization;

namespace Aps.Sdk.Construction.Photos;

/// <summary>The addresses of a photo's file and thumbnail.</summary>
/// <remarks><see href="https://aps.autodesk.com/en/docs/acc/v1/reference/http/photos-getphoto-GET/">APS reference</see>.</remarks>
public sealed class PhotoUrls
{
    /// <summary>Gets the address of the full-size file.</summary>
    [JsonPropertyName("fileUrl")]
    public string? FileUrl { get; init; }

    /// <summary>Gets the address of the thumbnail.</summary>
    [JsonPropertyName("thumbnailUrl")]
    public string? ThumbnailUrl { get; init; }

    /// <summary>Gets fields APS sent that this model does not name.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }
}
