using System.Text.Json;
using System.Text.Json.Serialization;
using Aps.Sdk.Core.Paging;

namespace Aps.Sdk.Construction.AccountAdmin;

/// <summary>The source-generated JSON metadata of ACC Account Admin (no reflection, Native AOT safe).</summary>
[JsonSourceGenerationOptions(
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.AllowReadingFromString,
    AllowOutOfOrderMetadataProperties = true,
    ReadCommentHandling = JsonCommentHandling.Skip,
    AllowTrailingCommas = true)]
[JsonSerializable(typeof(JsonElement))]
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(HqUserStatus?))]
[JsonSerializable(typeof(IReadOnlyList<string>))]
[JsonSerializable(typeof(IReadOnlyList<ProjectUserProduct>))]
[JsonSerializable(typeof(AccountProject))]
[JsonSerializable(typeof(ProjectValue))]
[JsonSerializable(typeof(ProjectProduct))]
[JsonSerializable(typeof(UserProjectAccessLevels))]
[JsonSerializable(typeof(AccountProjectCreateRequest))]
[JsonSerializable(typeof(ProjectTemplateReference))]
[JsonSerializable(typeof(HqProject))]
[JsonSerializable(typeof(AccountCompany))]
[JsonSerializable(typeof(CompanyAddress))]
[JsonSerializable(typeof(HqCompany))]
[JsonSerializable(typeof(HqCompanyCreateRequest))]
[JsonSerializable(typeof(IReadOnlyList<HqCompanyCreateRequest>))]
[JsonSerializable(typeof(HqCompanyUpdateRequest))]
[JsonSerializable(typeof(HqCompanyImportResult))]
[JsonSerializable(typeof(HqUser))]
[JsonSerializable(typeof(HqUserCreateRequest))]
[JsonSerializable(typeof(IReadOnlyList<HqUserCreateRequest>))]
[JsonSerializable(typeof(HqUserUpdateRequest))]
[JsonSerializable(typeof(HqUserImportResult))]
[JsonSerializable(typeof(AccountUserProduct))]
[JsonSerializable(typeof(AccountUserRole))]
[JsonSerializable(typeof(ProjectUser))]
[JsonSerializable(typeof(ProjectUserPhone))]
[JsonSerializable(typeof(ProjectUserAccessLevels))]
[JsonSerializable(typeof(ProjectUserRole))]
[JsonSerializable(typeof(ProjectUserProduct))]
[JsonSerializable(typeof(ProjectUserAddRequest))]
[JsonSerializable(typeof(ProjectUserUpdateRequest))]
[JsonSerializable(typeof(ProjectUsersImportRequest))]
[JsonSerializable(typeof(ProjectUserImportItem))]
[JsonSerializable(typeof(ProjectUsersImportResult))]
[JsonSerializable(typeof(BusinessUnit))]
[JsonSerializable(typeof(BusinessUnitsStructure))]
[JsonSerializable(typeof(BusinessUnitsReplaceRequest))]
[JsonSerializable(typeof(ConstructionPage<AccountProject>))]
[JsonSerializable(typeof(ConstructionPage<AccountCompany>))]
[JsonSerializable(typeof(ConstructionPage<AccountUserProduct>))]
[JsonSerializable(typeof(ConstructionPage<AccountUserRole>))]
[JsonSerializable(typeof(ConstructionPage<ProjectUser>))]
[JsonSerializable(typeof(List<HqCompany>))]
[JsonSerializable(typeof(List<HqUser>))]
internal sealed partial class AccountAdminJsonContext : JsonSerializerContext
{
}
