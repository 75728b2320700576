using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Aps.Sdk.Testing.Emulator.ServiceAccounts;

/// <summary>
/// Secure Service Accounts: accounts (create, list, get, enable/disable, delete) and keys (create with a fresh
/// RSA-2048 pair whose private key is returned once, list, enable/disable, delete). The assertion exchange is in the
/// authentication module (<c>jwt-bearer</c> grant), which checks signatures against the stored public keys.
/// </summary>
internal sealed class ServiceAccountsModule : IEmulatorModule
{
    internal const string AccountRead = "application:service_account:read";
    internal const string AccountWrite = "application:service_account:write";
    internal const string KeyRead = "application:service_account_key:read";
    internal const string KeyWrite = "application:service_account_key:write";

    private const string Base = "/authentication/v2/service-accounts";
    private readonly EmulatorContext _context;

    public ServiceAccountsModule(EmulatorContext context)
    {
        _context = context;
    }

    private ServiceAccountStore Store => _context.ServiceAccounts;

    public void Map(EmulatorRouteTable routes)
    {
        routes.MapPost(Base, CreateAsync).Scopes(AccountWrite);
        routes.MapGet(Base, ListAsync).Scopes(AccountRead);
        routes.MapGet(Base + "/{id}", GetAsync).Scopes(AccountRead);
        routes.Map("PATCH", Base + "/{id}", SetStatusAsync).Scopes(AccountWrite);
        routes.MapDelete(Base + "/{id}", DeleteAsync).Scopes(AccountWrite);
        routes.MapPost(Base + "/{id}/keys", CreateKeyAsync).Scopes(KeyWrite);
        routes.MapGet(Base + "/{id}/keys", ListKeysAsync).Scopes(KeyRead);
        routes.Map("PATCH", Base + "/{id}/keys/{kid}", SetKeyStatusAsync).Scopes(KeyWrite);
        routes.MapDelete(Base + "/{id}/keys/{kid}", DeleteKeyAsync).Scopes(KeyWrite);
    }

    private static void RequireTwoLegged(EmulatorRequest request)
    {
        if (request.Token?.User is not null)
        {
            throw ServiceAccountStore.SsaError(401, "unauthorized", "The service account APIs need a two-legged token.");
        }
    }

    private async Task CreateAsync(EmulatorRequest request)
    {
        RequireTwoLegged(request);
        var body = await request.ReadJsonObjectAsync().ConfigureAwait(false);
        var name = Text(body, "name");
        if (name is null || name.Length is < 5 or > 100)
        {
            throw ServiceAccountStore.SsaError(400, "invalid_request", "The name must be 5 to 100 characters long.");
        }

        var account = Store.Create(name, Text(body, "firstName"), Text(body, "lastName"));
        await request.JsonAsync(new JsonObject { ["serviceAccountId"] = account.Id, ["email"] = account.Email }, 201).ConfigureAwait(false);
    }

    private Task ListAsync(EmulatorRequest request)
    {
        RequireTwoLegged(request);
        var items = Store.Locked(accounts => accounts.Values.OrderBy(a => a.CreatedAt).Select(a => (JsonNode)Details(a)).ToArray());
        return request.JsonAsync(new JsonObject { ["serviceAccounts"] = new JsonArray(items) });
    }

    private Task GetAsync(EmulatorRequest request)
    {
        RequireTwoLegged(request);
        var account = Store.Require(request["id"]);
        return request.JsonAsync(Store.Locked(_ => Details(account)));
    }

    private async Task SetStatusAsync(EmulatorRequest request)
    {
        RequireTwoLegged(request);
        var enable = await ReadStatusAsync(request).ConfigureAwait(false);
        var account = Store.Require(request["id"]);
        var details = Store.Locked(_ =>
        {
            if (account.Enabled == enable)
            {
                throw ServiceAccountStore.SsaError(400, "invalid_request", $"The service account is already {(enable ? "enabled" : "disabled")}.");
            }

            account.Enabled = enable;
            return Details(account);
        });
        await request.JsonAsync(details).ConfigureAwait(false);
    }

