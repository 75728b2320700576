using Aps.Sdk.Authentication;

namespace Aps.Sdk.AotSmoke;

/// <summary>Authentication: a 2-legged token through the token provider (form body, JSON answer), then the key set.</summary>
internal sealed class AuthenticationSmoke : ISmokeCheck
{
    public string Name => "Authentication: token provider + GetKeysAsync";

    public async Task RunAsync()
    {
        var handler = new CannedHandler()
            .OnJson(HttpMethod.Get, "/authentication/v2/keys", """{"keys":[{"kid":"k1","kty":"RSA","use":"sig","alg":"RS256","n":"abc","e":"AQAB"}]}""");
        using var client = handler.CreateClient();

        var token = await client.TokenProvider!.GetTokenAsync(ApsScopes.Create(ApsScopes.DataRead), CancellationToken.None).ConfigureAwait(false);
        Check.Equal("aot-smoke-token", token.Value, "access token");
        var again = await client.TokenProvider.GetTokenAsync(ApsScopes.Create(ApsScopes.DataRead), CancellationToken.None).ConfigureAwait(false);
        Check.That(ReferenceEquals(token, again) || token.Value == again.Value, "token cached");
        Check.Equal(1, handler.TokenRequests, "token requests");

        var keys = await client.Authentication.GetKeysAsync().ConfigureAwait(false);
        Check.Equal(1, keys.Keys.Count, "keys");
        Check.Equal("k1", keys.Keys[0].KeyId, "kid");
    }
}
