namespace Aps.Sdk.IntegrationTests;

public class EmulatorSmokeTests
{
    [Fact]
    public void The_testing_package_is_referenced() => typeof(Aps.Sdk.Testing.ApsEmulatorInfo).Assembly.GetName().Name.Should().Be("Aps.Sdk.Testing");
}
