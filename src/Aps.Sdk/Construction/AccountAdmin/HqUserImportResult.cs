using System.Text.Json;
using System.Text.Json.Serialization;
using Aps.Sdk.Core.Serialization;

namespace Aps.Sdk.Construction.AccountAdmin;

/// <summary>The per-row outcome of a user import.</summary>
public sealed class HqUserImportResult
{
    /// <summary>Gets the number of users added.</summary>
    [JsonPropertyName("success")]
    [JsonConverter(typeof(LenientInt64Converter))]
    public long? Success { get; init; }

    /// <summary>Gets the number that failed.</summary>
    [JsonPropertyName("failure")]
    [JsonConverter(typeof(LenientInt64Converter))]
    public long? Failure { get; init; }

    /// <summary>Gets the users added.</summary>
    [JsonPropertyName("success_items")]
    public IReadOnlyList<HqUser> SuccessItems { get; init => field = value ?? []; } = [];

    /// <summary>Gets the rows that failed, as APS returns them.</summary>
    [JsonPropertyName("failure_items")]
    public IReadOnlyList<HqUser> FailureItems { get; init => field = value ?? []; } = [];

    /// <summary>Gets or sets the fields APS sent that this model does not declare (kept, not lost).</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }
}
