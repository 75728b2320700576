using System.Text.Json.Serialization.Metadata;

namespace Aps.Sdk.DataManagement;

/// <summary>
/// Source-generated metadata of the Data Management attribute models, for reading included resources typed:
/// <c>document.FindIncluded(id)?.GetAttributes(DmJsonTypes.VersionAttributes)</c> (design 007).
/// </summary>
public static class DmJsonTypes
{
    /// <summary>Gets the metadata of <see cref="DmHubAttributes"/>.</summary>
    public static JsonTypeInfo<DmHubAttributes> HubAttributes => DataManagementJsonContext.Default.DmHubAttributes;

    /// <summary>Gets the metadata of <see cref="DmProjectAttributes"/>.</summary>
    public static JsonTypeInfo<DmProjectAttributes> ProjectAttributes => DataManagementJsonContext.Default.DmProjectAttributes;

    /// <summary>Gets the metadata of <see cref="DmFolderAttributes"/>.</summary>
    public static JsonTypeInfo<DmFolderAttributes> FolderAttributes => DataManagementJsonContext.Default.DmFolderAttributes;

    /// <summary>Gets the metadata of <see cref="DmItemAttributes"/>.</summary>
    public static JsonTypeInfo<DmItemAttributes> ItemAttributes => DataManagementJsonContext.Default.DmItemAttributes;

    /// <summary>Gets the metadata of <see cref="DmVersionAttributes"/>.</summary>
    public static JsonTypeInfo<DmVersionAttributes> VersionAttributes => DataManagementJsonContext.Default.DmVersionAttributes;

    /// <summary>Gets the metadata of <see cref="DmEntryAttributes"/>.</summary>
    public static JsonTypeInfo<DmEntryAttributes> EntryAttributes => DataManagementJsonContext.Default.DmEntryAttributes;
}
