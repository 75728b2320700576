using Aps.Sdk.Authentication;
using Aps.Sdk.Core.Pipeline;

namespace Aps.Sdk.Oss;

/// <summary>
/// The Object Storage Service (OSS): buckets, objects, signed S3 upload and download URLs and OSS signed resources.
/// Large files go through <see cref="Transfers"/>, which uploads and downloads parts in parallel and can resume.
/// </summary>
/// <remarks><see href="https://aps.autodesk.com/en/docs/data/v2/reference/http/">APS OSS reference</see>.</remarks>
public partial class OssClient
{
    internal const string Area = "Oss";
    internal const string BasePath = "/oss/v2";

    internal static readonly ApsScopes DataRead = ApsScopes.Create(ApsScopes.DataRead);
    internal static readonly ApsScopes DataWrite = ApsScopes.Create(ApsScopes.DataWrite);
    internal static readonly ApsScopes DataCreateWrite = ApsScopes.Create(ApsScopes.DataCreate, ApsScopes.DataWrite);
    internal static readonly ApsScopes BucketCreate = ApsScopes.Create(ApsScopes.BucketCreate);
    internal static readonly ApsScopes BucketRead = ApsScopes.Create(ApsScopes.BucketRead);
    internal static readonly ApsScopes BucketDelete = ApsScopes.Create(ApsScopes.BucketDelete);

    private readonly ApsPipeline _pipeline = null!;
    private OssTransferManager? _transfers;

    /// <summary>Creates a client for mocking.</summary>
    protected OssClient()
    {
    }

    internal OssClient(ApsPipeline pipeline)
    {
        _pipeline = pipeline;
    }

    /// <summary>Gets the transfer manager: parallel, resumable uploads and ranged parallel downloads.</summary>
    public virtual OssTransferManager Transfers => LazyInitializer.EnsureInitialized(ref _transfers, () => new OssTransferManager(this, _pipeline));

    internal ApsPipeline Pipeline => _pipeline;

    /// <summary>Declares an OSS operation: area <c>Oss</c>, links relative to <c>/oss/v2</c>.</summary>
    internal static OperationSpec Spec(string name, HttpMethod method, string path, ApsScopes? scopes)
        => new(Area, name, method, path) { Scopes = scopes, ServiceBasePath = BasePath };

    /// <summary>
    /// Checks a bucket key before any call: 3 to 128 characters of lower-case letters, digits, <c>-</c>, <c>_</c> and
    /// <c>.</c> (the OSS rule).
    /// </summary>
    /// <exception cref="ArgumentException">The key breaks the rule; the message says how.</exception>
    internal static void ValidateBucketKey(string? bucketKey, string parameterName = "bucketKey")
    {
        if (bucketKey is null)
        {
            throw new ArgumentNullException(parameterName, "A bucket key is required.");
        }

        if (bucketKey.Length is < 3 or > 128)
        {
            throw new ArgumentException($"A bucket key must be 3 to 128 characters long; '{bucketKey}' has {bucketKey.Length}.", parameterName);
        }

        foreach (var c in bucketKey)
        {
            if (!(c is >= 'a' and <= 'z' || c is >= '0' and <= '9' || c is '-' or '_' or '.'))
            {
                throw new ArgumentException(
                    $"A bucket key may contain only lower-case letters, digits, '-', '_' and '.'; '{bucketKey}' contains '{c}'.",
                    parameterName);
            }
        }
    }

    /// <summary>Checks an object key: not null, empty, white space, '.' or '..' (it is escaped as one path segment).</summary>
    internal static void ValidateObjectKey(string? objectKey, string parameterName = "objectKey")
    {
        if (objectKey is null)
        {
            throw new ArgumentNullException(parameterName, "An object key is required.");
        }

        if (string.IsNullOrWhiteSpace(objectKey))
        {
            throw new ArgumentException("An object key must not be empty or white space.", parameterName);
        }

        if (objectKey is "." or "..")
        {
            throw new ArgumentException("An object key must not be '.' or '..': URI normalization would turn it into another resource.", parameterName);
        }
    }
}
