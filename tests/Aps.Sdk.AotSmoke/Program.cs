using Aps.Sdk.AotSmoke;

// One line per area in SmokeChecks.All; each check throws on a wrong answer. Exit code 0 only when all pass.
var failed = 0;
foreach (var check in SmokeChecks.All)
{
    try
    {
        await check.RunAsync().ConfigureAwait(false);
        Console.WriteLine($"ok   {check.Name}");
    }
#pragma warning disable CA1031 // Report every failing check, then fail the process.
    catch (Exception ex)
#pragma warning restore CA1031
    {
        failed++;
        Console.WriteLine($"FAIL {check.Name}: {ex}");
    }
}

Console.WriteLine($"AOT smoke checks: {SmokeChecks.All.Count - failed} ok, {failed} failing");
return failed == 0 ? 0 : 1;
