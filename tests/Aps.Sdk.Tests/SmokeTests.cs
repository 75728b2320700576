namespace Aps.Sdk.Tests;

public class SmokeTests
{
    [Fact]
    public void Runs() => (1 + 1).Should().Be(2);
}
