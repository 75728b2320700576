using Aps.Sdk.ServiceAccounts;

namespace Aps.Sdk.AotSmoke;

/// <summary>Service Accounts: the list (single page), extensible status and the Go-style timestamps.</summary>
internal sealed class ServiceAccountsSmoke : ISmokeCheck
{
    public string Name => "Service Accounts: ListAsync";

    public async Task RunAsync()
    {
        var handler = new CannedHandler()
            .OnJson(HttpMethod.Get, "/authentication/v2/service-accounts", """
                {"serviceAccounts":[
                  {"serviceAccountId":"SA1","email":"sa1@example.adskserviceaccount.autodesk.com","createdBy":"client","status":"ENABLED","createdAt":"2024-01-25 03:08:04.156576834 +0000 UTC","expiresAt":"2025-01-25 03:08:04.156576834 +0000 UTC"},
                  {"serviceAccountId":"SA2","email":"sa2@example.adskserviceaccount.autodesk.com","status":"DISABLED"}]}
                """);
        using var client = handler.CreateClient();

        var accounts = new List<ServiceAccount>();
        await foreach (var account in client.ServiceAccounts.ListAsync().ConfigureAwait(false))
        {
            accounts.Add(account);
        }

        Check.Equal(2, accounts.Count, "accounts");
        Check.Equal(ServiceAccountStatus.Enabled, accounts[0].Status, "status");
        Check.Equal(new DateTimeOffset(2024, 1, 25, 3, 8, 4, 156, TimeSpan.Zero), accounts[0].CreatedAt!.Value.AddTicks(-(accounts[0].CreatedAt!.Value.Ticks % TimeSpan.TicksPerMillisecond)), "created at (Go timestamp)");
        Check.Equal(ServiceAccountStatus.Disabled, accounts[1].Status, "second status");
    }
}
