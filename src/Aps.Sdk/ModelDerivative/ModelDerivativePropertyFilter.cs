using System.Text.Json;

namespace Aps.Sdk.ModelDerivative;

/// <summary>
/// The <c>query</c> of <c>properties:query</c>: which objects to return. One factory per form of
/// modelderivative.yaml (<c>$in</c>, <c>$prefix</c>, <c>$eq</c>, <c>$between</c>, <c>$le</c>, <c>$ge</c>,
/// <c>$contains</c>); <see cref="FromJson"/> sends any other form as written.
/// </summary>
public sealed class ModelDerivativePropertyFilter
{
    private ModelDerivativePropertyFilter(JsonElement json)
    {
        Json = json;
    }

    /// <summary>Gets the filter as sent.</summary>
    public JsonElement Json { get; }

    /// <summary>Objects whose <c>objectid</c> is one of <paramref name="objectIds"/> (<c>$in</c>).</summary>
    /// <param name="objectIds">One or more object ids.</param>
    /// <returns>The filter.</returns>
    /// <exception cref="ArgumentException">No id is given.</exception>
    public static ModelDerivativePropertyFilter ObjectIds(params long[] objectIds)
    {
        ArgumentNullException.ThrowIfNull(objectIds);
        RequireSome(objectIds.Length, nameof(objectIds));
        return Build("$in", w =>
        {
            w.WriteStringValue("objectid");
            foreach (var id in objectIds)
            {
                w.WriteNumberValue(id);
            }
        });
    }

    /// <summary>Objects whose <c>externalId</c> is one of <paramref name="externalIds"/> (<c>$in</c>).</summary>
    /// <param name="externalIds">One or more external ids.</param>
    /// <returns>The filter.</returns>
    /// <exception cref="ArgumentException">No id is given, or one is empty.</exception>
    public static ModelDerivativePropertyFilter ExternalIds(params string[] externalIds)
    {
        ArgumentNullException.ThrowIfNull(externalIds);
        RequireSome(externalIds.Length, nameof(externalIds));
        foreach (var id in externalIds)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(id, nameof(externalIds));
        }

        return Build("$in", w =>
        {
            w.WriteStringValue("externalId");
            foreach (var id in externalIds)
            {
                w.WriteStringValue(id);
            }
        });
    }

    /// <summary>Objects whose name starts with <paramref name="prefix"/> (<c>$prefix</c>).</summary>
    /// <param name="prefix">The start of the name.</param>
    /// <returns>The filter.</returns>
    public static ModelDerivativePropertyFilter NameStartsWith(string prefix)
    {
        ArgumentException.ThrowIfNullOrEmpty(prefix);
        return Build("$prefix", w =>
        {
            w.WriteStringValue("name");
            w.WriteStringValue(prefix);
        });
    }

    /// <summary>Objects whose attribute (<c>name</c> or a property such as <c>properties.Item.Type</c>) equals a text (<c>$eq</c>).</summary>
    /// <param name="attribute">The attribute.</param>
    /// <param name="value">The value.</param>
    /// <returns>The filter.</returns>
    public static ModelDerivativePropertyFilter EqualTo(string attribute, string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(attribute);
        ArgumentNullException.ThrowIfNull(value);
        return Build("$eq", w =>
        {
            w.WriteStringValue(attribute);
            w.WriteStringValue(value);
        });
    }

    /// <summary>Objects whose numeric property equals a number, in metric base units (<c>$eq</c>; prefer <see cref="Between"/> for non-integers).</summary>
    /// <param name="property">The property, for example <c>properties.Dimensions.Width</c>.</param>
    /// <param name="value">The value.</param>
    /// <returns>The filter.</returns>
    public static ModelDerivativePropertyFilter EqualTo(string property, double value)
        => Numeric("$eq", property, value);

    /// <summary>Objects whose numeric property lies between two values, in metric base units (<c>$between</c>).</summary>
    /// <param name="property">The property.</param>
    /// <param name="minimum">The lower bound.</param>
    /// <param name="maximum">The upper bound.</param>
    /// <returns>The filter.</returns>
    public static ModelDerivativePropertyFilter Between(string property, double minimum, double maximum)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(property);
        if (!(minimum <= maximum))
        {
            throw new ArgumentException("The minimum must not be greater than the maximum.", nameof(minimum));
        }

        return Build("$between", w =>
        {
            w.WriteStringValue(property);
            w.WriteNumberValue(minimum);
            w.WriteNumberValue(maximum);
        });
    }

    /// <summary>Objects whose numeric property is at most a value (<c>$le</c>).</summary>
    /// <param name="property">The property.</param>
    /// <param name="value">The bound.</param>
    /// <returns>The filter.</returns>
    public static ModelDerivativePropertyFilter AtMost(string property, double value) => Numeric("$le", property, value);

    /// <summary>Objects whose numeric property is at least a value (<c>$ge</c>).</summary>
    /// <param name="property">The property.</param>
    /// <param name="value">The bound.</param>
    /// <returns>The filter.</returns>
    public static ModelDerivativePropertyFilter AtLeast(string property, double value) => Numeric("$ge", property, value);

    /// <summary>Objects whose property contains the words of <paramref name="words"/> (<c>$contains</c>).</summary>
    /// <param name="property">The property.</param>
    /// <param name="words">The words.</param>
    /// <returns>The filter.</returns>
    public static ModelDerivativePropertyFilter Contains(string property, string words)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(property);
        ArgumentException.ThrowIfNullOrWhiteSpace(words);
        return Build("$contains", w =>
        {
            w.WriteStringValue(property);
            w.WriteStringValue(words);
        });
    }

    /// <summary>A filter written by hand (a JSON object), for forms the SDK does not know.</summary>
    /// <param name="json">The filter object.</param>
    /// <returns>The filter.</returns>
    /// <exception cref="ArgumentException">The value is not a JSON object.</exception>
    public static ModelDerivativePropertyFilter FromJson(JsonElement json)
    {
        if (json.ValueKind != JsonValueKind.Object)
        {
            throw new ArgumentException("A property filter is a JSON object, for example {\"$in\":[\"objectid\",1,2]}.", nameof(json));
        }

        return new ModelDerivativePropertyFilter(json.Clone());
    }

    /// <inheritdoc />
    public override string ToString() => Json.GetRawText();

    private static ModelDerivativePropertyFilter Numeric(string op, string property, double value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(property);
        if (!double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "The value must be a finite number.");
        }

        return Build(op, w =>
        {
            w.WriteStringValue(property);
            w.WriteNumberValue(value);
        });
    }

    private static void RequireSome(int count, string parameterName)
    {
        if (count == 0)
        {
            throw new ArgumentException("At least one value is required.", parameterName);
        }
    }

    private static ModelDerivativePropertyFilter Build(string op, Action<Utf8JsonWriter> items)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartObject();
            writer.WriteStartArray(op);
            items(writer);
            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        using var document = JsonDocument.Parse(stream.ToArray());
        return new ModelDerivativePropertyFilter(document.RootElement.Clone());
    }
}
