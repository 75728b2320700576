using System.Diagnostics.CodeAnalysis;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Aps.Sdk.Oss;

namespace Aps.Sdk.ModelDerivative;

/// <summary>
/// The <c>{urn}</c> of the Model Derivative API: a source design's URN (an OSS object id such as
/// <c>urn:adsk.objects:os.object:bucket/model.rvt</c>, or a Data Management version URN) in URL-safe Base64 without
/// <c>=</c> padding, as modelderivative.yaml (<c>source-design-urn</c>) and the examples (003:L277, 004:L2036) show.
/// </summary>
/// <remarks>
/// Build one from a source URN with <see cref="FromSourceUrn(string)"/> (or <see cref="FromObjectId(OssObjectId)"/>)
/// and read one APS returned with <see cref="Parse"/>; <see cref="SourceUrn"/> decodes it back. Every form is checked:
/// the encoded form must be URL-safe Base64 of UTF-8 text that starts with <c>urn:</c>. It lives in
/// <c>Aps.Sdk.ModelDerivative</c> because only the Model Derivative API takes it.
/// </remarks>
[JsonConverter(typeof(ApsUrnJsonConverter))]
public readonly struct ApsUrn : IEquatable<ApsUrn>
{
    private const string UrnPrefix = "urn:";
    private readonly string? _value;
    private readonly string? _source;

    private ApsUrn(string value, string source)
    {
        _value = value;
        _source = source;
    }

    /// <summary>Gets the encoded form (URL-safe Base64 without padding), as sent in paths and job bodies; empty for <c>default</c>.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Gets the decoded source URN, for example <c>urn:adsk.objects:os.object:bucket/model.rvt</c>; empty for <c>default</c>.</summary>
    public string SourceUrn => _source ?? string.Empty;

    /// <summary>Gets a value indicating whether this is <c>default</c>, which carries no URN.</summary>
    public bool IsEmpty => string.IsNullOrEmpty(_value);

    /// <summary>Encodes a source URN: an OSS object id or a Data Management version URN.</summary>
    /// <param name="sourceUrn">The URN as APS returned it (the <c>objectId</c> of an upload), starting with <c>urn:</c>.</param>
    /// <returns>The encoded URN.</returns>
    /// <exception cref="ArgumentException">The value is empty, has control characters or white space at either end, or does not start with <c>urn:</c> (an already encoded URN is refused: use <see cref="Parse"/>).</exception>
    public static ApsUrn FromSourceUrn(string sourceUrn)
    {
        if (string.IsNullOrWhiteSpace(sourceUrn))
        {
            throw new ArgumentException("A source URN is required, for example 'urn:adsk.objects:os.object:bucket/model.rvt'.", nameof(sourceUrn));
        }

        if (!sourceUrn.StartsWith(UrnPrefix, StringComparison.OrdinalIgnoreCase))
        {
            var hint = TryParse(sourceUrn, out _) ? " It looks already encoded: use ApsUrn.Parse." : string.Empty;
            throw new ArgumentException($"A source URN starts with 'urn:'; '{Shorten(sourceUrn)}' does not.{hint}", nameof(sourceUrn));
        }

        if (sourceUrn.Length == UrnPrefix.Length || sourceUrn.Any(char.IsControl) || char.IsWhiteSpace(sourceUrn[^1]))
        {
            throw new ArgumentException($"'{Shorten(sourceUrn)}' is not a usable URN (nothing after 'urn:', control characters or trailing white space).", nameof(sourceUrn));
        }

        var bytes = Encoding.UTF8.GetBytes(sourceUrn);
        return new ApsUrn(Encode(bytes), sourceUrn);
    }

    /// <summary>Encodes an OSS object id (<c>urn:adsk.objects:os.object:{bucketKey}/{objectKey}</c>).</summary>
    /// <param name="objectId">The object.</param>
    /// <returns>The encoded URN.</returns>
    /// <exception cref="ArgumentException">The id is empty (<c>default</c>).</exception>
    public static ApsUrn FromObjectId(OssObjectId objectId)
    {
        if (objectId.IsEmpty)
        {
            throw new ArgumentException("The object id is empty.", nameof(objectId));
        }

        return FromSourceUrn(objectId.ToString());
    }

    /// <summary>
    /// Reads an encoded URN (from a manifest, a Data Management <c>derivatives</c> id, a viewer). URL-safe Base64 is
    /// expected; <c>=</c> padding is accepted and dropped.
    /// </summary>
    /// <param name="value">The encoded URN.</param>
    /// <returns>The URN.</returns>
    /// <exception cref="ArgumentException">The value is not URL-safe Base64 of a UTF-8 <c>urn:</c>, or it is a raw URN (use <see cref="FromSourceUrn"/>).</exception>
    public static ApsUrn Parse(string value)
    {
        if (TryParse(value, out var urn))
        {
            return urn;
        }

        if (string.IsNullOrWhiteSpace(value))
        {
            throw new ArgumentException("An encoded URN is required.", nameof(value));
        }

        if (value.StartsWith(UrnPrefix, StringComparison.OrdinalIgnoreCase))
        {
            throw new ArgumentException($"'{Shorten(value)}' is a raw URN, not an encoded one: use ApsUrn.FromSourceUrn.", nameof(value));
        }

        if (value.AsSpan().IndexOfAny('+', '/') >= 0)
        {
            throw new ArgumentException($"'{Shorten(value)}' uses standard Base64 ('+' or '/'); the Model Derivative API needs URL-safe Base64 ('-' and '_').", nameof(value));
        }

        throw new ArgumentException($"'{Shorten(value)}' is not URL-safe Base64 of a URN (it must decode to UTF-8 text starting with 'urn:').", nameof(value));
    }

    /// <summary>Reads an encoded URN without throwing.</summary>
    /// <param name="value">The encoded URN.</param>
    /// <param name="urn">The URN, when the value is valid.</param>
    /// <returns><see langword="true"/> when the value is URL-safe Base64 (padding allowed) of a UTF-8 <c>urn:</c>.</returns>
    public static bool TryParse([NotNullWhen(true)] string? value, out ApsUrn urn)
    {
        urn = default;
        if (string.IsNullOrEmpty(value))
        {
            return false;
        }

        var trimmed = value.TrimEnd('=');
        if (value.Length - trimmed.Length > 2 || trimmed.Length == 0 || trimmed.Length % 4 == 1)
        {
            return false;
        }

        foreach (var c in trimmed)
        {
            if (!(c is >= 'A' and <= 'Z' or >= 'a' and <= 'z' or >= '0' and <= '9' or '-' or '_'))
            {
                return false;
            }
        }

        var padded = trimmed.Replace('-', '+').Replace('_', '/') + new string('=', (4 - (trimmed.Length % 4)) % 4);
        byte[] bytes;
        try
        {
            bytes = Convert.FromBase64String(padded);
        }
        catch (FormatException)
        {
            return false;
        }

        string source;
        try
        {
            source = new UTF8Encoding(false, true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return false;
        }

        if (!source.StartsWith(UrnPrefix, StringComparison.OrdinalIgnoreCase) || source.Length == UrnPrefix.Length || source.Any(char.IsControl))
        {
            return false;
        }

        // Canonical form: re-encode, so non-canonical trailing bits do not make two spellings of one URN.
        urn = new ApsUrn(Encode(bytes), source);
        return true;
    }

    /// <summary>Tells whether the source is an OSS object and returns its id.</summary>
    /// <param name="objectId">The OSS object id, when the source is one.</param>
    /// <returns><see langword="true"/> when <see cref="SourceUrn"/> is an OSS object id.</returns>
    public bool TryGetObjectId(out OssObjectId objectId) => OssObjectId.TryParse(_source, out objectId);

    /// <inheritdoc />
    public bool Equals(ApsUrn other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ApsUrn other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <summary>Returns the encoded form.</summary>
    /// <returns><see cref="Value"/>.</returns>
    public override string ToString() => Value;

    /// <summary>Compares two URNs by their encoded form.</summary>
    /// <param name="left">The first URN.</param>
    /// <param name="right">The second URN.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(ApsUrn left, ApsUrn right) => left.Equals(right);

    /// <summary>Compares two URNs by their encoded form.</summary>
    /// <param name="left">The first URN.</param>
    /// <param name="right">The second URN.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(ApsUrn left, ApsUrn right) => !left.Equals(right);

    internal static void Require(ApsUrn urn, string parameterName)
    {
        if (urn.IsEmpty)
        {
            throw new ArgumentException("The URN is empty (default); create one with ApsUrn.FromSourceUrn, ApsUrn.FromObjectId or ApsUrn.Parse.", parameterName);
        }
    }

    private static string Encode(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static string Shorten(string value) => value.Length <= 80 ? value : string.Concat(value.AsSpan(0, 77), "...");
}

/// <summary>Reads and writes <see cref="ApsUrn"/> as its encoded string.</summary>
internal sealed class ApsUrnJsonConverter : JsonConverter<ApsUrn>
{
    public override ApsUrn Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return default;
        }

        var text = reader.GetString();
        return ApsUrn.TryParse(text, out var urn) ? urn : throw new JsonException("The value is not an encoded URN.");
    }

    public override void Write(Utf8JsonWriter writer, ApsUrn value, JsonSerializerOptions options)
        => writer.WriteStringValue(value.Value);
}
