using System.Text.Json;
using System.Text.Json.Serialization;
using Aps.Sdk.Core.Serialization;

namespace Aps.Sdk.Authentication;

/// <summary>The signed-in user's profile (<c>GET /userinfo</c>, 3-legged token).</summary>
/// <remarks><see href="https://aps.autodesk.com/en/docs/oauth/v2/reference/http/users-@me-GET/">APS reference</see>.</remarks>
public sealed class ApsUserInfo
{
    /// <summary>Gets the user's APS id.</summary>
    [JsonPropertyName("sub")]
    public string? Sub { get; init; }

    /// <summary>Gets the full name.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; init; }

    /// <summary>Gets the given name.</summary>
    [JsonPropertyName("given_name")]
    public string? GivenName { get; init; }

    /// <summary>Gets the family name.</summary>
    [JsonPropertyName("family_name")]
    public string? FamilyName { get; init; }

    /// <summary>Gets the preferred user name.</summary>
    [JsonPropertyName("preferred_username")]
    public string? PreferredUsername { get; init; }

    /// <summary>Gets the email address.</summary>
    [JsonPropertyName("email")]
    public string? Email { get; init; }

    /// <summary>Gets a value indicating whether the email address is verified.</summary>
    [JsonPropertyName("email_verified")]
    [JsonConverter(typeof(LenientBooleanConverter))]
    public bool? EmailVerified { get; init; }

    /// <summary>Gets the profile page address.</summary>
    [JsonPropertyName("profile")]
    public string? Profile { get; init; }

    /// <summary>Gets the profile picture address.</summary>
    [JsonPropertyName("picture")]
    public string? Picture { get; init; }

    /// <summary>Gets the locale (for example <c>en-US</c>).</summary>
    [JsonPropertyName("locale")]
    public string? Locale { get; init; }

    /// <summary>Gets when the profile last changed (Unix seconds).</summary>
    [JsonPropertyName("updated_at")]
    [JsonNumberHandling(JsonNumberHandling.AllowReadingFromString)]
    public long? UpdatedAt { get; init; }

    /// <summary>Gets a value indicating whether two-factor authentication is on.</summary>
    [JsonPropertyName("is_2fa_enabled")]
    [JsonConverter(typeof(LenientBooleanConverter))]
    public bool? Is2FaEnabled { get; init; }

    /// <summary>Gets the ISO 3166 country code.</summary>
    [JsonPropertyName("country_code")]
    public string? CountryCode { get; init; }

    /// <summary>Gets the postal address.</summary>
    [JsonPropertyName("address")]
    public ApsUserAddress? Address { get; init; }

    /// <summary>Gets the phone number.</summary>
    [JsonPropertyName("phone_number")]
    public string? PhoneNumber { get; init; }

    /// <summary>Gets a value indicating whether the phone number is verified.</summary>
    [JsonPropertyName("phone_number_verified")]
    [JsonConverter(typeof(LenientBooleanConverter))]
    public bool? PhoneNumberVerified { get; init; }

    /// <summary>Gets a value indicating whether LDAP single sign-on is on.</summary>
    [JsonPropertyName("ldap_enabled")]
    [JsonConverter(typeof(LenientBooleanConverter))]
    public bool? LdapEnabled { get; init; }

    /// <summary>Gets the LDAP domain.</summary>
    [JsonPropertyName("ldap_domain")]
    public string? LdapDomain { get; init; }

    /// <summary>Gets the job title.</summary>
    [JsonPropertyName("job_title")]
    public string? JobTitle { get; init; }

    /// <summary>Gets the industry.</summary>
    [JsonPropertyName("industry")]
    public string? Industry { get; init; }

    /// <summary>Gets the industry code.</summary>
    [JsonPropertyName("industry_code")]
    public string? IndustryCode { get; init; }

    /// <summary>Gets the "about me" text.</summary>
    [JsonPropertyName("about_me")]
    public string? AboutMe { get; init; }

    /// <summary>Gets the ISO 639 language code.</summary>
    [JsonPropertyName("language")]
    public string? Language { get; init; }

    /// <summary>Gets the company.</summary>
    [JsonPropertyName("company")]
    public string? Company { get; init; }

    /// <summary>Gets when the profile was created (APS sends a Unix time or an ISO date, as text).</summary>
    [JsonPropertyName("created_date")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? CreatedDate { get; init; }

    /// <summary>Gets when the user last signed in (a Unix time or an ISO date, as text).</summary>
    [JsonPropertyName("last_login_date")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? LastLoginDate { get; init; }

    /// <summary>Gets the legacy EIDM id.</summary>
    [JsonPropertyName("eidm_guid")]
    public string? EidmGuid { get; init; }

    /// <summary>Gets a value indicating whether the user opted in to marketing.</summary>
    [JsonPropertyName("opt_in")]
    [JsonConverter(typeof(LenientBooleanConverter))]
    public bool? OptIn { get; init; }

    /// <summary>Gets the linked social accounts.</summary>
    [JsonPropertyName("social_userinfo_list")]
    public IReadOnlyList<ApsSocialUserInfo> SocialUserInfoList { get; init => field = value ?? []; } = [];

    /// <summary>Gets profile picture addresses by size key (<c>sizeX40</c>, …).</summary>
    [JsonPropertyName("thumbnails")]
    public IReadOnlyDictionary<string, string> Thumbnails { get; init => field = value ?? new Dictionary<string, string>(); } = new Dictionary<string, string>();

    /// <summary>Gets fields APS sent that this model does not name.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }
}
