using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using Aps.Sdk.Authentication;
using Aps.Sdk.ServiceAccounts;
using Aps.Sdk.Testing;

namespace Aps.Sdk.IntegrationTests.ServiceAccountTests;

/// <summary>Service accounts, keys and the service-account token provider end to end on the emulator.</summary>
public class ServiceAccountsEmulatorTests
{
    private static async Task<List<T>> AllAsync<T>(ApsPageable<T> pageable)
    {
        var list = new List<T>();
        await foreach (var item in pageable)
        {
            list.Add(item);
        }

        return list;
    }

    [Fact]
    public async Task Accounts_and_keys_are_managed_and_the_limits_hold()
    {
        await using var emulator = await ApsEmulator.StartAsync();
        using var aps = emulator.CreateClient();
        var ssa = aps.ServiceAccounts;

        var account = await ssa.CreateAsync(new ServiceAccountCreateRequest { Name = "robot-one", FirstName = "Robot", LastName = "One" });
        account.Email.Should().Be($"robot-one@{emulator.CreateOptions().ClientId}.adskserviceaccount.autodesk.com".ToLowerInvariant());
        (await ssa.GetAsync(account.ServiceAccountId!)).Status.Should().Be(ServiceAccountStatus.Enabled);
        (await AllAsync(ssa.ListAsync())).Should().ContainSingle().Which.CreatedAt.Should().NotBeNull();

        var keys = new List<ServiceAccountPrivateKey>();
        for (var i = 0; i < 3; i++)
        {
            keys.Add(await ssa.CreateKeyAsync(account.ServiceAccountId!));
        }

        keys.Should().OnlyContain(k => k.PrivateKeyPem!.StartsWith("-----BEGIN PRIVATE KEY-----", StringComparison.Ordinal));
        var fourth = () => ssa.CreateKeyAsync(account.ServiceAccountId!);
        (await fourth.Should().ThrowAsync<ApsException>()).Which.StatusCode.Should().Be(403);

        var listed = await AllAsync(ssa.ListKeysAsync(account.ServiceAccountId!));
        listed.Select(k => k.KeyId).Should().BeEquivalentTo(keys.Select(k => k.KeyId));
        await ssa.SetKeyStatusAsync(account.ServiceAccountId!, keys[0].KeyId!, ServiceAccountStatus.Disabled);
        (await AllAsync(ssa.ListKeysAsync(account.ServiceAccountId!))).Single(k => k.KeyId == keys[0].KeyId).Status.Should().Be(ServiceAccountStatus.Disabled);
        await ssa.DeleteKeyAsync(account.ServiceAccountId!, keys[1].KeyId!);
        (await AllAsync(ssa.ListKeysAsync(account.ServiceAccountId!))).Should().HaveCount(2);

        (await ssa.SetStatusAsync(account.ServiceAccountId!, ServiceAccountStatus.Disabled)).Status.Should().Be(ServiceAccountStatus.Disabled);
        var same = () => ssa.SetStatusAsync(account.ServiceAccountId!, ServiceAccountStatus.Disabled);
        (await same.Should().ThrowAsync<ApsException>()).Which.StatusCode.Should().Be(400);

        await ssa.DeleteAsync(account.ServiceAccountId!);
        var gone = () => ssa.GetAsync(account.ServiceAccountId!);
        (await gone.Should().ThrowAsync<ApsException>()).Which.StatusCode.Should().Be(404);

        for (var i = 0; i < 10; i++)
        {
            await ssa.CreateAsync(new ServiceAccountCreateRequest { Name = $"robot-{i:00}" });
        }

        var eleventh = () => ssa.CreateAsync(new ServiceAccountCreateRequest { Name = "robot-eleven" });
        (await eleventh.Should().ThrowAsync<ApsException>()).Which.StatusCode.Should().Be(403);
    }

    [Fact]
    public async Task The_token_provider_signs_in_as_the_service_account_and_its_tokens_call_apis()
    {
        await using var emulator = await ApsEmulator.StartAsync();
        using var admin = emulator.CreateClient();
        var account = await admin.ServiceAccounts.CreateAsync(new ServiceAccountCreateRequest { Name = "robot-one" });
        var key = await admin.ServiceAccounts.CreateKeyAsync(account.ServiceAccountId!);

        using var credential = ServiceAccountKeyCredential.FromPrivateKey(account.ServiceAccountId!, key);
        var provider = new ServiceAccountTokenProvider(admin.Authentication, credential);
        using var robot = emulator.CreateClient(o => o.TokenProvider = provider);

        var token = await provider.GetTokenAsync(ApsScopes.Create(ApsScopes.DataRead, ApsScopes.DataWrite), default);
        (await provider.GetTokenAsync(ApsScopes.Create(ApsScopes.DataRead, ApsScopes.DataWrite), default)).Should().BeSameAs(token, "the token is cached per scope set");

        var introspection = await admin.Authentication.IntrospectTokenAsync(token.Value);
        introspection.Active.Should().BeTrue();
        introspection.UserId.Should().Be(account.ServiceAccountId, "the token acts as the service account");

        var created = await robot.Webhooks.CreateHookAsync(Webhooks.WebhookSystem.Data, Webhooks.WebhookEventName.DmFolderAdded, new Webhooks.WebhookCreateRequest
        {
            CallbackUrl = new Uri("https://example.com/cb"),
            Scope = Webhooks.WebhookScope.ForFolder("urn:adsk.wipprod:fs.folder:co.x"),
        });
        (await robot.Webhooks.GetHookAsync(Webhooks.WebhookSystem.Data, Webhooks.WebhookEventName.DmFolderAdded, created.HookId)).CreatedBy.Should().Be(account.ServiceAccountId);
    }

