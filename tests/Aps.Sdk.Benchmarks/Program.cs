using System.Globalization;
using Aps.Sdk.Benchmarks.Transfers;
using BenchmarkDotNet.Running;

// --transfers runs the OSS transfer benchmarks: a Stopwatch harness (1 GiB over loopback and 512 MiB over an emulated
// WAN do not fit BenchmarkDotNet's iteration model) that prints markdown tables; see docs/performance.md. The two
// other modes are its child processes: the emulator host and the fresh-process heap probe.
if (args.Contains(EmulatorProcess.HostFlag))
{
    return await EmulatorProcess.HostAsync(args);
}

if (args.Contains(Aps.Sdk.Benchmarks.LoopbackBreakdown.Flag))
{
    return await Aps.Sdk.Benchmarks.LoopbackBreakdown.RunAsync(args);
}

if (args.Contains(Aps.Sdk.Benchmarks.PagingHeapProbe.Flag))
{
    return await Aps.Sdk.Benchmarks.PagingHeapProbe.RunAsync();
}

if (args.Contains(HeapProbe.Flag) || args.Contains(TransferHarness.Flag))
{
    CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
    CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
    return args.Contains(HeapProbe.Flag) ? await HeapProbe.RunAsync(args) : await TransferHarness.RunAsync(args);
}

// Benchmarks run in process by default (BenchmarkDotNet's --inProcess): the out-of-process toolchain generates a
// project that rebuilds Aps.Sdk into the default obj/ and bin/ folders of the source tree, which clashes with other
// builds of the same projects and ignores `dotnet run --artifacts-path`. Pass --outOfProcess to get the classic
// separate-process toolchain anyway.
var arguments = args.ToList();
var outOfProcess = arguments.Remove("--outOfProcess");
if (!outOfProcess && !arguments.Contains("--inProcess") && !arguments.Contains("-i"))
{
    arguments.Add("--inProcess");
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run([.. arguments]);
return 0;