    private Task DeleteAsync(EmulatorRequest request)
    {
        RequireTwoLegged(request);
        Store.Delete(request["id"]);
        return request.EmptyAsync(204);
    }

    private Task CreateKeyAsync(EmulatorRequest request)
    {
        RequireTwoLegged(request);
        var (kid, pem) = Store.CreateKey(request["id"]);
        return request.JsonAsync(new JsonObject { ["kid"] = kid, ["privateKey"] = pem }, 201);
    }

    private Task ListKeysAsync(EmulatorRequest request)
    {
        RequireTwoLegged(request);
        var account = Store.Require(request["id"]);
        var keys = Store.Locked(_ => account.Keys.Select(k => (JsonNode)new JsonObject
        {
            ["kid"] = k.Kid,
            ["status"] = k.Enabled ? "ENABLED" : "DISABLED",
            ["createdAt"] = GoTime(k.CreatedAt),
            ["accessedAt"] = k.AccessedAt is { } at ? GoTime(at) : null,
        }).ToArray());
        return request.JsonAsync(new JsonObject { ["keys"] = new JsonArray(keys) });
    }

    private async Task SetKeyStatusAsync(EmulatorRequest request)
    {
        RequireTwoLegged(request);
        var enable = await ReadStatusAsync(request).ConfigureAwait(false);
        var account = Store.Require(request["id"]);
        Store.Locked(_ =>
        {
            var key = account.Keys.FirstOrDefault(k => k.Kid == request["kid"]) ?? throw ServiceAccountStore.SsaError(404, "not_found", "The service account key is not found.");
            if (!account.Enabled)
            {
                throw ServiceAccountStore.SsaError(400, "invalid_request", "The service account is not currently in an enabled state.");
            }

            if (key.Enabled == enable)
            {
                throw ServiceAccountStore.SsaError(400, "invalid_request", $"The key is already {(enable ? "enabled" : "disabled")}.");
            }

            key.Enabled = enable;
            return 0;
        });
        await request.EmptyAsync(204).ConfigureAwait(false);
    }

    private Task DeleteKeyAsync(EmulatorRequest request)
    {
        RequireTwoLegged(request);
        var account = Store.Require(request["id"]);
        Store.Locked(_ => account.Keys.RemoveAll(k => k.Kid == request["kid"]) > 0 ? 0 : throw ServiceAccountStore.SsaError(404, "not_found", "The service account key is not found."));
        return request.EmptyAsync(204);
    }

    private static async Task<bool> ReadStatusAsync(EmulatorRequest request)
    {
        var body = await request.ReadJsonObjectAsync().ConfigureAwait(false);
        return Text(body, "status") switch
        {
            "ENABLED" => true,
            "DISABLED" => false,
            var other => throw ServiceAccountStore.SsaError(400, "invalid_request", $"status must be ENABLED or DISABLED; '{other}' is not."),
        };
    }

    private static string? Text(JsonObject body, string name)
        => body[name] is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;

    private JsonObject Details(EmulatedServiceAccount a) => new()
    {
        ["serviceAccountId"] = a.Id,
        ["email"] = a.Email,
        ["createdBy"] = _context.ClientId,
        ["status"] = a.Enabled ? "ENABLED" : "DISABLED",
        ["createdAt"] = GoTime(a.CreatedAt),
        ["accessedAt"] = a.AccessedAt is { } at ? GoTime(at) : null,
        ["expiresAt"] = GoTime(a.CreatedAt.AddYears(1)),
    };

    /// <summary>The layout the reference examples use: <c>2024-01-25 03:08:04.156576834 +0000 UTC</c>.</summary>
    internal static string GoTime(DateTimeOffset value)
        => value.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss.fffffff", CultureInfo.InvariantCulture) + "00 +0000 UTC";
}
