namespace Aps.Sdk.Core.Serialization;

/// <summary>An extensible string-valued type (a server value set that never throws on a new value).</summary>
/// <typeparam name="TSelf">The implementing type.</typeparam>
internal interface IExtensibleValue<TSelf>
    where TSelf : struct, IExtensibleValue<TSelf>
{
    /// <summary>Gets the wire value.</summary>
    string Value { get; }

    /// <summary>Creates the value from its wire form.</summary>
    /// <param name="value">The wire value.</param>
    /// <returns>The value.</returns>
    static abstract TSelf FromWire(string value);
}
