using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using Aps.Sdk.Core.Serialization;

namespace Aps.Sdk.Webhooks;

/// <summary>
/// Reads the time forms Webhooks and SSA send besides ISO 8601: an offset without a colon
/// (<c>2017-09-14T06:57:50.597+0000</c>) and Go's default layout with nanoseconds and a zone name
/// (<c>2024-01-25 03:08:04.156576834 +0000 UTC</c>, secureServiceAccount.yaml). Anything else goes through
/// <see cref="LenientDateTimeOffsetConverter"/>; unreadable text is <see langword="null"/>.
/// </summary>
internal sealed partial class LooseTimestampConverter : JsonConverter<DateTimeOffset?>
{
    public override bool HandleNull => true;

    [GeneratedRegex(@"^(?<date>\d{4}-\d{2}-\d{2})[T ](?<time>\d{2}:\d{2}:\d{2})(?:\.(?<fraction>\d+))?\s*(?<offset>Z|[+-]\d{2}:?\d{2})?(?:\s+[A-Za-z]{1,5})?$", RegexOptions.CultureInvariant)]
    private static partial Regex Timestamp();

    public override DateTimeOffset? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            return new LenientDateTimeOffsetConverter().Read(ref reader, typeToConvert, options);
        }

        return Parse(reader.GetString());
    }

    internal static DateTimeOffset? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var match = Timestamp().Match(text.Trim());
        if (!match.Success)
        {
            return LenientDateTimeOffsetConverter.Parse(text);
        }

        var fraction = match.Groups["fraction"].Success ? match.Groups["fraction"].Value : "0";
        fraction = fraction.Length > 7 ? fraction[..7] : fraction.PadRight(7, '0');
        var offset = match.Groups["offset"].Success ? match.Groups["offset"].Value : "Z";
        if (offset != "Z" && offset.Length == 5)
        {
            offset = offset[..3] + ":" + offset[3..];
        }

        var normalized = $"{match.Groups["date"].Value}T{match.Groups["time"].Value}.{fraction}{(offset == "Z" ? "+00:00" : offset)}";
        return DateTimeOffset.TryParseExact(normalized, "yyyy-MM-dd'T'HH:mm:ss.fffffffzzz", CultureInfo.InvariantCulture, DateTimeStyles.None, out var value)
            ? value
            : LenientDateTimeOffsetConverter.Parse(text);
    }

    public override void Write(Utf8JsonWriter writer, DateTimeOffset? value, JsonSerializerOptions options)
    {
        if (value is null)
        {
            writer.WriteNullValue();
        }
        else
        {
            writer.WriteStringValue(value.Value);
        }
    }
}
