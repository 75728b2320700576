using System.Text.Json;
using System.Text.Json.Serialization;

namespace Aps.Sdk.JsonApi;

/// <summary>
/// Reads a JSON:API link written as a string or as <c>{href, meta}</c>; writes <c>{href}</c>. Public so that a
/// caller's own source-generated <see cref="JsonSerializerContext"/> can include JSON:API documents (the generator
/// needs to reach every converter named by a <see cref="JsonConverterAttribute"/>).
/// </summary>
/// <remarks>Reads in one pass over the reader: no intermediate <see cref="JsonDocument"/>.</remarks>
public sealed class JsonApiLinkConverter : JsonConverter<JsonApiLink?>
{
    /// <inheritdoc />
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
                return ReadObject(ref reader);
            default:
                reader.Skip();
                return null;
        }
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, JsonApiLink? value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (value?.Href is null)
        {
            writer.WriteNullValue();
            return;
        }

        writer.WriteStartObject();
        writer.WriteString("href", value.Href);
        writer.WriteEndObject();
    }

    // Same result as reading the object into a JsonDocument: a string "href" (else null), "meta" kept raw (any
    // kind, null included), everything else ignored; for a repeated member the last one wins.
    private static JsonApiLink ReadObject(ref Utf8JsonReader reader)
    {
        string? href = null;
        JsonElement? meta = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isHref = reader.ValueTextEquals("href"u8);
            var isMeta = !isHref && reader.ValueTextEquals("meta"u8);
            reader.Read();
            if (isHref)
            {
                href = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
                reader.Skip();
            }
            else if (isMeta)
            {
                meta = JsonElement.ParseValue(ref reader);
            }
            else
            {
                reader.Skip();
            }
        }

        return new JsonApiLink { Href = href, Meta = meta };
    }
}

/// <summary>
/// Reads relationship <c>data</c> given as one identifier, a list, or null (always a list, never null); writes a
/// list. Public so that a caller's own source-generated <see cref="JsonSerializerContext"/> can include JSON:API
/// documents.
/// </summary>
public sealed class JsonApiIdentifierListConverter : JsonConverter<IReadOnlyList<JsonApiResourceIdentifier>>
{
    /// <inheritdoc />
    public override bool HandleNull => true;

    /// <inheritdoc />
    public override IReadOnlyList<JsonApiResourceIdentifier> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return [];
            case JsonTokenType.StartObject:
                return [ReadIdentifier(ref reader)];
            case JsonTokenType.StartArray:
                var list = new List<JsonApiResourceIdentifier>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    if (reader.TokenType == JsonTokenType.StartObject)
                    {
                        list.Add(ReadIdentifier(ref reader));
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

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, IReadOnlyList<JsonApiResourceIdentifier> value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartArray();
        foreach (var item in value)
        {
            WriteIdentifier(writer, item);
        }

        writer.WriteEndArray();
    }

    // What the source-generated reader of JsonApiResourceIdentifier does, in one pass: "type" and "id" must be
    // strings or null (anything else is a JsonException, which the pipeline turns into an ApsException), every other
    // member lands raw in AdditionalData (a repeated member: the last one wins).
    private static JsonApiResourceIdentifier ReadIdentifier(ref Utf8JsonReader reader)
    {
        string? type = null;
        string? id = null;
        Dictionary<string, JsonElement>? additional = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("type"u8))
            {
                reader.Read();
                type = ReadString(ref reader, "type");
            }
            else if (reader.ValueTextEquals("id"u8))
            {
                reader.Read();
                id = ReadString(ref reader, "id");
            }
            else
            {
                var name = reader.GetString()!;
                reader.Read();
                additional ??= [];
                additional[name] = JsonElement.ParseValue(ref reader);
            }
        }

        return new JsonApiResourceIdentifier { Type = type, Id = id, AdditionalData = additional };
    }

    private static string? ReadString(ref Utf8JsonReader reader, string member) => reader.TokenType switch
    {
        JsonTokenType.String => reader.GetString(),
        JsonTokenType.Null => null,
        _ => throw new JsonException($"The JSON:API resource identifier member '{member}' is not a string."),
    };

    private static void WriteIdentifier(Utf8JsonWriter writer, JsonApiResourceIdentifier? item)
    {
        if (item is null)
        {
            writer.WriteNullValue();
            return;
        }

        writer.WriteStartObject();
        if (item.Type is not null)
        {
            writer.WriteString("type"u8, item.Type);
        }

        if (item.Id is not null)
        {
            writer.WriteString("id"u8, item.Id);
        }

        if (item.AdditionalData is { } additional)
        {
            foreach (var (name, value) in additional)
            {
                writer.WritePropertyName(name);
                value.WriteTo(writer);
            }
        }

        writer.WriteEndObject();
    }
}
