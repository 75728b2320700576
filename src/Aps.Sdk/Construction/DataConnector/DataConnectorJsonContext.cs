using System.Text.Json;
using System.Text.Json.Serialization;
using Aps.Sdk.Core.Paging;

namespace Aps.Sdk.Construction.DataConnector;

/// <summary>The ACC <c>{pagination, results}</c> envelope of the Data Connector lists.</summary>
internal sealed class DataConnectorPage<T>
{
    [JsonPropertyName("pagination")]
    public AccPagination? Pagination { get; init; }

    [JsonPropertyName("results")]
    public List<T>? Results { get; init; }

    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }
}

/// <summary>
/// Reads a list of strings sent either as a JSON array or as a string holding a JSON array (the Data Connector
/// example's <c>projectIdList</c>, 001:L4924) or a single id; null reads as empty. Writes an array.
/// </summary>
internal sealed class DataConnectorStringListConverter : JsonConverter<IReadOnlyList<string>>
{
    public override bool HandleNull => true;

    public override IReadOnlyList<string> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return [];
            case JsonTokenType.StartArray:
                var list = new List<string>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    if (reader.TokenType == JsonTokenType.String && reader.GetString() is { Length: > 0 } s)
                    {
                        list.Add(s);
                    }
                    else
                    {
                        reader.Skip();
                    }
                }

                return list;
            case JsonTokenType.String:
                var text = reader.GetString();
                if (string.IsNullOrWhiteSpace(text))
                {
                    return [];
                }

                var trimmed = text.Trim();
                if (trimmed.StartsWith('['))
                {
                    try
                    {
                        var inner = new Utf8JsonReader(System.Text.Encoding.UTF8.GetBytes(trimmed));
                        inner.Read();
                        return Read(ref inner, typeToConvert, options);
                    }
                    catch (JsonException)
                    {
                        return [trimmed];
                    }
                }

                return [trimmed];
            default:
                reader.Skip();
                return [];
        }
    }

    public override void Write(Utf8JsonWriter writer, IReadOnlyList<string> value, JsonSerializerOptions options)
    {
        writer.WriteStartArray();
        foreach (var item in value)
        {
            writer.WriteStringValue(item);
        }

        writer.WriteEndArray();
    }
}

/// <summary>The source-generated JSON metadata of the Data Connector models.</summary>
[JsonSourceGenerationOptions(
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.AllowReadingFromString,
    AllowOutOfOrderMetadataProperties = true,
    ReadCommentHandling = JsonCommentHandling.Skip,
    AllowTrailingCommas = true)]
[JsonSerializable(typeof(DataConnectorRequest))]
[JsonSerializable(typeof(DataConnectorJob))]
[JsonSerializable(typeof(DataConnectorDataFile))]
[JsonSerializable(typeof(DataConnectorSignedFile))]
[JsonSerializable(typeof(DataConnectorCreateRequest))]
[JsonSerializable(typeof(DataConnectorUpdateRequest))]
[JsonSerializable(typeof(DataConnectorPage<DataConnectorRequest>))]
[JsonSerializable(typeof(DataConnectorPage<DataConnectorJob>))]
[JsonSerializable(typeof(List<DataConnectorDataFile>))]
internal sealed partial class DataConnectorJsonContext : JsonSerializerContext
{
}
