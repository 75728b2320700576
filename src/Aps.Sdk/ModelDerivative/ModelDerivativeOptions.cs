namespace Aps.Sdk.ModelDerivative;

/// <summary>Settings of <see cref="ModelDerivativeClient.StartTranslationAsync"/>.</summary>
public sealed class ModelDerivativeJobOptions : ApsRequestOptions
{
    /// <summary>Gets or sets <c>x-ads-force</c>: <see langword="true"/> deletes the existing manifest and every derivative and translates again.</summary>
    public bool? Force { get; set; }

    /// <summary>Gets or sets <c>x-ads-derivative-format</c> (<c>latest</c> or <c>fallback</c>); keep it the same across the job and the metadata calls.</summary>
    public ModelDerivativeDerivativeFormat? DerivativeFormat { get; set; }

    /// <summary>Gets or sets how the returned operation polls the manifest; <see langword="null"/> uses the defaults (2 s doubling by 1.5 to 30 s, no time limit).</summary>
    public ApsPollingOptions? Polling { get; set; }
}

/// <summary>How a Model Derivative call that answers <c>202 Accepted</c> ("still processing") is repeated.</summary>
public interface IModelDerivativeProcessingOptions
{
    /// <summary>
    /// Gets or sets a value indicating whether a 202 answer is retried (the default) until the data is ready, the
    /// <see cref="Polling"/> timeout passes or the call is cancelled. When <see langword="false"/>, a 202 throws an
    /// <see cref="ApsException"/> whose <see cref="ApsException.StatusCode"/> is 202.
    /// </summary>
    bool WaitWhileProcessing { get; set; }

    /// <summary>Gets or sets the delays between retries and the time limit; <see langword="null"/> uses the defaults (2 s doubling by 1.5 to 30 s, no time limit).</summary>
    ApsPollingOptions? Polling { get; set; }
}

/// <summary>Settings of <see cref="ModelDerivativeClient.GetObjectTreeAsync"/>.</summary>
public sealed class ModelDerivativeObjectTreeOptions : ApsRequestOptions, IModelDerivativeProcessingOptions
{
    /// <summary>Gets or sets <c>x-ads-force</c>: re-parse the property data (when previous attempts failed).</summary>
    public bool? Force { get; set; }

    /// <summary>Gets or sets <c>x-ads-derivative-format</c>.</summary>
    public ModelDerivativeDerivativeFormat? DerivativeFormat { get; set; }

    /// <summary>Gets or sets <c>forceget</c>: return trees larger than 20 MB (up to about 800 MB).</summary>
    public bool? ForceGet { get; set; }

    /// <summary>Gets or sets <c>objectid</c>: return the sub-tree under this object.</summary>
    public long? ObjectId { get; set; }

    /// <summary>Gets or sets <c>level</c>: how many child levels under <see cref="ObjectId"/> (only 1 is supported).</summary>
    public int? Level { get; set; }

    /// <inheritdoc />
    public bool WaitWhileProcessing { get; set; } = true;

    /// <inheritdoc />
    public ApsPollingOptions? Polling { get; set; }
}

/// <summary>Settings of <see cref="ModelDerivativeClient.GetAllPropertiesAsync"/>.</summary>
public sealed class ModelDerivativePropertiesOptions : ApsRequestOptions, IModelDerivativeProcessingOptions
{
    /// <summary>Gets or sets <c>x-ads-force</c>: re-parse the property data.</summary>
    public bool? Force { get; set; }

    /// <summary>Gets or sets <c>x-ads-derivative-format</c>.</summary>
    public ModelDerivativeDerivativeFormat? DerivativeFormat { get; set; }

    /// <summary>Gets or sets <c>forceget</c>: return properties larger than 20 MB (up to about 800 MB).</summary>
    public bool? ForceGet { get; set; }

    /// <summary>Gets or sets <c>objectid</c>: return only this object's properties.</summary>
    public long? ObjectId { get; set; }

    /// <inheritdoc />
    public bool WaitWhileProcessing { get; set; } = true;

    /// <inheritdoc />
    public ApsPollingOptions? Polling { get; set; }
}

/// <summary>Settings of <see cref="ModelDerivativeClient.QueryPropertiesAsync"/>: the filter, the fields, the page size.</summary>
public sealed class ModelDerivativePropertiesQueryOptions : ApsRequestOptions, IModelDerivativeProcessingOptions
{
    /// <summary>Gets or sets the objects to return (<c>query</c>); <see langword="null"/> queries every object.</summary>
    public ModelDerivativePropertyFilter? Filter { get; set; }

    /// <summary>Gets or sets the fields to return (<c>fields</c>), for example <c>objectid</c>, <c>name</c>, <c>externalId</c>, <c>properties.Dimensions*</c>; <see langword="null"/> returns all.</summary>
    public IReadOnlyList<string>? Fields { get; set; }

    /// <summary>Gets or sets the number format (<c>payload</c>): <c>text</c> or <c>unit</c>.</summary>
    public ModelDerivativePropertyPayload? Payload { get; set; }

    /// <summary>Gets or sets the page size (<c>pagination.limit</c>); <see langword="null"/> for the service's default (20).</summary>
    public int? PageSize { get; set; }

    /// <summary>Gets or sets <c>x-ads-derivative-format</c>.</summary>
    public ModelDerivativeDerivativeFormat? DerivativeFormat { get; set; }

    /// <inheritdoc />
    public bool WaitWhileProcessing { get; set; } = true;

    /// <inheritdoc />
    public ApsPollingOptions? Polling { get; set; }
}

/// <summary>Settings of <see cref="ModelDerivativeClient.GetThumbnailAsync"/>.</summary>
public sealed class ModelDerivativeThumbnailOptions : ApsRequestOptions
{
    /// <summary>Gets or sets the width: 100, 200 or 400 (the height follows when not set).</summary>
    public int? Width { get; set; }

    /// <summary>Gets or sets the height: 100, 200 or 400 (the width follows when not set).</summary>
    public int? Height { get; set; }
}

/// <summary>Settings of the derivative download calls (signed cookies, download, HEAD check).</summary>
public sealed class ModelDerivativeDownloadOptions : ApsRequestOptions, IModelDerivativeProcessingOptions
{
    /// <summary>Gets or sets how long the signed cookies stay valid, in minutes: 1 to 359 (the service's default is 360).</summary>
    public int? MinutesExpiration { get; set; }

    /// <summary>Gets or sets the <c>response-content-disposition</c> of the download URL; it must start with <c>attachment</c>.</summary>
    public string? ResponseContentDisposition { get; set; }

    /// <summary>Gets or sets the first byte to download (direct download only), or <see langword="null"/>.</summary>
    public long? RangeStart { get; set; }

    /// <summary>Gets or sets the last byte to download, inclusive (direct download only), or <see langword="null"/> for the end.</summary>
    public long? RangeEnd { get; set; }

    /// <inheritdoc />
    public bool WaitWhileProcessing { get; set; } = true;

    /// <inheritdoc />
    public ApsPollingOptions? Polling { get; set; }
}
