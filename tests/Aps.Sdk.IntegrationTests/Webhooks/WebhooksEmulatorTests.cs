using System.Text.Json.Nodes;
using Aps.Sdk.Testing;
using Aps.Sdk.Webhooks;

namespace Aps.Sdk.IntegrationTests.WebhookTests;

/// <summary>The Webhooks client end to end on the emulator: create, read, change, list across pages, delete, token.</summary>
public class WebhooksEmulatorTests
{
    private const string Folder = "urn:adsk.wipprod:fs.folder:co.emulated01";

    private static WebhookCreateRequest Request(string folder = Folder) => new()
    {
        CallbackUrl = new Uri("https://example.com/aps/callback"),
        Scope = WebhookScope.ForFolder(folder),
        HookAttribute = new JsonObject { ["projectId"] = "b.project" },
    };

    private static async Task<List<Webhook>> AllAsync(ApsPageable<Webhook> pageable)
    {
        var list = new List<Webhook>();
        await foreach (var hook in pageable)
        {
            list.Add(hook);
        }

        return list;
    }

    [Fact]
    public async Task A_hook_is_created_read_changed_listed_and_deleted()
    {
        await using var emulator = await ApsEmulator.StartAsync();
        using var aps = emulator.CreateClient();
        var hooks = aps.Webhooks;

        (await AllAsync(hooks.ListHooksAsync())).Should().BeEmpty("an empty list answers 204");

        var created = await hooks.CreateHookAsync(WebhookSystem.Data, WebhookEventName.DmVersionAdded, Request());
        created.HookId.Should().NotBeNullOrEmpty();
        created.Location.Should().NotBeNull();

        var hook = await hooks.GetHookAsync(WebhookSystem.Data, WebhookEventName.DmVersionAdded, created.HookId);
        hook.CallbackUrl.Should().Be("https://example.com/aps/callback");
        hook.Scope!.Folder.Should().Be(Folder);
        hook.Status.Should().Be(WebhookStatus.Active);
        hook.CreatorType.Should().Be("Application");
        hook.HookAttribute!["projectId"]!.GetValue<string>().Should().Be("b.project");
        hook.CreatedDate.Should().NotBeNull();

        await hooks.UpdateHookAsync(WebhookSystem.Data, WebhookEventName.DmVersionAdded, created.HookId, new WebhookUpdate { Status = WebhookStatus.Inactive, Filter = "$[?(@.ext=='rvt')]" });
        var changed = await hooks.GetHookAsync(WebhookSystem.Data, WebhookEventName.DmVersionAdded, created.HookId);
        changed.Status.Should().Be(WebhookStatus.Inactive);
        changed.Filter.Should().Be("$[?(@.ext=='rvt')]");
        (await AllAsync(hooks.ListHooksAsync(new WebhookListOptions { Status = WebhookStatus.Active }))).Should().BeEmpty();
        (await AllAsync(hooks.ListEventHooksAsync(WebhookSystem.Data, WebhookEventName.DmVersionAdded, new WebhookListOptions { ScopeName = WebhookScopeName.Folder }))).Should().ContainSingle();

        var duplicate = () => hooks.CreateHookAsync(WebhookSystem.Data, WebhookEventName.DmVersionAdded, Request());
        (await duplicate.Should().ThrowAsync<ApsException>()).Which.StatusCode.Should().Be(409);

        await hooks.DeleteHookAsync(WebhookSystem.Data, WebhookEventName.DmVersionAdded, created.HookId);
        var gone = () => hooks.GetHookAsync(WebhookSystem.Data, WebhookEventName.DmVersionAdded, created.HookId);
        (await gone.Should().ThrowAsync<ApsException>()).Which.StatusCode.Should().Be(404);
    }

    [Fact]
    public async Task Hooks_live_in_the_region_they_were_created_in()
    {
        await using var emulator = await ApsEmulator.StartAsync();
        using var aps = emulator.CreateClient();
        var emea = new ApsRequestOptions { Region = ApsRegion.EMEA };

        var created = await aps.Webhooks.CreateHookAsync(WebhookSystem.Derivative, WebhookEventName.ExtractionFinished, new WebhookCreateRequest { CallbackUrl = new Uri("https://example.com/cb"), Scope = WebhookScope.ForWorkflow("wf-1") }, emea);

        (await aps.Webhooks.GetHookAsync(WebhookSystem.Derivative, WebhookEventName.ExtractionFinished, created.HookId, emea)).Scope!.Workflow.Should().Be("wf-1");
        (await AllAsync(aps.Webhooks.ListHooksAsync())).Should().BeEmpty("US holds none");
        (await AllAsync(aps.Webhooks.ListHooksAsync(new WebhookListOptions { Region = ApsRegion.EMEA }))).Should().ContainSingle();
    }

    [Fact]
    public async Task System_hooks_cover_every_event_and_lists_page_past_200_with_the_same_filters()
    {
        await using var emulator = await ApsEmulator.StartAsync();
        using var aps = emulator.CreateClient();

        var total = 0;
        for (var i = 0; i < 11; i++)
        {
            var created = await aps.Webhooks.CreateSystemHooksAsync(WebhookSystem.Data, Request($"urn:adsk.wipprod:fs.folder:co.f{i:00}"));
            created.Should().HaveCount(20).And.OnlyContain(h => h.System == WebhookSystem.Data);
            total += created.Count;
        }

        var pages = new List<ApsPage<Webhook>>();
        await foreach (var page in aps.Webhooks.ListSystemHooksAsync(WebhookSystem.Data, new WebhookListOptions { Status = WebhookStatus.Active }).AsPages())
        {
            pages.Add(page);
        }

        pages.Select(p => p.Values.Count).Should().Equal(200, total - 200);
        pages.SelectMany(p => p.Values).Select(h => h.HookId).Should().OnlyHaveUniqueItems().And.HaveCount(total);
        (await AllAsync(aps.Webhooks.ListAppHooksAsync(new WebhookListOptions { Sort = WebhookSortOrder.Ascending }))).Should().HaveCount(total);
        (await AllAsync(aps.Webhooks.ListEventHooksAsync(WebhookSystem.Data, WebhookEventName.DmFolderAdded))).Should().HaveCount(11);
    }

    [Fact]
    public async Task The_secret_token_is_created_once_replaced_and_deleted()
    {
        await using var emulator = await ApsEmulator.StartAsync();
        using var aps = emulator.CreateClient();

        var result = await aps.Webhooks.CreateTokenAsync("first-secret-0123456789abcdef0123");
        result.Status.Should().Be(200);
        result.Detail.Should().ContainSingle();

        var again = () => aps.Webhooks.CreateTokenAsync("second-secret-0123456789abcdef012");
        (await again.Should().ThrowAsync<ApsException>()).Which.StatusCode.Should().Be(400);

        await aps.Webhooks.ReplaceTokenAsync("second-secret-0123456789abcdef012");
        await aps.Webhooks.DeleteTokenAsync();
        await aps.Webhooks.CreateTokenAsync("third-secret-0123456789abcdef0123");
    }
}
