using System.Net;
using Aps.Sdk.Oss;

namespace Aps.Sdk.AotSmoke;

/// <summary>Errors: a 404 with an OSS error body becomes a typed <see cref="ApsException"/>; a 429 is retried.</summary>
internal sealed class ErrorSmoke : ISmokeCheck
{
    public string Name => "Errors: 404 to ApsException, 429 retried";

    public async Task RunAsync()
    {
        var attempts = 0;
        var handler = new CannedHandler()
            .OnJson(HttpMethod.Get, "/oss/v2/buckets/missing-bucket/details", """{"reason":"Bucket missing-bucket does not exist"}""", HttpStatusCode.NotFound)
            .On(HttpMethod.Delete, "/oss/v2/buckets/busy-bucket", _ =>
            {
                attempts++;
                if (attempts == 1)
                {
                    var limited = CannedHandler.Json("""{"developerMessage":"slow down"}""", HttpStatusCode.TooManyRequests);
                    limited.Headers.TryAddWithoutValidation("Retry-After", "0");
                    return limited;
                }

                return new HttpResponseMessage(HttpStatusCode.OK);
            });
        using var client = handler.CreateClient();

        try
        {
            await client.Oss.GetBucketDetailsAsync("missing-bucket").ConfigureAwait(false);
            throw new InvalidOperationException("check failed: no exception for 404");
        }
        catch (ApsException ex)
        {
            Check.Equal(404, ex.StatusCode, "status");
            Check.That(ex.Message.Contains("does not exist", StringComparison.Ordinal), "server reason in message: " + ex.Message);
        }

        await client.Oss.DeleteBucketAsync("busy-bucket").ConfigureAwait(false);
        Check.Equal(2, attempts, "429 retried once");
    }
}
