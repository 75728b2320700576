using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Aps.Sdk.Construction.Issues;

/// <summary>
/// A custom attribute value to set on an issue. The value's JSON type depends on the attribute's data type, so it is
/// kept as raw JSON; build it with <see cref="Text"/>, <see cref="Numeric"/>, <see cref="ListOption"/> or
/// <see cref="Clear"/>.
/// </summary>
public sealed class IssueCustomAttributeInput
{
    /// <summary>Gets or sets the custom attribute definition (required).</summary>
    [JsonPropertyName("attributeDefinitionId")]
    public string? AttributeDefinitionId { get; set; }

    /// <summary>Gets or sets the value as raw JSON (a string, a number or <c>null</c>).</summary>
    [JsonPropertyName("value")]
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public JsonElement? Value { get; set; }

    /// <summary>Gets or sets the fields APS sent that this model does not declare.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }

    /// <summary>A <c>text</c> or <c>paragraph</c> value.</summary>
    /// <param name="attributeDefinitionId">The custom attribute definition.</param>
    /// <param name="value">The text.</param>
    /// <returns>The value.</returns>
    public static IssueCustomAttributeInput Text(string attributeDefinitionId, string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return Create(attributeDefinitionId, JsonSerializer.SerializeToElement(value, IssuesJsonContext.Default.String));
    }

    /// <summary>A <c>numeric</c> value.</summary>
    /// <param name="attributeDefinitionId">The custom attribute definition.</param>
    /// <param name="value">The number.</param>
    /// <returns>The value.</returns>
    public static IssueCustomAttributeInput Numeric(string attributeDefinitionId, decimal value)
    {
        using var document = JsonDocument.Parse(value.ToString(CultureInfo.InvariantCulture));
        return Create(attributeDefinitionId, document.RootElement.Clone());
    }

    /// <summary>A <c>list</c> value: the id of one of the definition's options (<see cref="IssueAttributeListOption.Id"/>).</summary>
    /// <param name="attributeDefinitionId">The custom attribute definition.</param>
    /// <param name="optionId">The option id.</param>
    /// <returns>The value.</returns>
    public static IssueCustomAttributeInput ListOption(string attributeDefinitionId, string optionId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(optionId);
        return Create(attributeDefinitionId, JsonSerializer.SerializeToElement(optionId, IssuesJsonContext.Default.String));
    }

    /// <summary>Clears the attribute (sends <c>null</c>).</summary>
    /// <param name="attributeDefinitionId">The custom attribute definition.</param>
    /// <returns>The value.</returns>
    public static IssueCustomAttributeInput Clear(string attributeDefinitionId)
    {
        using var document = JsonDocument.Parse("null");
        return Create(attributeDefinitionId, document.RootElement.Clone());
    }

    private static IssueCustomAttributeInput Create(string attributeDefinitionId, JsonElement value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(attributeDefinitionId);
        return new IssueCustomAttributeInput { AttributeDefinitionId = attributeDefinitionId, Value = value };
    }
}
