using System.Text.Json;
using System.Text.Json.Serialization;
using Aps.Sdk.Authentication;
using Aps.Sdk.Core.Pipeline;

namespace Aps.Sdk.DataManagement;

public partial class DataManagementClient
{
    /// <summary>The schema link operation. A nested class so it needs no member of the other partial files.</summary>
    private static class SchemaSpecs
    {
        internal const string PathPrefix = "/schema/v1/versions/";

        // Link-only row (endpoints.tsv Schema): reached through attributes.extension.schema.href of DM resources.
        internal static readonly OperationSpec GetSchemaVersion = new("DataManagement", "GetSchemaVersion", HttpMethod.Get, "/schema/v1/versions/{schemaId}")
        {
            Scopes = ApsScopes.Create(ApsScopes.DataRead),
            ServiceBasePath = "/schema/v1",
        };
    }

    /// <summary>
    /// Follows the <c>attributes.extension.schema.href</c> link of a Data Management resource and returns the JSON
    /// Schema of its extension type (for example <c>items:autodesk.bim360:File</c>). The link may be absolute (it must
    /// point to the APS host: the token is never sent elsewhere) or relative (<c>/schema/v1/versions/...</c>), and is
    /// sent as APS wrote it (its <c>%3A</c> escapes kept; older payloads write <c>=1.0</c>, newer ones <c>-1.0</c>).
    /// </summary>
    /// <param name="schemaHref">The <c>schema.href</c> value.</param>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The schema document.</returns>
    /// <exception cref="ArgumentException">The link is empty or is not a <c>/schema/v1/versions/</c> link.</exception>
    /// <exception cref="ApsException">The link points to another host, or APS refused.</exception>
    /// <remarks>
    /// A link-only endpoint: APS publishes no reference page for it; the Data Management payloads carry the link
    /// (<see href="https://aps.autodesk.com/en/docs/data/v2/reference/http/hubs-hub_id-GET/">APS reference of a payload with it</see>).
    /// </remarks>
    public virtual Task<DataManagementSchemaDocument> GetExtensionSchemaAsync(string schemaHref, ApsRequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(schemaHref);
        var uri = _pipeline.ResolveLink(SchemaSpecs.GetSchemaVersion, schemaHref.Trim());
        if (!uri.AbsolutePath.StartsWith(SchemaSpecs.PathPrefix, StringComparison.Ordinal) || uri.AbsolutePath.Length == SchemaSpecs.PathPrefix.Length)
        {
            throw new ArgumentException("The link is not a Data Management schema link (/schema/v1/versions/{schemaId}).", nameof(schemaHref));
        }

        var request = _pipeline.CreateLinkRequest(SchemaSpecs.GetSchemaVersion, options, uri.AbsoluteUri);
        return _pipeline.SendAsync(request, DataManagementSchemaJsonContext.Default.DataManagementSchemaDocument, options, cancellationToken);
    }

    /// <summary>
    /// Gets the JSON Schema of an extension type by name and version, building the schema id <c>{type}-{version}</c>
    /// (for example <c>items:autodesk.bim360:File</c> and <c>1.0</c>), escaped as one path segment.
    /// </summary>
    /// <param name="extensionType">The extension type (<c>attributes.extension.type</c>).</param>
    /// <param name="version">The extension version (<c>attributes.extension.version</c>).</param>
    /// <param name="options">Per-call settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The schema document.</returns>
    /// <exception cref="ArgumentException">The type or version is empty.</exception>
    /// <remarks><see href="https://aps.autodesk.com/en/docs/data/v2/reference/http/hubs-hub_id-GET/">APS reference of a payload with the link</see>.</remarks>
    public virtual Task<DataManagementSchemaDocument> GetExtensionSchemaByTypeAsync(string extensionType, string version, ApsRequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(extensionType);
        ArgumentException.ThrowIfNullOrWhiteSpace(version);
        var request = _pipeline.CreateRequest(SchemaSpecs.GetSchemaVersion, options, [$"{extensionType.Trim()}-{version.Trim()}"]);
        return _pipeline.SendAsync(request, DataManagementSchemaJsonContext.Default.DataManagementSchemaDocument, options, cancellationToken);
    }
}

/// <summary>
/// The JSON Schema of a Data Management extension type. The common JSON Schema keywords are typed; the rest of the
/// document stays in <see cref="AdditionalData"/>.
/// </summary>
public sealed class DataManagementSchemaDocument
{
    /// <summary>Gets the schema id.</summary>
    [JsonPropertyName("id")]
    public string? Id { get; init; }

    /// <summary>Gets the JSON Schema draft (<c>$schema</c>).</summary>
    [JsonPropertyName("$schema")]
    public string? Schema { get; init; }

    /// <summary>Gets the title.</summary>
    [JsonPropertyName("title")]
    public string? Title { get; init; }

    /// <summary>Gets the description.</summary>
    [JsonPropertyName("description")]
    public string? Description { get; init; }

    /// <summary>Gets the JSON type (a string or an array of strings in JSON Schema).</summary>
    [JsonPropertyName("type")]
    public JsonElement? Type { get; init; }

    /// <summary>Gets the property schemas, as sent.</summary>
    [JsonPropertyName("properties")]
    public JsonElement? Properties { get; init; }

    /// <summary>Gets the required property names (an array in current drafts; kept as sent).</summary>
    [JsonPropertyName("required")]
    public JsonElement? Required { get; init; }

    /// <summary>Gets the rest of the schema document.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }
}

/// <summary>The source-generated JSON metadata of the Data Management schema link helper.</summary>
[JsonSourceGenerationOptions(
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.AllowReadingFromString,
    AllowOutOfOrderMetadataProperties = true,
    ReadCommentHandling = JsonCommentHandling.Skip,
    AllowTrailingCommas = true)]
[JsonSerializable(typeof(DataManagementSchemaDocument))]
internal sealed partial class DataManagementSchemaJsonContext : JsonSerializerContext
{
}
