using System.Text.Json;
using System.Text.Json.Serialization;

namespace Aps.Sdk.Core.Serialization;

/// <summary>
/// Reads and writes an extensible value type as its JSON string. One closed generic per type (no
/// <c>MakeGenericType</c>), so it is safe under Native AOT.
/// </summary>
/// <typeparam name="T">The extensible value type.</typeparam>
internal sealed class ExtensibleValueConverter<T> : JsonConverter<T>
    where T : struct, IExtensibleValue<T>
{
    /// <inheritdoc />
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        string? text = reader.TokenType switch
        {
            JsonTokenType.String => reader.GetString(),
            JsonTokenType.Number => System.Text.Encoding.UTF8.GetString(reader.ValueSpan),
            JsonTokenType.True => "true",
            JsonTokenType.False => "false",
            JsonTokenType.Null => null,
            _ => throw new JsonException($"Expected a string for {typeof(T).Name}, found {reader.TokenType}."),
        };
        return string.IsNullOrWhiteSpace(text) ? default : T.FromWire(text);
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (string.IsNullOrEmpty(value.Value))
        {
            writer.WriteNullValue();
        }
        else
        {
            writer.WriteStringValue(value.Value);
        }
    }
}
