using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Aps.Sdk.Authentication;

namespace Aps.Sdk.Testing.Emulator.Oss;

/// <summary>OSS objects: list (beginsWith, startAt paging), details (<c>with</c>, If-Modified-Since), delete, copy, legacy download.</summary>
internal sealed class OssObjectsModule : IEmulatorModule
{
    private static readonly string[] WithValues = ["createdDate", "lastAccessedDate", "lastModifiedDate", "userDefinedMetadata"];
    private readonly EmulatorContext _context;

    public OssObjectsModule(EmulatorContext context)
    {
        _context = context;
    }

    private OssStore Store => _context.Oss;

    public void Map(EmulatorRouteTable routes)
    {
        routes.MapGet("/oss/v2/buckets/{bucketKey}/objects", ListAsync).Scopes(ApsScopes.DataRead);
        routes.MapGet("/oss/v2/buckets/{bucketKey}/objects/{objectKey}/details", DetailsAsync).Scopes(ApsScopes.DataRead);
        routes.MapDelete("/oss/v2/buckets/{bucketKey}/objects/{objectKey}", DeleteAsync).Scopes(EmulatorScopes.DataWrite);
        routes.MapPut("/oss/v2/buckets/{bucketKey}/objects/{objectKey}/copyto/{newObjKey}", CopyAsync).Scopes(EmulatorScopes.DataCreateOrWrite);
        routes.MapGet("/oss/v2/buckets/{bucketKey}/objects/{objectKey}", DownloadAsync).Scopes(ApsScopes.DataRead);
    }

    private Task ListAsync(EmulatorRequest request)
    {
        var bucketKey = request["bucketKey"];
        var limit = request.QueryInt("limit", 1, 100) ?? 10;
        var beginsWith = request.Query("beginsWith");
        var startAt = request.Query("startAt");
        var (items, more) = Store.ListObjects(bucketKey, beginsWith, startAt, limit);
        var body = new JsonObject { ["items"] = new JsonArray([.. items.Select(o => (JsonNode)OssJson.Object(o, _context.BaseUrl))]) };
        if (more)
        {
            var next = new StringBuilder(_context.BaseUrl).Append("/oss/v2/buckets/").Append(Uri.EscapeDataString(bucketKey))
                .Append("/objects?limit=").Append(limit.ToString(CultureInfo.InvariantCulture))
                .Append("&startAt=").Append(Uri.EscapeDataString(items[^1].ObjectKey));
            if (beginsWith is not null)
            {
                next.Append("&beginsWith=").Append(Uri.EscapeDataString(beginsWith));
            }

            body["next"] = next.ToString();
        }

        return request.JsonAsync(body);
    }

    private Task DetailsAsync(EmulatorRequest request)
    {
        var stored = Store.RequireObject(request["bucketKey"], request["objectKey"]);
        if (NotModifiedSince(request, stored.LastModifiedDate))
        {
            return request.EmptyAsync(304);
        }

        var with = new HashSet<string>(StringComparer.Ordinal);
        foreach (var value in request.Request.Query["with"])
        {
            foreach (var item in (value ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (!WithValues.Contains(item, StringComparer.Ordinal))
                {
                    throw EmulatorError.Reason(400, $"'{item}' is not a valid value of 'with' ({string.Join(", ", WithValues)}).");
                }

                with.Add(item);
            }
        }

        return request.JsonAsync(OssJson.Object(stored, _context.BaseUrl, with));
    }

    private Task DeleteAsync(EmulatorRequest request)
    {
        Store.DeleteObject(request["bucketKey"], request["objectKey"]);
        return request.EmptyAsync();
    }

    private Task CopyAsync(EmulatorRequest request)
    {
        var copy = Store.Copy(request["bucketKey"], request["objectKey"], request["newObjKey"]);
        return request.JsonAsync(OssJson.Object(copy, _context.BaseUrl));
    }

    private async Task DownloadAsync(EmulatorRequest request)
    {
        var stored = Store.RequireObject(request["bucketKey"], request["objectKey"]);
        if (NotModifiedSince(request, stored.LastModifiedDate) || IfNoneMatch(request, stored.Content.Sha1))
        {
            await request.EmptyAsync(304).ConfigureAwait(false);
            return;
        }

        Store.Touch(stored);
        var headers = new BlobResponder.ContentHeaders(stored.ContentType, stored.Metadata.ContentDisposition, stored.Metadata.CacheControl, stored.Metadata.ContentEncoding, stored.Content.Sha1, stored.LastModifiedDate);
        await BlobResponder.ServeAsync(request.Http, stored.Content, headers, () => EmulatorError.Reason(416, "The requested range is not satisfiable.")).ConfigureAwait(false);
    }

    /// <summary>True when an <c>If-Modified-Since</c> header is at or after <paramref name="modified"/> (to the second).</summary>
    internal static bool NotModifiedSince(EmulatorRequest request, DateTimeOffset modified)
    {
        var header = request.Header("If-Modified-Since");
        if (header is null)
        {
            return false;
        }

        if (!DateTimeOffset.TryParse(header, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var since))
        {
            return false;
        }

        return modified.ToUnixTimeSeconds() <= since.ToUnixTimeSeconds();
    }

    /// <summary>True when an <c>If-None-Match</c> header names one of <paramref name="tags"/> (quotes and weak prefixes ignored).</summary>
    internal static bool IfNoneMatch(EmulatorRequest request, params string[] tags)
    {
        var header = request.Header("If-None-Match");
        if (header is null)
        {
            return false;
        }

        foreach (var candidate in header.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var value = candidate.StartsWith("W/", StringComparison.Ordinal) ? candidate[2..] : candidate;
            value = value.Trim('"');
            if (value == "*" || tags.Any(t => string.Equals(t, value, StringComparison.OrdinalIgnoreCase)))
            {
                return true;
            }
        }

        return false;
    }
}
