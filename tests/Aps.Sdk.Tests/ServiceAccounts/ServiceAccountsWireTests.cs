using System.Security.Cryptography;
using Aps.Sdk.ServiceAccounts;
using Aps.Sdk.Tests.Oss;

namespace Aps.Sdk.Tests.ServiceAccountTests;

internal static class SsaFixtures
{
    public static string Read(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "ServiceAccounts", name));
}

/// <summary>The 9 Secure Service Accounts operations on the wire.</summary>
public sealed class ServiceAccountsWireTests : IDisposable
{
    private const string Base = "/authentication/v2/service-accounts";
    private static readonly DateTimeOffset GoTime = new DateTimeOffset(2024, 1, 25, 3, 8, 4, TimeSpan.Zero).AddTicks(1565768);
    private readonly OssWire _wire = new();

    public void Dispose() => _wire.Dispose();

    private ServiceAccountsClient Client() => _wire.Client().ServiceAccounts;

    [Fact]
    public async Task Create_posts_name_and_display_names_and_reads_the_201_body()
    {
        _wire.Reply("POST", Base, 201, SsaFixtures.Read("created.json"));

        var account = await Client().CreateAsync(new ServiceAccountCreateRequest { Name = "test-service-account", FirstName = "ServiceAccount", LastName = "ServiceAccount" });

        var request = _wire.Single;
        request.Method.Should().Be("POST");
        _wire.Tap.SinglePath.Should().Be(Base);
        OssWire.Header(request, "Authorization").Should().Be("Bearer " + OssWire.Token);
        OssWire.Canonical(OssWire.Body(request)!).Should().Be("""{"name":"test-service-account","firstName":"ServiceAccount","lastName":"ServiceAccount"}""");
        account.ServiceAccountId.Should().Be("EXAMPLE_SA_ID_001");
        account.Email.Should().Be("test-service-account@EXAMPLE_CLIENT_ID_32CHARXXXXXXXXXXXXXXXX.adskserviceaccount.autodesk.com");
        account.AdditionalData.Should().BeNullOrEmpty();
    }

