using System.Net;
using Aps.Sdk.Core.Pipeline;

namespace Aps.Sdk.Core.Handlers;

/// <summary>
/// Adds the bearer token for the operation's scopes, fetched inside the retry loop so each attempt carries a
/// current token. On 401 it invalidates the token and resends once (when the body can be replayed).
/// </summary>
internal sealed class AuthenticationHandler : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var context = ApsRequestContext.Get(request);
        if (context?.Scopes is null)
        {
            return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }

        var provider = context.TokenProvider
            ?? throw new ApsAuthenticationException(
                $"{context.OperationName} needs an access token, but no token provider is available: set Aps:ClientSecret for 2-legged calls, configure a TokenProvider, or pass the signed-in user's provider in the call's options (ApsRequestOptions.TokenProvider).");

        var token = await provider.GetTokenAsync(context.Scopes, cancellationToken).ConfigureAwait(false);
        request.Headers.Authorization = token.AuthorizationHeader;
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode != HttpStatusCode.Unauthorized || !context.BodyReplayable)
        {
            return response;
        }

        // The token was rejected (revoked, rotated, clock skew): forget it and try once with a fresh one.
        response.Dispose();
        await provider.InvalidateAsync(token, cancellationToken).ConfigureAwait(false);
        var fresh = await provider.GetTokenAsync(context.Scopes, cancellationToken).ConfigureAwait(false);
        request.Headers.Authorization = fresh.AuthorizationHeader;
        return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }
}
