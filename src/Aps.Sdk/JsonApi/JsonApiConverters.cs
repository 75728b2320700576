using System.Text.Json;
using System.Text.Json.Serialization;
using Aps.Sdk.Core.Serialization;

namespace Aps.Sdk.JsonApi;

/// <summary>Reads a link written as a string or as <c>{href, meta}</c>.</summary>
internal sealed class JsonApiLinkConverter : JsonConverter<JsonApiLink?>
{
    public override JsonApiLink? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return null;
            case JsonTokenType.String:
                var text = reader.GetString();
                return string.IsNullOrEmpty(text) ? null : new JsonApiLink { Href = text };
            case JsonTokenType.StartObject:
                using (var document = JsonDocument.ParseValue(ref reader))
                {
                    var root = document.RootElement;
                    var href = root.TryGetProperty("href", out var h) && h.ValueKind == JsonValueKind.String ? h.GetString() : null;
                    JsonElement? meta = root.TryGetProperty("meta", out var m) ? m.Clone() : null;
                    return new JsonApiLink { Href = href, Meta = meta };
                }

            default:
                reader.Skip();
                return null;
        }
    }

    public override void Write(Utf8JsonWriter writer, JsonApiLink? value, JsonSerializerOptions options)
    {
        if (value?.Href is null)
        {
            writer.WriteNullValue();
            return;
        }

        writer.WriteStartObject();
        writer.WriteString("href", value.Href);
        writer.WriteEndObject();
    }
}

/// <summary>Reads relationship <c>data</c> given as one identifier, a list, or null.</summary>
internal sealed class JsonApiIdentifierListConverter : JsonConverter<IReadOnlyList<JsonApiResourceIdentifier>>
{
    public override bool HandleNull => true;

    public override IReadOnlyList<JsonApiResourceIdentifier> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var info = ApsJsonContext.Default.JsonApiResourceIdentifier;
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return [];
            case JsonTokenType.StartObject:
                var one = JsonSerializer.Deserialize(ref reader, info);
                return one is null ? [] : [one];
            case JsonTokenType.StartArray:
                var list = new List<JsonApiResourceIdentifier>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    if (reader.TokenType == JsonTokenType.StartObject && JsonSerializer.Deserialize(ref reader, info) is { } item)
                    {
                        list.Add(item);
                    }
                    else
                    {
                        reader.Skip();
                    }
                }

                return list;
            default:
                reader.Skip();
                return [];
        }
    }

    public override void Write(Utf8JsonWriter writer, IReadOnlyList<JsonApiResourceIdentifier> value, JsonSerializerOptions options)
    {
        writer.WriteStartArray();
        foreach (var item in value)
        {
            JsonSerializer.Serialize(writer, item, ApsJsonContext.Default.JsonApiResourceIdentifier);
        }

        writer.WriteEndArray();
    }
}
