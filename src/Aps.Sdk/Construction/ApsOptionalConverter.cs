using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Aps.Sdk.Construction;

/// <summary>
/// Reads and writes an <see cref="ApsOptional{T}"/> property. It is put on each property as a closed generic
/// (<c>[JsonConverter(typeof(ApsOptionalConverter&lt;string?&gt;))]</c>) together with
/// <c>[JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]</c>, so an unset field is left out, and the
/// source generator instantiates it directly (no reflection, Native AOT safe). The inner value goes through the
/// metadata of the same source-generated context, which must list <typeparamref name="T"/>.
/// </summary>
/// <typeparam name="T">The field's type.</typeparam>
internal sealed class ApsOptionalConverter<T> : JsonConverter<ApsOptional<T>>
{
    public override bool HandleNull => true;

    public override ApsOptional<T> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return new ApsOptional<T>(default!);
        }

        return new ApsOptional<T>(JsonSerializer.Deserialize(ref reader, TypeInfo(options))!);
    }

    public override void Write(Utf8JsonWriter writer, ApsOptional<T> value, JsonSerializerOptions options)
    {
        // Unset fields never get here (WhenWritingDefault); should one, writing null would be wrong, so refuse.
        if (!value.IsSet)
        {
            throw new JsonException("An unset ApsOptional field must be left out: mark the property [JsonIgnore(Condition = WhenWritingDefault)].");
        }

        if (value.IsNull)
        {
            writer.WriteNullValue();
            return;
        }

        JsonSerializer.Serialize(writer, value.Value, TypeInfo(options));
    }

    private static JsonTypeInfo<T> TypeInfo(JsonSerializerOptions options)
        => (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T));
}