    [Fact]
    public async Task Assertions_are_rejected_for_a_disabled_account_a_disabled_key_or_a_foreign_signature()
    {
        await using var emulator = await ApsEmulator.StartAsync();
        using var admin = emulator.CreateClient();
        var ssa = admin.ServiceAccounts;
        var account = await ssa.CreateAsync(new ServiceAccountCreateRequest { Name = "robot-one" });
        var key = await ssa.CreateKeyAsync(account.ServiceAccountId!);
        var scopes = ApsScopes.Create(ApsScopes.DataRead);

        // A key that was never registered, presented under the registered kid: the signature check fails.
        using var foreign = RSA.Create(2048);
        using (var forged = ServiceAccountKeyCredential.FromPem(account.ServiceAccountId!, key.KeyId!, foreign.ExportPkcs8PrivateKeyPem()))
        {
            var act = () => new ServiceAccountTokenProvider(admin.Authentication, forged).GetTokenAsync(scopes, default).AsTask();
            (await act.Should().ThrowAsync<ApsException>()).Which.Message.Should().Contain("invalid");
        }

        using var credential = ServiceAccountKeyCredential.FromPrivateKey(account.ServiceAccountId!, key);
        await ssa.SetKeyStatusAsync(account.ServiceAccountId!, key.KeyId!, ServiceAccountStatus.Disabled);
        await FluentActions.Awaiting(() => new ServiceAccountTokenProvider(admin.Authentication, credential).GetTokenAsync(scopes, default).AsTask()).Should().ThrowAsync<ApsException>();

        await ssa.SetKeyStatusAsync(account.ServiceAccountId!, key.KeyId!, ServiceAccountStatus.Enabled);
        (await new ServiceAccountTokenProvider(admin.Authentication, credential).GetTokenAsync(scopes, default)).Value.Should().NotBeNullOrEmpty();

        await ssa.SetStatusAsync(account.ServiceAccountId!, ServiceAccountStatus.Disabled);
        await FluentActions.Awaiting(() => new ServiceAccountTokenProvider(admin.Authentication, credential).GetTokenAsync(scopes, default).AsTask()).Should().ThrowAsync<ApsException>();
    }

    [Fact]
    public async Task The_emulator_rejects_an_assertion_that_lives_longer_than_5_minutes_or_a_string_scope()
    {
        await using var emulator = await ApsEmulator.StartAsync();
        using var admin = emulator.CreateClient();
        var account = await admin.ServiceAccounts.CreateAsync(new ServiceAccountCreateRequest { Name = "robot-one" });
        var key = await admin.ServiceAccounts.CreateKeyAsync(account.ServiceAccountId!);
        using var rsa = RSA.Create();
        rsa.ImportFromPem(key.PrivateKeyPem);
        var options = emulator.CreateOptions();
        var now = DateTimeOffset.UtcNow;

        string Jwt(long exp, string scopeJson)
        {
            static string B64(byte[] b) => Convert.ToBase64String(b).TrimEnd('=').Replace('+', '-').Replace('/', '_');
            var head = B64(Encoding.UTF8.GetBytes($$"""{"alg":"RS256","kid":"{{key.KeyId}}"}"""));
            var body = B64(Encoding.UTF8.GetBytes($$"""{"iss":"{{options.ClientId}}","sub":"{{account.ServiceAccountId}}","aud":"{{emulator.BaseAddress.AbsoluteUri.TrimEnd('/')}}/authentication/v2/token","exp":{{exp}},"scope":{{scopeJson}}}"""));
            return head + "." + body + "." + B64(rsa.SignData(Encoding.ASCII.GetBytes(head + "." + body), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1));
        }

        async Task<HttpStatusCode> ExchangeAsync(string assertion)
        {
            using var http = new HttpClient { BaseAddress = emulator.BaseAddress };
            using var request = new HttpRequestMessage(HttpMethod.Post, "/authentication/v2/token")
            {
                Content = new FormUrlEncodedContent([new("grant_type", "urn:ietf:params:oauth:grant-type:jwt-bearer"), new("assertion", assertion)]),
            };
            request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(options.ClientId + ":" + options.ClientSecret)));
            using var response = await http.SendAsync(request);
            return response.StatusCode;
        }

        (await ExchangeAsync(Jwt(now.AddMinutes(4).ToUnixTimeSeconds(), """["data:read"]"""))).Should().Be(HttpStatusCode.OK);
        (await ExchangeAsync(Jwt(now.AddMinutes(30).ToUnixTimeSeconds(), """["data:read"]"""))).Should().Be(HttpStatusCode.BadRequest);
        (await ExchangeAsync(Jwt(now.AddMinutes(-1).ToUnixTimeSeconds(), """["data:read"]"""))).Should().Be(HttpStatusCode.BadRequest);
        (await ExchangeAsync(Jwt(now.AddMinutes(4).ToUnixTimeSeconds(), "\"data:read\""))).Should().Be(HttpStatusCode.BadRequest);
    }
}
