namespace Aps.Sdk;

/// <summary>
/// The result of a conditional read (<see cref="ApsRequestOptions.IfNoneMatch"/> or
/// <see cref="ApsRequestOptions.IfModifiedSince"/>): either a value, or "not modified" (HTTP 304).
/// </summary>
/// <typeparam name="T">The value type.</typeparam>
public sealed class ApsResponse<T>
{
    /// <summary>Creates a response.</summary>
    /// <param name="statusCode">The HTTP status.</param>
    /// <param name="value">The value, unless not modified.</param>
    /// <param name="eTag">The entity tag, when sent.</param>
    /// <param name="lastModified">The last-modified time, when sent.</param>
    public ApsResponse(int statusCode, T? value, string? eTag = null, DateTimeOffset? lastModified = null)
    {
        StatusCode = statusCode;
        Value = value;
        ETag = eTag;
        LastModified = lastModified;
    }

    /// <summary>Gets the HTTP status.</summary>
    public int StatusCode { get; }

    /// <summary>Gets a value indicating whether the resource did not change (HTTP 304); <see cref="Value"/> is then default.</summary>
    public bool IsNotModified => StatusCode == 304;

    /// <summary>Gets the value; default when <see cref="IsNotModified"/>.</summary>
    public T? Value { get; }

    /// <summary>Gets the entity tag the response carried.</summary>
    public string? ETag { get; }

    /// <summary>Gets the last-modified time the response carried.</summary>
    public DateTimeOffset? LastModified { get; }
}
