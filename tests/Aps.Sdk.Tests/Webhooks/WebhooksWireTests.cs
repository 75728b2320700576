using System.Text.Json;
using System.Text.Json.Nodes;
using Aps.Sdk.Tests.Oss;
using Aps.Sdk.Webhooks;

namespace Aps.Sdk.Tests.WebhookTests;

internal static class WebhookFixtures
{
    public static string Read(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Webhooks", name));
}

/// <summary>The 12 Webhooks operations on the wire: method, escaped path, query, x-ads-region, body, typed answers.</summary>
public sealed class WebhooksWireTests : IDisposable
{
    private const string Folder = "urn:adsk.wipprod:fs.folder:co.wT5lCWlXSKeo3razOfHJAw";
    private const string HookPath = "/webhooks/v1/systems/data/events/dm.version.added/hooks/05f10350-991a-11e7-8cd7-91969336b9c2";
    private readonly OssWire _wire = new();

    public void Dispose() => _wire.Dispose();

    private WebhooksClient Client(Action<ApsOptions>? configure = null) => _wire.Client(configure).Webhooks;

    [Fact]
    public async Task Get_hook_reads_every_documented_field_into_typed_properties()
    {
        _wire.Reply("GET", HookPath, 200, WebhookFixtures.Read("hook-details.json"));

        var hook = await Client().GetHookAsync(WebhookSystem.Data, WebhookEventName.DmVersionAdded, "05f10350-991a-11e7-8cd7-91969336b9c2");

        var request = _wire.Single;
        request.Method.Should().Be("GET");
        _wire.Tap.SinglePath.Should().Be(HookPath);
        OssWire.Header(request, "Authorization").Should().Be("Bearer " + OssWire.Token);
        OssWire.Header(request, "x-ads-region").Should().BeNull("no region is set, so APS's default (US) applies");
        request.RawQuery.Should().BeNullOrEmpty();
        hook.HookId.Should().Be("05f10350-991a-11e7-8cd7-91969336b9c2");
        hook.Tenant.Should().Be("urn:adsk.wipprod:fs.folder:co.VsFvE6y5SNKnhSnogSeqcg");
        hook.CallbackUrl.Should().Be("http://cf069e23.ngrok.io/callback_test");
        hook.CreatedBy.Should().Be("********");
        hook.Event.Should().Be(WebhookEventName.DmVersionAdded);
        hook.System.Should().Be(WebhookSystem.Data);
        hook.CreatorType.Should().Be("Application");
        hook.Status.Should().Be(WebhookStatus.Active);
        hook.AutoReactivateHook.Should().BeFalse();
        hook.CreatedDate.Should().Be(new DateTimeOffset(2017, 9, 14, 6, 57, 50, 597, TimeSpan.Zero));
        hook.LastUpdatedDate.Should().Be(new DateTimeOffset(2020, 9, 14, 17, 4, 10, 444, TimeSpan.Zero));
        hook.HookExpiry.Should().Be(new DateTimeOffset(2017, 9, 21, 17, 4, 10, 444, TimeSpan.Zero));
        hook.Scope!.Folder.Should().Be("urn:adsk.wipprod:fs.folder:co.VsFvE6y5SNKnhSnogSeqcg");
        hook.Urn.Should().Be("urn:adsk.webhooks:events.hook:05f10350-991a-11e7-8cd7-91969336b9c2");
        hook.Self.Should().Be("/systems/data/events/dm.version.added/hooks/05f10350-991a-11e7-8cd7-91969336b9c2");
        hook.AdditionalData.Should().BeNullOrEmpty();
    }

    [Fact]
    public async Task The_region_goes_in_the_x_ads_region_header_only_never_the_query()
    {
        _wire.Reply("GET", HookPath, 200, WebhookFixtures.Read("hook-details.json"));

        await Client(o => o.DefaultRegion = ApsRegion.US).GetHookAsync(WebhookSystem.Data, WebhookEventName.DmVersionAdded, "05f10350-991a-11e7-8cd7-91969336b9c2", new ApsRequestOptions { Region = ApsRegion.EMEA });

        var request = _wire.Single;
        OssWire.Header(request, "x-ads-region").Should().Be("EMEA");
        OssWire.Query(request).Should().NotContainKey("region");
    }

