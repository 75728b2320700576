namespace Aps.Sdk.Core;

internal static class Placeholder
{
}
