using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Aps.Sdk.Core.Serialization;

namespace Aps.Sdk.ModelDerivative;

/// <summary>
/// The manifest of a source design: the overall status and progress of its translations and the tree of every
/// derivative made from it. Find things in the tree with <see cref="FindResources"/>,
/// <see cref="FindByRole"/>, <see cref="FindByMime"/>, <see cref="GetDerivative"/> and
/// <see cref="GetDownloadableFiles"/>.
/// </summary>
/// <remarks><see href="https://aps.autodesk.com/en/docs/model-derivative/v2/reference/http/manifest/urn-manifest-GET/">APS reference</see>.</remarks>
public sealed class ModelDerivativeManifest
{
    /// <summary>Gets the encoded URN of the source design.</summary>
    [JsonPropertyName("urn")]
    public string? Urn { get; init; }

    /// <summary>Gets the type, always <c>manifest</c>.</summary>
    [JsonPropertyName("type")]
    public string? Type { get; init; }

    /// <summary>Gets the overall status: pending, inprogress, success, failed or timeout.</summary>
    [JsonPropertyName("status")]
    public ModelDerivativeStatus Status { get; init; }

    /// <summary>Gets the overall progress as APS writes it: <c>25% complete</c>, <c>complete</c>; see <see cref="GetPercentComplete"/>.</summary>
    [JsonPropertyName("progress")]
    public string? Progress { get; init; }

    /// <summary>Gets a value indicating whether the source design has a thumbnail (APS sends it as the text <c>"true"</c>).</summary>
    [JsonPropertyName("hasThumbnail")]
    [JsonConverter(typeof(LenientBooleanConverter))]
    public bool? HasThumbnail { get; init; }

    /// <summary>Gets the data center of the manifest and derivatives (US, EMEA, AUS, CAN, DEU, IND, JPN, GBR).</summary>
    [JsonPropertyName("region")]
    public string? Region { get; init; }

    /// <summary>Gets the manifest schema version.</summary>
    [JsonPropertyName("version")]
    public string? Version { get; init; }

    /// <summary>Gets the derivatives, one per requested output type.</summary>
    [JsonPropertyName("derivatives")]
    public IReadOnlyList<ModelDerivativeManifestDerivative> Derivatives { get; init => field = value ?? []; } = [];

    /// <summary>Gets fields the SDK does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }

    /// <summary>Gets a value indicating whether the translation is over (success, failed or timeout).</summary>
    /// <returns><see langword="true"/> when no derivative is pending or in progress any more.</returns>
    public bool IsFinished() => Status == ModelDerivativeStatus.Success || Status == ModelDerivativeStatus.Failed || Status == ModelDerivativeStatus.Timeout;

    /// <summary>Reads <see cref="Progress"/> as a percentage: 100 for <c>complete</c>, the number of <c>NN% complete</c>, otherwise (or when missing) <see langword="null"/>.</summary>
    /// <returns>The percentage, 0 to 100, or <see langword="null"/>.</returns>
    public double? GetPercentComplete() => ParsePercent(Progress, Status);

    /// <summary>Gets the derivative of one output type, or <see langword="null"/>.</summary>
    /// <param name="outputType">The output type, for example <see cref="ModelDerivativeOutputType.Obj"/>.</param>
    /// <returns>The first derivative of that type.</returns>
    public ModelDerivativeManifestDerivative? GetDerivative(ModelDerivativeOutputType outputType)
        => Derivatives.FirstOrDefault(d => d.OutputType == outputType);

    /// <summary>Every resource of the tree, depth first, with the derivative it belongs to.</summary>
    /// <returns>The resources.</returns>
    public IEnumerable<ModelDerivativeManifestResource> FindResources()
    {
        foreach (var derivative in Derivatives)
        {
            foreach (var resource in Walk(derivative.Children))
            {
                yield return resource;
            }
        }
    }

