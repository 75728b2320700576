namespace Aps.Sdk.Tests.Authentication;

/// <summary>
/// A fact of <see cref="TokenStoreContract"/>. Here it always runs; tests/Aps.Sdk.IntegrationTests, which links the
/// contract, has its own that is skipped (with the reason shown) when no Redis server is configured.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class StoreFactAttribute : FactAttribute;
