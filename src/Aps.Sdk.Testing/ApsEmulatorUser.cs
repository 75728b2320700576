namespace Aps.Sdk.Testing;

/// <summary>A user of the emulator: who 3-legged tokens act for and what <c>/userinfo</c> answers.</summary>
public sealed class ApsEmulatorUser
{
    /// <summary>Gets or sets the user id (<c>sub</c> in user info, <c>userid</c> in introspection).</summary>
    public string UserId { get; set; } = "EMULATORUSER01";

    /// <summary>Gets or sets the full name.</summary>
    public string Name { get; set; } = "Emma Ulator";

    /// <summary>Gets or sets the given (first) name.</summary>
    public string GivenName { get; set; } = "Emma";

    /// <summary>Gets or sets the family (last) name.</summary>
    public string FamilyName { get; set; } = "Ulator";

    /// <summary>Gets or sets the e-mail address.</summary>
    public string Email { get; set; } = "emma.ulator@example.com";

    /// <summary>Gets or sets the user name.</summary>
    public string PreferredUsername { get; set; } = "emma.ulator";
}