    /// <summary>The resources of a role, for example <c>thumbnail</c>, <c>graphics</c>, <c>obj</c>, <c>3d</c>, <c>Autodesk.CloudPlatform.PropertyDatabase</c> (case-insensitive).</summary>
    /// <param name="role">The role.</param>
    /// <returns>The matching resources, depth first.</returns>
    public IEnumerable<ModelDerivativeManifestResource> FindByRole(string role)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(role);
        return FindResources().Where(r => string.Equals(r.Role, role, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The resources of a MIME type, for example <c>image/png</c> or <c>application/autodesk-svf2</c> (case-insensitive).</summary>
    /// <param name="mime">The MIME type.</param>
    /// <returns>The matching resources, depth first.</returns>
    public IEnumerable<ModelDerivativeManifestResource> FindByMime(string mime)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(mime);
        return FindResources().Where(r => string.Equals(r.Mime, mime, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The resources of a <c>type</c>, for example <c>resource</c>, <c>geometry</c> or <c>view</c> (case-insensitive).</summary>
    /// <param name="type">The type.</param>
    /// <returns>The matching resources, depth first.</returns>
    public IEnumerable<ModelDerivativeManifestResource> FindByType(string type)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(type);
        return FindResources().Where(r => string.Equals(r.Type, type, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// The files that can be downloaded: resources with a URN whose status is success. SVF2 derivatives are left out
    /// (the service does not let 3D SVF2 derivatives be downloaded, 000:L2469).
    /// </summary>
    /// <returns>The downloadable resources with their derivative's output type.</returns>
    public IReadOnlyList<ModelDerivativeDownloadableFile> GetDownloadableFiles()
    {
        var files = new List<ModelDerivativeDownloadableFile>();
        foreach (var derivative in Derivatives)
        {
            if (derivative.OutputType == ModelDerivativeOutputType.Svf2)
            {
                continue;
            }

            foreach (var resource in Walk(derivative.Children))
            {
                if (!string.IsNullOrEmpty(resource.Urn) && (resource.Status.IsEmpty || resource.Status == ModelDerivativeStatus.Success))
                {
                    files.Add(new ModelDerivativeDownloadableFile(derivative.OutputType, resource));
                }
            }
        }

        return files;
    }

    /// <summary>Every error and warning message of the manifest, its derivatives and resources.</summary>
    /// <returns>The messages, manifest order.</returns>
    public IReadOnlyList<ModelDerivativeMessage> GetAllMessages()
    {
        var messages = new List<ModelDerivativeMessage>();
        foreach (var derivative in Derivatives)
        {
            messages.AddRange(derivative.Messages);
            foreach (var resource in Walk(derivative.Children))
            {
                messages.AddRange(resource.Messages);
            }
        }

        return messages;
    }

    internal static double? ParsePercent(string? progress, ModelDerivativeStatus status)
    {
        if (string.IsNullOrWhiteSpace(progress))
        {
            return status == ModelDerivativeStatus.Success ? 100 : null;
        }

        var text = progress.Trim();
        if (text.StartsWith("complete", StringComparison.OrdinalIgnoreCase))
        {
            return 100;
        }

        var percent = text.IndexOf('%', StringComparison.Ordinal);
        if (percent > 0 && double.TryParse(text.AsSpan(0, percent), NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            return Math.Clamp(value, 0, 100);
        }

        return null;
    }

    private static IEnumerable<ModelDerivativeManifestResource> Walk(IReadOnlyList<ModelDerivativeManifestResource> resources)
    {
        var stack = new Stack<ModelDerivativeManifestResource>();
        for (var i = resources.Count - 1; i >= 0; i--)
        {
            stack.Push(resources[i]);
        }

        while (stack.Count > 0)
        {
            var resource = stack.Pop();
            yield return resource;
            for (var i = resource.Children.Count - 1; i >= 0; i--)
            {
                stack.Push(resource.Children[i]);
            }
        }
    }
}

/// <summary>One derivative of a manifest (one output type), with its own status, progress, messages and resources.</summary>
public sealed class ModelDerivativeManifestDerivative
{
    /// <summary>Gets the name of the source design.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; init; }

    /// <summary>Gets the output type.</summary>
    [JsonPropertyName("outputType")]
    public ModelDerivativeOutputType OutputType { get; init; }

    /// <summary>Gets the status of this derivative.</summary>
    [JsonPropertyName("status")]
    public ModelDerivativeStatus Status { get; init; }

    /// <summary>Gets the progress as APS writes it (<c>NN% complete</c> or <c>complete</c>).</summary>
    [JsonPropertyName("progress")]
    public string? Progress { get; init; }

    /// <summary>Gets a value indicating whether the derivative has a thumbnail.</summary>
    [JsonPropertyName("hasThumbnail")]
    [JsonConverter(typeof(LenientBooleanConverter))]
    public bool? HasThumbnail { get; init; }

    /// <summary>Gets metadata extracted from the source design (RVT, NWD, DWG), as sent.</summary>
    [JsonPropertyName("properties")]
    public JsonElement? Properties { get; init; }

    /// <summary>Gets the messages (errors, warnings) logged for this derivative.</summary>
    [JsonPropertyName("messages")]
    public IReadOnlyList<ModelDerivativeMessage> Messages { get; init => field = value ?? []; } = [];

    /// <summary>Gets the resources of this derivative (views, geometry, files).</summary>
    [JsonPropertyName("children")]
    public IReadOnlyList<ModelDerivativeManifestResource> Children { get; init => field = value ?? []; } = [];

    /// <summary>Gets fields the SDK does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }
}

/// <summary>A resource in a manifest: a view, a geometry, a file (thumbnail, OBJ, property database...), possibly with children.</summary>
public sealed class ModelDerivativeManifestResource
{
    /// <summary>Gets the id of the resource.</summary>
    [JsonPropertyName("guid")]
    public string? ResourceGuid { get; init; }

    /// <summary>Gets the type: <c>resource</c>, <c>geometry</c>, <c>view</c>, <c>folder</c>...</summary>
    [JsonPropertyName("type")]
    public string? Type { get; init; }

    /// <summary>Gets the derivative URN of a file, for <see cref="ModelDerivativeClient.DownloadDerivativeAsync"/>.</summary>
    [JsonPropertyName("urn")]
    public string? Urn { get; init; }

    /// <summary>Gets the role: <c>3d</c>, <c>2d</c>, <c>thumbnail</c>, <c>graphics</c>, <c>obj</c>...</summary>
    [JsonPropertyName("role")]
    public string? Role { get; init; }

    /// <summary>Gets the MIME type of the content.</summary>
    [JsonPropertyName("mime")]
    public string? Mime { get; init; }

    /// <summary>Gets the viewable id.</summary>
    [JsonPropertyName("viewableID")]
    public string? ViewableId { get; init; }

    /// <summary>Gets the name.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; init; }

    /// <summary>Gets the status of this resource.</summary>
    [JsonPropertyName("status")]
    public ModelDerivativeStatus Status { get; init; }

    /// <summary>Gets the progress as APS writes it.</summary>
    [JsonPropertyName("progress")]
    public string? Progress { get; init; }

    /// <summary>Gets a value indicating whether the resource has a thumbnail.</summary>
    [JsonPropertyName("hasThumbnail")]
    [JsonConverter(typeof(LenientBooleanConverter))]
    public bool? HasThumbnail { get; init; }

    /// <summary>Gets the Revit phase name(s), as sent (a string or an array).</summary>
    [JsonPropertyName("phaseNames")]
    public JsonElement? PhaseNames { get; init; }

    /// <summary>Gets the Revit phase id(s), as sent (a string or an array).</summary>
    [JsonPropertyName("phaseIds")]
    public JsonElement? PhaseIds { get; init; }

    /// <summary>Gets the default camera of a 3D view.</summary>
    [JsonPropertyName("camera")]
    public IReadOnlyList<double> Camera { get; init => field = value ?? []; } = [];

    /// <summary>Gets the width and height of a thumbnail, in pixels.</summary>
    [JsonPropertyName("resolution")]
    public IReadOnlyList<double> Resolution { get; init => field = value ?? []; } = [];

    /// <summary>Gets the messages logged for this resource.</summary>
    [JsonPropertyName("messages")]
    public IReadOnlyList<ModelDerivativeMessage> Messages { get; init => field = value ?? []; } = [];

    /// <summary>Gets the child resources.</summary>
    [JsonPropertyName("children")]
    public IReadOnlyList<ModelDerivativeManifestResource> Children { get; init => field = value ?? []; } = [];

    /// <summary>Gets fields the SDK does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }
}

/// <summary>A message logged to a manifest during translation (an error, a warning).</summary>
public sealed class ModelDerivativeMessage
{
    /// <summary>Gets the kind: <c>error</c>, <c>warning</c>, <c>info</c>.</summary>
    [JsonPropertyName("type")]
    public string? Type { get; init; }

    /// <summary>Gets the message code, for example <c>TranslationWorker-InternalFailure</c>.</summary>
    [JsonPropertyName("code")]
    public string? Code { get; init; }

    /// <summary>Gets the text; APS sends a string or an array of strings, both read as a list.</summary>
    [JsonPropertyName("message")]
    [JsonConverter(typeof(StringOrStringArrayConverter))]
    public IReadOnlyList<string> Message { get; init => field = value ?? []; } = [];

    /// <summary>Gets fields the SDK does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }

    /// <summary>Returns <c>type code: message</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
        => string.Join(": ", new[] { Type, Code, string.Join(" ", Message) }.Where(s => !string.IsNullOrWhiteSpace(s)));
}

/// <summary>A file of a manifest that can be downloaded, with the output type of its derivative.</summary>
/// <param name="OutputType">The output type of the derivative the file belongs to.</param>
/// <param name="Resource">The resource; its <see cref="ModelDerivativeManifestResource.Urn"/> is the derivative URN.</param>
public sealed record ModelDerivativeDownloadableFile(ModelDerivativeOutputType OutputType, ModelDerivativeManifestResource Resource)
{
    /// <summary>Gets the derivative URN.</summary>
    public string Urn => Resource.Urn ?? string.Empty;

    /// <summary>Gets the file name: the last segment of the URN.</summary>
    public string FileName
    {
        get
        {
            var urn = Urn;
            var slash = urn.LastIndexOf('/');
            return slash >= 0 ? urn[(slash + 1)..] : urn;
        }
    }
}

/// <summary>Reads a string or an array of strings as a list (other values as their raw JSON).</summary>
internal sealed class StringOrStringArrayConverter : JsonConverter<IReadOnlyList<string>>
{
    public override IReadOnlyList<string>? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return [];
            case JsonTokenType.String:
                return [reader.GetString()!];
            case JsonTokenType.StartArray:
                var list = new List<string>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    if (reader.TokenType == JsonTokenType.String)
                    {
                        list.Add(reader.GetString()!);
                    }
                    else
                    {
                        using var element = JsonDocument.ParseValue(ref reader);
                        list.Add(element.RootElement.GetRawText());
                    }
                }

                return list;
            default:
                using (var other = JsonDocument.ParseValue(ref reader))
                {
                    return [other.RootElement.GetRawText()];
                }
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
