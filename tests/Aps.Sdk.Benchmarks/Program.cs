using BenchmarkDotNet.Running;

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
