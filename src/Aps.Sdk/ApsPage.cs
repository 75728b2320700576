using System.Text.Json;
using Aps.Sdk.JsonApi;

namespace Aps.Sdk;

/// <summary>One page of an <see cref="ApsPageable{T}"/>, with what came with it.</summary>
/// <typeparam name="T">The item type.</typeparam>
public sealed class ApsPage<T>
{
    /// <summary>Creates a page.</summary>
    /// <param name="values">The items.</param>
    /// <param name="continuationToken">The token of the next page, or <see langword="null"/> on the last page.</param>
    public ApsPage(IReadOnlyList<T> values, string? continuationToken)
    {
        ArgumentNullException.ThrowIfNull(values);
        Values = values;
        ContinuationToken = continuationToken;
    }

    /// <summary>Gets the items.</summary>
    public IReadOnlyList<T> Values { get; }

    /// <summary>Gets the token that resumes at the next page, or <see langword="null"/> on the last page.</summary>
    public string? ContinuationToken { get; }

    /// <summary>Gets the total number of items the service reported, when it did.</summary>
    public long? TotalResults { get; init; }

    /// <summary>Gets the JSON:API resources included with the page (never null).</summary>
    public IReadOnlyList<JsonApiResource> Included { get; init; } = [];

    /// <summary>Gets the page's meta, raw.</summary>
    public JsonElement? Meta { get; init; }

    /// <summary>Gets the warnings the page carried (never null).</summary>
    public IReadOnlyList<ApsWarning> Warnings { get; init; } = [];

    /// <summary>Gets the HTTP status of the page (204 for an empty Webhooks page).</summary>
    public int StatusCode { get; init; } = 200;
}
