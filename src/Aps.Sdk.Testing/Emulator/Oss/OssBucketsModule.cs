using System.Text;
using System.Text.Json.Nodes;
using Aps.Sdk.Authentication;

namespace Aps.Sdk.Testing.Emulator.Oss;

/// <summary>OSS buckets: create (policy, required region header), list (startAt paging), details, delete.</summary>
internal sealed class OssBucketsModule : IEmulatorModule
{
    internal static readonly string[] Regions = ["US", "EMEA", "AUS", "APAC", "CAN", "DEU", "IND", "JPN", "GBR"];
    private static readonly string[] Policies = ["transient", "temporary", "persistent"];
    private readonly EmulatorContext _context;

    public OssBucketsModule(EmulatorContext context)
    {
        _context = context;
    }

    private OssStore Store => _context.Oss;

    public void Map(EmulatorRouteTable routes)
    {
        routes.MapPost("/oss/v2/buckets", CreateAsync).Scopes(ApsScopes.BucketCreate);
        routes.MapGet("/oss/v2/buckets", ListAsync).Scopes(ApsScopes.BucketRead);
        routes.MapGet("/oss/v2/buckets/{bucketKey}/details", DetailsAsync).Scopes(ApsScopes.BucketRead, ApsScopes.ViewablesRead);
        routes.MapDelete("/oss/v2/buckets/{bucketKey}", DeleteAsync).Scopes(ApsScopes.BucketDelete);
    }

    /// <summary>Checks a bucket key: 3 to 128 characters of [-_.a-z0-9]; 400 with a reason otherwise.</summary>
    internal static void ValidateBucketKey(string? key)
    {
        if (key is null || key.Length is < 3 or > 128 || !key.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-' or '_' or '.'))
        {
            throw EmulatorError.Reason(400, $"Bucket key '{key}' is invalid: it must be 3 to 128 characters of lower-case letters, digits, '-', '_' and '.' ([-_.a-z0-9]{{3,128}}).");
        }
    }

    internal static string NormalizeRegion(string? region, string fallback)
    {
        if (string.IsNullOrWhiteSpace(region))
        {
            return fallback;
        }

        return Regions.FirstOrDefault(r => string.Equals(r, region.Trim(), StringComparison.OrdinalIgnoreCase))
            ?? throw EmulatorError.Reason(400, $"Region '{region}' is not valid; use one of {string.Join(", ", Regions)}.");
    }

    private async Task CreateAsync(EmulatorRequest request)
    {
        var regionHeader = request.Header("region") ?? request.Header("x-ads-region");
        if (string.IsNullOrWhiteSpace(regionHeader))
        {
            throw EmulatorError.Reason(400, "The region header is required (US, EMEA, AUS, APAC, CAN, DEU, IND, JPN or GBR).");
        }

        var region = NormalizeRegion(regionHeader, "US");
        var body = await request.ReadJsonObjectAsync().ConfigureAwait(false);
        var bucketKey = body["bucketKey"]?.GetValueKind() == System.Text.Json.JsonValueKind.String ? body["bucketKey"]!.GetValue<string>() : null;
        ValidateBucketKey(bucketKey);
        var policy = body["policyKey"]?.GetValueKind() == System.Text.Json.JsonValueKind.String ? body["policyKey"]!.GetValue<string>() : null;
        if (policy is null || !Policies.Contains(policy.ToLowerInvariant()))
        {
            throw EmulatorError.Reason(400, $"policyKey must be transient, temporary or persistent; '{policy}' is not.");
        }

        var allow = new List<(string, string)>();
        if (body["allow"] is JsonArray entries)
        {
            foreach (var entry in entries.OfType<JsonObject>())
            {
                var authId = entry["authId"]?.ToString();
                var access = entry["access"]?.ToString();
                if (string.IsNullOrEmpty(authId) || access is not ("full" or "read"))
                {
                    throw EmulatorError.Reason(400, "Each 'allow' entry needs an authId and an access of 'full' or 'read'.");
                }

                allow.Add((authId, access));
            }
        }

        var bucket = Store.CreateBucket(bucketKey!, policy.ToLowerInvariant(), region, allow);
        await request.JsonAsync(OssJson.Bucket(bucket)).ConfigureAwait(false);
    }

    private Task ListAsync(EmulatorRequest request)
    {
        var region = NormalizeRegion(request.Query("region"), "US");
        var limit = request.QueryInt("limit", 1, 100) ?? 10;
        var startAt = request.Query("startAt");
        var (items, more) = Store.ListBuckets(region, startAt, limit);
        var body = new JsonObject { ["items"] = new JsonArray([.. items.Select(b => (JsonNode)OssJson.BucketItem(b))]) };
        if (more)
        {
            var next = new StringBuilder(_context.BaseUrl).Append("/oss/v2/buckets?limit=").Append(limit)
                .Append("&startAt=").Append(Uri.EscapeDataString(items[^1].Key));
            if (request.Query("region") is not null)
            {
                next.Append("&region=").Append(region);
            }

            body["next"] = next.ToString();
        }

        return request.JsonAsync(body);
    }

    private Task DetailsAsync(EmulatorRequest request)
        => request.JsonAsync(OssJson.Bucket(Store.RequireBucket(request["bucketKey"])));

    private Task DeleteAsync(EmulatorRequest request)
    {
        Store.DeleteBucket(request["bucketKey"]);
        return request.EmptyAsync();
    }
}
