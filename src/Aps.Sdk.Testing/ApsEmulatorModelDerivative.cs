using Aps.Sdk.Testing.Emulator;
using Aps.Sdk.Testing.Emulator.ModelDerivative;

namespace Aps.Sdk.Testing;

/// <summary>
/// Test controls for the emulator's Model Derivative API. A translation of an object in the emulator's OSS is
/// <c>pending</c> for the first tenth of <see cref="TranslationDuration"/>, then <c>inprogress</c> with a growing
/// percentage, then <c>success</c> (or <c>failed</c> after <see cref="FailNextTranslation"/>), on the emulator's
/// <see cref="ApsEmulatorOptions.TimeProvider"/>. The object tree and properties answer 202 for another
/// <see cref="ExtractionDelay"/>. An OBJ source yields one object per <c>o</c>/<c>g</c> group in the metadata.
/// </summary>
public sealed class ApsEmulatorModelDerivative
{
    private readonly EmulatorContext _context;

    internal ApsEmulatorModelDerivative(EmulatorContext context)
    {
        _context = context;
    }

    private ModelDerivativeStore Store => ModelDerivativeStore.For(_context);

    /// <summary>Gets or sets how long a translation takes in emulated time (3 seconds by default); it applies to jobs started afterwards.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative.</exception>
    public TimeSpan TranslationDuration
    {
        get => Store.TranslationDuration;
        set
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, TimeSpan.Zero);
            Store.TranslationDuration = value;
        }
    }

    /// <summary>Gets or sets how long after a successful translation the object tree and properties still answer 202 (1 second by default).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative.</exception>
    public TimeSpan ExtractionDelay
    {
        get => Store.ExtractionDelay;
        set
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, TimeSpan.Zero);
            Store.ExtractionDelay = value;
        }
    }

    /// <summary>Makes the next translation job end with status <c>failed</c>; the manifest carries <paramref name="message"/> as an error.</summary>
    /// <param name="message">The error message of the manifest.</param>
    public void FailNextTranslation(string message = "Unrecoverable exit code from extractor: -1073741831")
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(message);
        Store.FailNext(message);
    }

    /// <summary>Reads the overall status of the translation of an encoded URN, or <see langword="null"/> when there is none.</summary>
    /// <param name="urn">The encoded URN (URL-safe Base64 of the source URN).</param>
    /// <returns><c>pending</c>, <c>inprogress</c>, <c>success</c> or <c>failed</c>, or <see langword="null"/>.</returns>
    public string? GetTranslationStatus(string urn)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(urn);
        return Store.Find(urn)?.StatusAt(_context.Now).Status;
    }
}
