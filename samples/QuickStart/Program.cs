// Aps.Sdk QuickStart: signs in to Autodesk Platform Services and makes a few calls, printing each step.
//
//   dotnet run --project samples/QuickStart
//
// With APS_CLIENT_ID and APS_CLIENT_SECRET set, it runs against real APS. Without them it explains what it needs
// and exits 0: the in-process APS emulator (Aps.Sdk.Testing) that will run the whole flow offline arrives with the
// OSS issue.
using Aps.Sdk;
using Aps.Sdk.Authentication;

var clientId = Environment.GetEnvironmentVariable("APS_CLIENT_ID");
var clientSecret = Environment.GetEnvironmentVariable("APS_CLIENT_SECRET");

if (string.IsNullOrWhiteSpace(clientId) || string.IsNullOrWhiteSpace(clientSecret))
{
    Console.WriteLine("Aps.Sdk QuickStart");
    Console.WriteLine();
    Console.WriteLine("No APS credentials found (APS_CLIENT_ID and APS_CLIENT_SECRET are not set).");
    Console.WriteLine();
    Console.WriteLine("To run this sample against Autodesk Platform Services:");
    Console.WriteLine("  1. Create an application at https://aps.autodesk.com/myapps (a server-to-server app is enough).");
    Console.WriteLine("  2. export APS_CLIENT_ID=<client id>");
    Console.WriteLine("     export APS_CLIENT_SECRET=<client secret>");
    Console.WriteLine("  3. dotnet run --project samples/QuickStart");
    Console.WriteLine();
    Console.WriteLine("The offline flow (sign in, create a bucket, upload, list, translate, read the manifest against the");
    Console.WriteLine($"in-process emulator from Aps.Sdk.Testing) is not part of this sample yet (emulator available: {Aps.Sdk.Testing.ApsEmulatorInfo.IsAvailable}; see docs/testing-your-code.md).");
    return 0;
}

var region = Environment.GetEnvironmentVariable("APS_REGION");
var options = new ApsOptions
{
    ClientId = clientId,
    ClientSecret = clientSecret,
    ApplicationId = "Aps.Sdk.QuickStart",
    DefaultRegion = string.IsNullOrWhiteSpace(region) ? (ApsRegion?)null : ApsRegion.Parse(region),
};

using var aps = new ApsClient(options);
try
{
    Console.WriteLine($"Signing in to {options.BaseAddress} as application {clientId} (2-legged, client credentials)...");
    var scopes = ApsScopes.Create(ApsScopes.DataRead, ApsScopes.BucketRead);
    var token = await aps.Authentication.GetTwoLeggedTokenAsync(scopes);
    Console.WriteLine($"  got a {token.TokenType} token valid for {token.ExpiresIn} s (scopes: {token.Scope ?? scopes.Key}).");

    Console.WriteLine("Reading the OpenID Connect discovery document...");
    var oidc = await aps.Authentication.GetOidcConfigurationAsync();
    Console.WriteLine($"  issuer {oidc.Issuer}; {oidc.ScopesSupported.Count} scopes supported; user info at {oidc.UserInfoEndpoint}.");

    Console.WriteLine("Reading the public keys APS signs tokens with...");
    var keys = await aps.Authentication.GetKeysAsync();
    Console.WriteLine($"  {keys.Keys.Count} key(s): {string.Join(", ", keys.Keys.Select(k => $"{k.KeyId} ({k.KeyType})"))}.");

    Console.WriteLine("Introspecting the token...");
    var introspection = await aps.Authentication.IntrospectTokenAsync(token.AccessToken);
    Console.WriteLine($"  active: {introspection.Active}; expires {introspection.ExpiresOn:u}.");

    Console.WriteLine("Done.");
    return 0;
}
catch (ApsException ex)
{
    Console.Error.WriteLine($"APS call failed: {ex.Message}");
    return 1;
}
