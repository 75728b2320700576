using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace Aps.Sdk.Benchmarks;

/// <summary>
/// The primary handler of every benchmark: no sockets, no server. It answers the 2-legged token endpoint with a
/// one-hour token and every other request with a fresh 200 response carrying a ~500-byte JWKS body, so the SDK path
/// and the raw baseline pay exactly the same transport cost.
/// </summary>
internal sealed class InMemoryApsHandler : HttpMessageHandler
{
    public const string AccessToken = "eyJhbGciOiJSUzI1NiIsImtpZCI6ImJlbmNobWFyayJ9.eyJzY29wZSI6WyJkYXRhOnJlYWQiXX0.c2lnbmF0dXJl";

    private static readonly MediaTypeHeaderValue Json = new("application/json") { CharSet = "utf-8" };

    public InMemoryApsHandler()
    {
        // One RSA-2048 public key as APS publishes it: the modulus is 342 base64url characters.
        var modulus = new StringBuilder(342);
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        for (var i = 0; i < 342; i++)
        {
            modulus.Append(alphabet[(i * 7 + 3) % alphabet.Length]);
        }

        KeysBody = Encoding.UTF8.GetBytes(
            "{\"keys\":[{\"kty\":\"RSA\",\"kid\":\"U7sGFFo5Xo3b8Ry1KvOwXuRtcGSi\",\"use\":\"sig\",\"alg\":\"RS256\",\"n\":\""
            + modulus + "\",\"e\":\"AQAB\"}]}");
        TokenBody = Encoding.UTF8.GetBytes(
            "{\"access_token\":\"" + AccessToken + "\",\"token_type\":\"Bearer\",\"expires_in\":3599}");
    }

    /// <summary>Gets the JWKS body every non-token request receives.</summary>
    public byte[] KeysBody { get; }

    /// <summary>Gets the token endpoint's body.</summary>
    public byte[] TokenBody { get; }

    /// <summary>Gets how many token requests reached the handler (a warm cache keeps this at one).</summary>
    public int TokenRequests { get; private set; }

    /// <summary>Gets the <c>Authorization</c> header of the last non-token request (checked once in setup).</summary>
    public string? LastAuthorization { get; private set; }

    /// <summary>Gets or sets a value indicating whether <see cref="LastAuthorization"/> is recorded.</summary>
    public bool Record { get; set; }

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        byte[] body;
        if (request.Method == HttpMethod.Post && request.RequestUri!.AbsolutePath == "/authentication/v2/token")
        {
            TokenRequests++;
            body = TokenBody;
        }
        else
        {
            if (Record)
            {
                LastAuthorization = request.Headers.Authorization?.ToString();
            }

            body = KeysBody;
        }

        var content = new ByteArrayContent(body);
        content.Headers.ContentType = Json;
        return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = content, RequestMessage = request });
    }
}