    [Theory]
    [InlineData("abcd")]
    [InlineData("   ")]
    public async Task Create_refuses_a_name_outside_5_to_100_characters(string name)
    {
        var act = () => Client().CreateAsync(new ServiceAccountCreateRequest { Name = name });

        await act.Should().ThrowAsync<ArgumentException>();
        await FluentActions.Awaiting(() => Client().CreateAsync(new ServiceAccountCreateRequest { Name = new string('a', 101) })).Should().ThrowAsync<ArgumentException>();
        _wire.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task Create_beyond_the_limit_surfaces_the_title_and_detail()
    {
        _wire.Reply("POST", Base, 403, """{"title":"limit_exceeded","detail":"The number of service accounts has reached the limit."}""");

        var act = () => Client().CreateAsync(new ServiceAccountCreateRequest { Name = "robot-eleven" });

        var ex = (await act.Should().ThrowAsync<ApsException>()).Which;
        ex.StatusCode.Should().Be(403);
        ex.Message.Should().Contain("limit");
    }

    [Fact]
    public async Task List_reads_every_account_with_go_style_timestamps()
    {
        _wire.Reply("GET", Base, 200, SsaFixtures.Read("accounts.json"));

        var accounts = new List<ServiceAccount>();
        await foreach (var account in Client().ListAsync())
        {
            accounts.Add(account);
        }

        _wire.Tap.SinglePath.Should().Be(Base);
        accounts.Should().HaveCount(2);
        accounts[0].ServiceAccountId.Should().Be("EXAMPLE_SA_ID_001");
        accounts[0].CreatedBy.Should().Be("EXAMPLE_CLIENT_ID_32CHARXXXXXXXXXXXXXXXX");
        accounts[0].Status.Should().Be(ServiceAccountStatus.Enabled);
        accounts[0].CreatedAt.Should().Be(GoTime);
        accounts[0].AccessedAt.Should().Be(GoTime);
        accounts[0].ExpiresAt.Should().Be(GoTime.AddYears(1));
        accounts[1].Status.Should().Be(ServiceAccountStatus.Disabled);
        accounts[1].CreatedAt.Should().BeNull();
    }

    [Fact]
    public async Task Get_reads_the_account_and_escapes_the_id()
    {
        _wire.ReplyToAll(200, SsaFixtures.Read("account.json"));

        var account = await Client().GetAsync("test user/1");

        _wire.Single.Method.Should().Be("GET");
        _wire.Tap.SinglePath.Should().Be(Base + "/test%20user%2F1");
        account.ServiceAccountId.Should().Be("test-user-id-1");
        account.Status.Should().Be(ServiceAccountStatus.Enabled);
        account.ExpiresAt.Should().Be(GoTime.AddYears(1));
    }

    [Fact]
    public async Task Get_an_unknown_account_is_a_404_ApsException()
    {
        _wire.Reply("GET", Base + "/nope-0001", 404, """{"title":"not_found","detail":"The service account is not found."}""");

        (await FluentActions.Awaiting(() => Client().GetAsync("nope-0001")).Should().ThrowAsync<ApsException>()).Which.StatusCode.Should().Be(404);
    }

    [Fact]
    public async Task Set_status_patches_upper_case_status_and_returns_the_account()
    {
        _wire.Reply("PATCH", Base + "/test-user-id-1", 200, SsaFixtures.Read("account.json"));

        var account = await Client().SetStatusAsync("test-user-id-1", ServiceAccountStatus.Disabled);

        var request = _wire.Single;
        request.Method.Should().Be("PATCH");
        OssWire.Canonical(OssWire.Body(request)!).Should().Be("""{"status":"DISABLED"}""");
        account.Email.Should().StartWith("test@");
    }

    [Fact]
    public async Task Set_status_refuses_deactivated()
    {
        await FluentActions.Awaiting(() => Client().SetStatusAsync("test-user-id-1", ServiceAccountStatus.Deactivated)).Should().ThrowAsync<ArgumentException>();
        await FluentActions.Awaiting(() => Client().SetKeyStatusAsync("test-user-id-1", "k", default)).Should().ThrowAsync<ArgumentException>();
        _wire.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task Delete_sends_delete_and_accepts_204()
    {
        _wire.Reply("DELETE", Base + "/test-user-id-1", 204);

        await Client().DeleteAsync("test-user-id-1");

        _wire.Single.Method.Should().Be("DELETE");
        _wire.Tap.SinglePath.Should().Be(Base + "/test-user-id-1");
    }

    [Fact]
    public async Task Create_key_posts_no_body_and_hides_the_private_key_from_ToString()
    {
        using var rsa = RSA.Create(2048);
        var pem = rsa.ExportPkcs8PrivateKeyPem();
        var json = System.Text.Json.JsonSerializer.Serialize(new Dictionary<string, string> { ["kid"] = "550e8400-e29b-41d4-a716-446655440000", ["privateKey"] = pem });
        _wire.Reply("POST", Base + "/test-user-id-1/keys", 201, json);

        var key = await Client().CreateKeyAsync("test-user-id-1");

        var request = _wire.Single;
        request.Method.Should().Be("POST");
        _wire.Tap.SinglePath.Should().Be(Base + "/test-user-id-1/keys");
        OssWire.BodyBytes(request).Should().BeEmpty();
        key.KeyId.Should().Be("550e8400-e29b-41d4-a716-446655440000");
        key.PrivateKeyPem.Should().Be(pem);
        key.ToString().Should().NotContain("PRIVATE KEY").And.NotContain(pem[40..80]).And.Contain("550e8400");
    }

    [Fact]
    public async Task List_keys_reads_metadata_only()
    {
        _wire.Reply("GET", Base + "/test-user-id-1/keys", 200, SsaFixtures.Read("keys.json"));

        var keys = new List<ServiceAccountKey>();
        await foreach (var key in Client().ListKeysAsync("test-user-id-1"))
        {
            keys.Add(key);
        }

        keys.Select(k => k.KeyId).Should().Equal("550e8400-e29b-41d4-a716-446655440000", "120e8400-e29b-41d4-a716-446655440003");
        keys.Select(k => k.Status).Should().Equal(ServiceAccountStatus.Enabled, ServiceAccountStatus.Disabled);
        keys[0].CreatedAt.Should().Be(GoTime);
        keys[1].AccessedAt.Should().Be(GoTime);
    }

    [Fact]
    public async Task Set_key_status_patches_and_accepts_204()
    {
        _wire.Reply("PATCH", Base + "/test-user-id-1/keys/550e8400-e29b-41d4-a716-446655440000", 204);

        await Client().SetKeyStatusAsync("test-user-id-1", "550e8400-e29b-41d4-a716-446655440000", ServiceAccountStatus.Enabled);

        var request = _wire.Single;
        request.Method.Should().Be("PATCH");
        OssWire.Canonical(OssWire.Body(request)!).Should().Be("""{"status":"ENABLED"}""");
    }

    [Fact]
    public async Task Delete_key_sends_delete_and_accepts_204()
    {
        _wire.Reply("DELETE", Base + "/test-user-id-1/keys/550e8400-e29b-41d4-a716-446655440000", 204);

        await Client().DeleteKeyAsync("test-user-id-1", "550e8400-e29b-41d4-a716-446655440000");

        _wire.Single.Method.Should().Be("DELETE");
        _wire.Tap.SinglePath.Should().Be(Base + "/test-user-id-1/keys/550e8400-e29b-41d4-a716-446655440000");
    }

    [Fact]
    public async Task Management_calls_ask_for_the_service_account_scopes()
    {
        using var wire = new OssWire();
        wire.Reply("POST", "/authentication/v2/token", 200, """{"access_token":"two-legged","token_type":"Bearer","expires_in":3599}""");
        wire.Reply("GET", Base, 200, """{"serviceAccounts":[]}""");
        wire.Reply("GET", Base + "/a1234/keys", 200, """{"keys":[]}""");
        var client = wire.ConfidentialClient().ServiceAccounts;

        await foreach (var _ in client.ListAsync())
        {
        }

        await foreach (var _ in client.ListKeysAsync("a1234"))
        {
        }

        var tokenForms = wire.Requests.Where(r => r.Path == "/authentication/v2/token").Select(r => OssWire.Body(r)!).ToList();
        tokenForms.Should().HaveCount(2);
        tokenForms[0].Should().Contain("grant_type=client_credentials").And.Contain("scope=application%3Aservice_account%3Aread");
        tokenForms[1].Should().Contain("scope=application%3Aservice_account_key%3Aread");
    }
}