    [Fact]
    public async Task A_region_webhooks_does_not_serve_is_refused_before_sending()
    {
        var act = () => Client().GetHookAsync(WebhookSystem.Data, WebhookEventName.DmVersionAdded, "h", new ApsRequestOptions { Region = ApsRegion.APAC });

        await act.Should().ThrowAsync<ArgumentException>();
        _wire.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task Dotted_events_and_odd_hook_ids_are_escaped_as_one_segment()
    {
        _wire.ReplyToAll(200, WebhookFixtures.Read("hook-details.json"));

        await Client().GetHookAsync(new WebhookSystem("autodesk.construction.issues"), WebhookEventName.IssueCreated, "a/b c");

        _wire.Tap.SinglePath.Should().Be("/webhooks/v1/systems/autodesk.construction.issues/events/issue.created-1.0/hooks/a%2Fb%20c");
    }

    [Fact]
    public async Task Update_hook_patches_only_the_properties_set()
    {
        _wire.Reply("PATCH", HookPath, 200);

        await Client().UpdateHookAsync(WebhookSystem.Data, WebhookEventName.DmVersionAdded, "05f10350-991a-11e7-8cd7-91969336b9c2", new WebhookUpdate
        {
            Status = WebhookStatus.Inactive,
            AutoReactivateHook = false,
            Filter = "$[?(@.ext=='txt')]",
            HookAttribute = new JsonObject { ["myfoo"] = 34, ["projectId"] = "someURN", ["myobject"] = new JsonObject { ["nested"] = true } },
        });

        var request = _wire.Single;
        request.Method.Should().Be("PATCH");
        _wire.Tap.SinglePath.Should().Be(HookPath);
        OssWire.Header(request, "Content-Type").Should().StartWith("application/json");
        OssWire.Canonical(OssWire.Body(request)!).Should().Be(OssWire.Canonical(
            """{"status":"inactive","autoReactivateHook":false,"filter":"$[?(@.ext=='txt')]","hookAttribute":{"myfoo":34,"projectId":"someURN","myobject":{"nested":true}}}"""));
    }

    [Fact]
    public async Task Update_hook_can_remove_the_expiry_with_an_explicit_null_and_set_a_per_hook_token()
    {
        _wire.Reply("PATCH", HookPath, 204);

        await Client().UpdateHookAsync(WebhookSystem.Data, WebhookEventName.DmVersionAdded, "05f10350-991a-11e7-8cd7-91969336b9c2", new WebhookUpdate { RemoveHookExpiry = true, Token = "per-hook-secret" });

        OssWire.Canonical(OssWire.Body(_wire.Single)!).Should().Be("""{"token":"per-hook-secret","hookExpiry":null}""");
    }

    [Fact]
    public async Task Update_hook_sends_a_new_expiry_in_utc_iso_8601()
    {
        _wire.Reply("PATCH", HookPath, 200);

        await Client().UpdateHookAsync(WebhookSystem.Data, WebhookEventName.DmVersionAdded, "05f10350-991a-11e7-8cd7-91969336b9c2", new WebhookUpdate { HookExpiry = new DateTimeOffset(2030, 1, 2, 5, 4, 5, 6, TimeSpan.FromHours(2)) });

        OssWire.Canonical(OssWire.Body(_wire.Single)!).Should().Be("""{"hookExpiry":"2030-01-02T03:04:05.006Z"}""");
    }

    [Fact]
    public async Task Update_hook_refuses_an_empty_update_or_a_status_that_cannot_be_set()
    {
        var client = Client();

        await FluentActions.Awaiting(() => client.UpdateHookAsync(WebhookSystem.Data, WebhookEventName.DmVersionAdded, "h", new WebhookUpdate())).Should().ThrowAsync<ArgumentException>();
        await FluentActions.Awaiting(() => client.UpdateHookAsync(WebhookSystem.Data, WebhookEventName.DmVersionAdded, "h", new WebhookUpdate { Status = WebhookStatus.Reactivated })).Should().ThrowAsync<ArgumentException>();
        _wire.Requests.Should().BeEmpty();
        new WebhookUpdate { Token = "per-hook-secret" }.ToString().Should().NotContain("per-hook-secret");
    }

    [Fact]
    public async Task Delete_hook_sends_delete_and_accepts_204()
    {
        _wire.Reply("DELETE", HookPath, 204);

        await Client().DeleteHookAsync(WebhookSystem.Data, WebhookEventName.DmVersionAdded, "05f10350-991a-11e7-8cd7-91969336b9c2", new ApsRequestOptions { Region = ApsRegion.EMEA });

        var request = _wire.Single;
        request.Method.Should().Be("DELETE");
        _wire.Tap.SinglePath.Should().Be(HookPath);
        OssWire.Header(request, "x-ads-region").Should().Be("EMEA");
    }

    [Fact]
    public async Task A_missing_hook_surfaces_as_an_ApsException_with_the_status()
    {
        _wire.Reply("GET", HookPath, 404, """{"id":"x","status":404,"code":"NOT_FOUND","detail":["Hook not found"]}""");

        var act = () => Client().GetHookAsync(WebhookSystem.Data, WebhookEventName.DmVersionAdded, "05f10350-991a-11e7-8cd7-91969336b9c2");

        (await act.Should().ThrowAsync<ApsException>()).Which.StatusCode.Should().Be(404);
    }

    [Fact]
    public async Task List_event_hooks_follows_pageState_with_the_same_filters_and_region_and_stops_at_204()
    {
        var page = WebhookFixtures.Read("hooks-page.json");
        var state = JsonDocument.Parse(page).RootElement.GetProperty("links").GetProperty("next").GetString()!.Split("pageState=")[1];
        var path = "/webhooks/v1/systems/data/events/dm.version.added/hooks";
        _wire.Server.Given(WireMock.RequestBuilders.Request.Create().WithPath(path).UsingGet().WithParam("pageState", state))
            .RespondWith(OssWire.Response(204, null));
        _wire.Server.Given(WireMock.RequestBuilders.Request.Create().WithPath(path).UsingGet().WithParam(p => !p.ContainsKey("pageState")))
            .RespondWith(OssWire.Response(200, page));

        var hooks = new List<Webhook>();
        await foreach (var hook in Client().ListEventHooksAsync(WebhookSystem.Data, WebhookEventName.DmVersionAdded, new WebhookListOptions { Status = WebhookStatus.Active, ScopeName = WebhookScopeName.Folder, Region = ApsRegion.EMEA }))
        {
            hooks.Add(hook);
        }

        hooks.Should().HaveCount(2);
        hooks[0].HookId.Should().Be("0f60f6a0-996c-11e7-abf3-51d68cff984c");
        hooks[1].Event.Should().Be(WebhookEventName.DmVersionCopied);
        var requests = _wire.Requests;
        requests.Should().HaveCount(2);
        OssWire.QueryPairs(requests[0]).Should().Equal(new KeyValuePair<string, string>("scopeName", "folder"), new KeyValuePair<string, string>("status", "active"));
        OssWire.QueryPairs(requests[1]).Should().Equal(
            new KeyValuePair<string, string>("scopeName", "folder"), new KeyValuePair<string, string>("status", "active"), new KeyValuePair<string, string>("pageState", state));
        requests.Should().OnlyContain(r => OssWire.Header(r, "x-ads-region") == "EMEA");
        _wire.Tap.PathAndQueries.Should().OnlyContain(p => p.StartsWith(path + "?", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_empty_list_answers_204_and_reads_as_one_empty_page()
    {
        _wire.Reply("GET", "/webhooks/v1/systems/data/hooks", 204);

        var pages = new List<ApsPage<Webhook>>();
        await foreach (var p in Client().ListSystemHooksAsync(WebhookSystem.Data).AsPages())
        {
            pages.Add(p);
        }

        pages.Should().ContainSingle().Which.Values.Should().BeEmpty();
        pages[0].StatusCode.Should().Be(204);
        _wire.Tap.SinglePath.Should().Be("/webhooks/v1/systems/data/hooks");
    }

    [Fact]
    public async Task List_hooks_and_app_hooks_send_their_filters()
    {
        var page = """{"links":{"next":null},"data":[]}""";
        _wire.Reply("GET", "/webhooks/v1/hooks", 200, page);
        _wire.Reply("GET", "/webhooks/v1/app/hooks", 200, page);
        var client = Client();

        await foreach (var _ in client.ListHooksAsync(new WebhookListOptions { Status = WebhookStatus.Inactive }))
        {
        }

        await foreach (var _ in client.ListAppHooksAsync(new WebhookListOptions { Sort = WebhookSortOrder.Ascending }))
        {
        }

        var requests = _wire.Requests;
        requests[0].Path.Should().Be("/webhooks/v1/hooks");
        OssWire.QueryPairs(requests[0]).Should().Equal([new KeyValuePair<string, string>("status", "inactive")]);
        requests[1].Path.Should().Be("/webhooks/v1/app/hooks");
        OssWire.QueryPairs(requests[1]).Should().Equal([new KeyValuePair<string, string>("sort", "asc")]);
    }

    [Fact]
    public void Filters_that_an_operation_does_not_take_are_refused()
    {
        var client = Client();

        FluentActions.Invoking(() => client.ListHooksAsync(new WebhookListOptions { Sort = WebhookSortOrder.Descending })).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => client.ListAppHooksAsync(new WebhookListOptions { ScopeName = WebhookScopeName.Folder })).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => client.ListHooksAsync(new WebhookListOptions { Status = WebhookStatus.Reactivated })).Should().Throw<ArgumentException>();
    }

    [Theory]
    [InlineData("/hooks?pageState=abc%3D%3D", "abc==")]
    [InlineData("https://developer.api.autodesk.com/webhooks/v1/hooks?status=active&pageState=xyz", "xyz")]
    [InlineData("bareState", "bareState")]
    [InlineData("/hooks", null)]
    [InlineData("", null)]
    public void The_page_state_is_read_from_every_next_form(string next, string? expected)
        => WebhooksClient.PageStateOf(next).Should().Be(expected);

    [Fact]
    public async Task Create_hook_posts_the_payload_and_takes_the_id_from_Location()
    {
        var path = "/webhooks/v1/systems/data/events/dm.version.added/hooks";
        _wire.Reply("POST", path, 201, null, ("Location", _wire.BaseUrl + path + "/0f60f6a0-996c-11e7-abf3-51d68cff984c"));

        var created = await Client().CreateHookAsync(WebhookSystem.Data, WebhookEventName.DmVersionAdded, new WebhookCreateRequest
        {
            CallbackUrl = new Uri("http://bf067e05.ngrok.io/callback"),
            Scope = WebhookScope.ForFolder(Folder),
            HookAttribute = new JsonObject { ["myfoo"] = 33 },
            HookExpiry = new DateTimeOffset(2017, 9, 21, 17, 4, 10, 444, TimeSpan.Zero),
            Filter = "$[?(@.ext=='rvt')]",
            HubId = new HubId("b.1715cf2b-cc12-46fd-9279-11bbc47e72f6"),
            ProjectId = new ProjectId("ca790fb5-141d-4ad5-b411-0461af2e9748"),
            Tenant = "tenant-1",
            AutoReactivateHook = true,
            CallbackWithEventPayloadOnly = false,
        });

        var request = _wire.Single;
        request.Method.Should().Be("POST");
        _wire.Tap.SinglePath.Should().Be(path);
        OssWire.Canonical(OssWire.Body(request)!).Should().Be(OssWire.Canonical(
            $$"""{"callbackUrl":"http://bf067e05.ngrok.io/callback","scope":{"folder":"{{Folder}}"},"hookAttribute":{"myfoo":33},"hookExpiry":"2017-09-21T17:04:10.444Z","filter":"$[?(@.ext=='rvt')]","hubId":"b.1715cf2b-cc12-46fd-9279-11bbc47e72f6","projectId":"b.ca790fb5-141d-4ad5-b411-0461af2e9748","tenant":"tenant-1","autoReactivateHook":true,"callbackWithEventPayloadOnly":false}"""));
        created.HookId.Should().Be("0f60f6a0-996c-11e7-abf3-51d68cff984c");
        created.Location.Should().NotBeNull();
        created.Hook.Should().BeNull();
    }

    [Fact]
    public async Task Create_hook_without_Location_finds_the_new_hook_by_callback_and_scope()
    {
        var path = "/webhooks/v1/systems/data/events/dm.version.added/hooks";
        _wire.Reply("POST", path, 201);
        _wire.Reply("GET", path, 200, $$$"""
            {"links":{},"data":[
              {"hookId":"older","callbackUrl":"http://bf067e05.ngrok.io/callback","event":"dm.version.added","createdDate":"2017-09-14T17:04:10.444+0000","scope":{"folder":"{{{Folder}}}"}},
              {"hookId":"other-scope","callbackUrl":"http://bf067e05.ngrok.io/callback","event":"dm.version.added","createdDate":"2030-01-01T00:00:00.000+0000","scope":{"folder":"urn:adsk.wipprod:fs.folder:co.other"}},
              {"hookId":"other-callback","callbackUrl":"http://elsewhere.example.com/callback","event":"dm.version.added","createdDate":"2030-01-01T00:00:00.000+0000","scope":{"folder":"{{{Folder}}}"}},
              {"hookId":"newest","callbackUrl":"http://bf067e05.ngrok.io/callback","event":"dm.version.added","createdDate":"2017-09-14T17:04:10.564+0000","scope":{"folder":"{{{Folder}}}"}}
            ]}
            """);

        var created = await Client().CreateHookAsync(WebhookSystem.Data, WebhookEventName.DmVersionAdded, new WebhookCreateRequest
        {
            CallbackUrl = new Uri("http://bf067e05.ngrok.io/callback"),
            Scope = WebhookScope.ForFolder(Folder),
        }, new ApsRequestOptions { Region = ApsRegion.EMEA });

        created.HookId.Should().Be("newest", "of the hooks on that callback URL and scope, the one created last is the new one");
        created.Location.Should().BeNull();
        created.Hook!.Event.Should().Be(WebhookEventName.DmVersionAdded);
        var requests = _wire.Requests;
        requests.Select(r => r.Method).Should().Equal("POST", "GET");
        requests.Should().OnlyContain(r => OssWire.Header(r, "x-ads-region") == "EMEA");
    }

    [Fact]
    public async Task Create_hook_refuses_a_relative_callback_or_a_missing_scope_before_sending()
    {
        var client = Client();

        await FluentActions.Awaiting(() => client.CreateHookAsync(WebhookSystem.Data, WebhookEventName.DmVersionAdded, new WebhookCreateRequest { CallbackUrl = new Uri("/cb", UriKind.Relative), Scope = WebhookScope.ForFolder(Folder) })).Should().ThrowAsync<ArgumentException>();
        await FluentActions.Awaiting(() => client.CreateHookAsync(WebhookSystem.Data, WebhookEventName.DmVersionAdded, new WebhookCreateRequest { CallbackUrl = new Uri("https://example.com/cb") })).Should().ThrowAsync<ArgumentException>();
        await FluentActions.Awaiting(() => client.CreateHookAsync(default, WebhookEventName.DmVersionAdded, new WebhookCreateRequest())).Should().ThrowAsync<ArgumentException>();
        _wire.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task A_duplicate_hook_answers_409_as_an_ApsException()
    {
        _wire.Reply("POST", "/webhooks/v1/systems/data/events/dm.version.added/hooks", 409, """{"id":"x","status":409,"code":"CONFLICT_ERROR","detail":["The specified hook already exists."]}""");

        var act = () => Client().CreateHookAsync(WebhookSystem.Data, WebhookEventName.DmVersionAdded, new WebhookCreateRequest { CallbackUrl = new Uri("https://example.com/cb"), Scope = WebhookScope.ForFolder(Folder) });

        (await act.Should().ThrowAsync<ApsException>()).Which.StatusCode.Should().Be(409);
    }

    [Fact]
    public async Task Create_system_hooks_returns_every_hook_created()
    {
        _wire.Reply("POST", "/webhooks/v1/systems/data/hooks", 201, WebhookFixtures.Read("system-hooks-created.json"));

        var hooks = await Client().CreateSystemHooksAsync(WebhookSystem.Data, new WebhookCreateRequest
        {
            CallbackUrl = new Uri("http://bf067e05.ngrok.io/callback"),
            Scope = WebhookScope.ForFolder("urn:adsk.wipprod:fs.folder:co.CHO-BbcmTsigjzymYeRCmQ").WithValue("workspace", "42"),
        });

        _wire.Tap.SinglePath.Should().Be("/webhooks/v1/systems/data/hooks");
        OssWire.Canonical(OssWire.Body(_wire.Single)!).Should().Be(OssWire.Canonical(
            """{"callbackUrl":"http://bf067e05.ngrok.io/callback","scope":{"folder":"urn:adsk.wipprod:fs.folder:co.CHO-BbcmTsigjzymYeRCmQ","workspace":"42"}}"""));
        hooks.Should().HaveCount(2);
        hooks.Select(h => h.Event).Should().Equal(WebhookEventName.DmVersionAdded, WebhookEventName.DmFolderAdded);
        hooks[0].CreatorType.Should().Be("O2User");
        hooks[1].AutoReactivateHook.Should().BeTrue();
    }

    [Fact]
    public async Task Create_token_posts_the_secret_and_reads_the_confirmation()
    {
        _wire.Reply("POST", "/webhooks/v1/tokens", 200, WebhookFixtures.Read("token-created.json"));

        var result = await Client().CreateTokenAsync("awffbvdb3trf4fvdfbUyt39suHnbe5Mnrks3", new ApsRequestOptions { Region = ApsRegion.EMEA });

        var request = _wire.Single;
        _wire.Tap.SinglePath.Should().Be("/webhooks/v1/tokens");
        OssWire.Header(request, "x-ads-region").Should().Be("EMEA");
        OssWire.Canonical(OssWire.Body(request)!).Should().Be("""{"token":"awffbvdb3trf4fvdfbUyt39suHnbe5Mnrks3"}""");
        result.Status.Should().Be(200);
        result.Detail.Should().ContainSingle().Which.Should().StartWith("Token created successfully");
    }

    [Fact]
    public async Task Replace_and_delete_token_use_the_literal_at_me_segment()
    {
        _wire.Reply("PUT", "/webhooks/v1/tokens/@me", 204);
        _wire.Reply("DELETE", "/webhooks/v1/tokens/@me", 204);
        var client = Client();

        await client.ReplaceTokenAsync("new-secret-token-value-0123456789");
        await client.DeleteTokenAsync();

        var requests = _wire.Requests;
        requests.Select(r => r.Method).Should().Equal("PUT", "DELETE");
        _wire.Tap.PathAndQueries.Should().Equal("/webhooks/v1/tokens/@me", "/webhooks/v1/tokens/@me");
        OssWire.Canonical(OssWire.Body(requests[0])!).Should().Be("""{"token":"new-secret-token-value-0123456789"}""");
    }

    [Fact]
    public async Task A_second_token_answers_400_as_an_ApsException()
    {
        _wire.Reply("POST", "/webhooks/v1/tokens", 400, """{"id":"x","status":400,"code":"BAD_INPUT","detail":["Secret token already exists"]}""");

        var act = () => Client().CreateTokenAsync("another-secret");

        (await act.Should().ThrowAsync<ApsException>()).Which.StatusCode.Should().Be(400);
    }
}
