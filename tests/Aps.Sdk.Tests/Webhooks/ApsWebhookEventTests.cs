using System.Text;
using Aps.Sdk.Webhooks;

namespace Aps.Sdk.Tests.WebhookTests;

public sealed class ApsWebhookEventTests
{
    private static byte[] Fixture(string name) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Webhooks", name));

    [Fact]
    public void A_version_event_is_typed_and_keeps_the_raw_json()
    {
        var body = Fixture("callback-version-modified.json");

        var e = ApsWebhookEvent.Parse(body);

        e.RawJson.Should().Be(Encoding.UTF8.GetString(body));
        e.Version.Should().Be("1.0");
        e.ResourceUrn.Should().Be("urn:adsk.wipprod:fs.file:vf.0zvdp3CoTaWDcZC_wL0kJA?version=2");
        e.EventName.Should().Be(WebhookEventName.DmVersionModified);
        e.Family.Should().Be(ApsWebhookEventFamily.Version);
        e.Hook!.HookId.Should().Be("da040095-393f-40aa-866c-a6c01015e730");
        e.Hook.HookAttribute!["hubId"]!.GetValue<string>().Should().Be("b.1715cf2b-cc12-46fd-9279-11bbc47e72f6");
        e.Hook.CallbackWithEventPayloadOnly.Should().BeFalse();
        e.Hook.CreatedDate.Should().Be(new DateTimeOffset(2023, 11, 27, 7, 42, 51, 833, TimeSpan.Zero));
        e.FolderPayload.Should().BeNull();
        e.DerivativePayload.Should().BeNull();

        var v = e.VersionPayload!;
        v.Name.Should().Be("Tower.rvt");
        v.Extension.Should().Be("rvt");
        v.Source.Should().Be("urn:adsk.wipprod:fs.file:vf.0zvdp3CoTaWDcZC_wL0kJA?version=2");
        v.LineageUrn.Should().Be("urn:adsk.wipprod:dm.lineage:rXJhqUE6QamM6ANpG2Qz6w");
        v.VersionNumber.Should().Be(2);
        v.SizeInBytes.Should().Be(7794688);
        v.Hidden.Should().BeFalse();
        v.UserInfo!.Id.Should().Be("4SS6SF5CXEGY");
        v.ModifiedBy.Should().Be("4SS6SF5CXEGY");
        v.State.Should().Be("CONTENT_AVAILABLE");
        v.ParentFolderUrn.Should().Be("urn:adsk.wipprod:fs.folder:co.s424tpjyS_yYBs5ozch94g");
        v.Ancestors.Select(a => a.Name).Should().Equal("b.ca790fb5-141d-4ad5-b411-0461af2e9748", "Project Files");
        v.Project.Should().Be("ca790fb5-141d-4ad5-b411-0461af2e9748");
        v.Tenant.Should().Be("1715cf2b-cc12-46fd-9279-11bbc47e72f6");
        v.ModifiedTime.Should().Be(new DateTimeOffset(2023, 11, 28, 5, 31, 37, TimeSpan.Zero));
        v.CreatedTime.Should().Be(new DateTimeOffset(2023, 11, 28, 5, 31, 35, TimeSpan.Zero));
        v.Context!.Value.GetProperty("operation").GetString().Should().Be("PostVersionedFiles");
        v.AdditionalData.Should().ContainKeys("custom-metadata", "indexable");
    }

    [Fact]
    public void A_folder_event_is_typed()
    {
        var e = ApsWebhookEvent.Parse(Encoding.UTF8.GetString(Fixture("callback-folder-added.json")));

        e.Family.Should().Be(ApsWebhookEventFamily.Folder);
        var f = e.FolderPayload!;
        f.Name.Should().Be("Submittals");
        f.Source.Should().Be("urn:adsk.wipprod:fs.folder:co.newFolder01");
        f.ParentFolderUrn.Should().Be("urn:adsk.wipprod:fs.folder:co.CHO-BbcmTsigjzymYeRCmQ");
        f.Ancestors.Should().ContainSingle().Which.Urn.Should().Be("urn:adsk.wipprod:fs.folder:co.CHO-BbcmTsigjzymYeRCmQ");
        f.Creator.Should().Be("4SS6SF5CXEGY");
        f.Hidden.Should().BeFalse();
        f.UserInfo!.Id.Should().Be("4SS6SF5CXEGY");
        f.AdditionalData.Should().BeNullOrEmpty();
        e.VersionPayload.Should().BeNull();
    }

    [Fact]
    public void A_derivative_event_is_typed()
    {
        var e = ApsWebhookEvent.Parse(Fixture("callback-extraction-finished.json"));

        e.Family.Should().Be(ApsWebhookEventFamily.Derivative);
        e.Hook!.System.Should().Be(WebhookSystem.Derivative);
        e.Hook.Scope!.Workflow.Should().Be("my-workflow-id");
        var d = e.DerivativePayload!;
        d.Urn.Should().Be("dXJuOmFkc2sub2JqZWN0czpvcy5vYmplY3Q6d2htZHRlc3RzdGcvQ2FzZUlubmVyLmlwdA");
        d.EventType.Should().Be("EXTRACTION_FINISHED");
        d.WorkflowId.Should().Be("my-workflow-id");
        d.Status.Should().Be("success");
        d.Progress.Should().Be("complete");
        d.ActivityName.Should().Be("Translate");
        d.CreationTime.Should().Be(new DateTimeOffset(2018, 2, 13, 3, 14, 37, TimeSpan.Zero));
        d.AdditionalData.Should().ContainKey("latest");
    }

    [Fact]
    public void Another_event_keeps_its_payload_untyped_and_unknown_names_survive()
    {
        var e = ApsWebhookEvent.Parse("""{"version":"1.0","hook":{"system":"autodesk.construction.cost","event":"budget.created-1.0"},"payload":{"id":"b1"},"extra":1}""");

        e.Family.Should().Be(ApsWebhookEventFamily.Other);
        e.EventName.Should().Be(new WebhookEventName("budget.created-1.0"));
        e.Hook!.System.Should().Be(WebhookSystem.ConstructionCost);
        e.Payload.GetProperty("id").GetString().Should().Be("b1");
        e.AdditionalData.Should().ContainKey("extra");
    }

    [Fact]
    public void Invalid_json_is_a_FormatException()
    {
        FluentActions.Invoking(() => ApsWebhookEvent.Parse("{not json")).Should().Throw<FormatException>();
        FluentActions.Invoking(() => ApsWebhookEvent.Parse("null")).Should().Throw<FormatException>();
    }

    [Fact]
    public void Extensible_names_compare_case_insensitively_and_keep_unknown_values()
    {
        new WebhookEventName("DM.VERSION.ADDED").Should().Be(WebhookEventName.DmVersionAdded);
        new WebhookSystem("adsk.c4r").Should().Be(WebhookSystem.RevitCloudWorksharing);
        new WebhookStatus("paused").Value.Should().Be("paused");
        FluentActions.Invoking(() => new WebhookSystem(" ")).Should().Throw<ArgumentException>();
    }
}
