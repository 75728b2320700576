using Aps.Sdk.Core.Operations;

namespace Aps.Sdk.ModelDerivative;

/// <summary>The state of a translation at one poll of its manifest.</summary>
public sealed class TranslationProgress
{
    internal TranslationProgress(ModelDerivativeManifest manifest)
    {
        Manifest = manifest;
        Status = manifest.Status;
        Progress = manifest.Progress;
        PercentComplete = manifest.GetPercentComplete();
    }

    /// <summary>Gets the overall status.</summary>
    public ModelDerivativeStatus Status { get; }

    /// <summary>Gets the progress as APS wrote it (<c>25% complete</c>, <c>complete</c>).</summary>
    public string? Progress { get; }

    /// <summary>Gets the progress in percent, when it can be read.</summary>
    public double? PercentComplete { get; }

    /// <summary>Gets the manifest read at this poll.</summary>
    public ModelDerivativeManifest Manifest { get; }

    /// <inheritdoc />
    public override string ToString() => PercentComplete is { } p ? $"{Status} ({p:0.#}%)" : Status.ToString();
}

/// <summary>
/// A translation job started with <see cref="ModelDerivativeClient.StartTranslationAsync"/>. Wait with
/// <see cref="WaitForCompletionAsync(IProgress{TranslationProgress}, CancellationToken)"/>: it polls the manifest
/// with backoff (honouring <c>Retry-After</c>, with time from the client's <see cref="TimeProvider"/>) until the
/// overall status is success (the value is the manifest), failed or timeout (a
/// <see cref="ModelDerivativeTranslationException"/> with the manifest's messages), or the
/// <see cref="ApsPollingOptions.Timeout"/> passes (an <see cref="ApsException"/> whose inner exception is a
/// <see cref="TimeoutException"/>). Cancelling the wait does not cancel the job at APS.
/// </summary>
public sealed class TranslationOperation : ApsOperation<ModelDerivativeManifest>
{
    private readonly PollingOperation<ModelDerivativeManifest> _inner;
    private ModelDerivativeManifest? _lastManifest;

    internal TranslationOperation(ApsUrn urn, ModelDerivativeJobResult job, bool alreadyGenerated, Func<CancellationToken, Task<(ModelDerivativeManifest? Manifest, TimeSpan? RetryAfter)>> readManifest, TimeProvider time, ApsPollingOptions? polling)
    {
        Urn = urn;
        Job = job;
        AlreadyGenerated = alreadyGenerated;
        _inner = new PollingOperation<ModelDerivativeManifest>(
            urn.Value,
            async ct =>
            {
                var (manifest, retryAfter) = await readManifest(ct).ConfigureAwait(false);
                if (manifest is null)
                {
                    // Throttled (429): keep waiting as long as APS asked.
                    return PollResult<ModelDerivativeManifest>.Running(new ApsOperationProgress { Status = _lastManifest?.Status.Value ?? "pending", RetryAfter = retryAfter });
                }

                _lastManifest = manifest;
                var progress = new ApsOperationProgress
                {
                    Status = manifest.Status.IsEmpty ? "pending" : manifest.Status.Value,
                    PercentComplete = manifest.GetPercentComplete(),
                    Message = manifest.Progress,
                    IsTerminal = manifest.IsFinished(),
                    RetryAfter = retryAfter,
                };
                if (manifest.Status == ModelDerivativeStatus.Success)
                {
                    return PollResult<ModelDerivativeManifest>.Done(progress, manifest);
                }

                if (manifest.Status == ModelDerivativeStatus.Failed || manifest.Status == ModelDerivativeStatus.Timeout)
                {
                    return PollResult<ModelDerivativeManifest>.Failed(progress, new ModelDerivativeTranslationException(urn, manifest));
                }

                return PollResult<ModelDerivativeManifest>.Running(progress);
            },
            time,
            polling,
            "translation");
    }

    /// <summary>Gets the source design.</summary>
    public ApsUrn Urn { get; }

    /// <summary>Gets the answer to the job request.</summary>
    public ModelDerivativeJobResult Job { get; }

    /// <summary>Gets a value indicating whether APS answered 201: the requested derivatives already existed.</summary>
    public bool AlreadyGenerated { get; }

    /// <summary>Gets the manifest read by the last poll, if any.</summary>
    public ModelDerivativeManifest? LastManifest => _lastManifest;

    /// <inheritdoc />
    public override string Id => Urn.Value;

    /// <inheritdoc />
    public override bool HasCompleted => _inner.HasCompleted;

    /// <inheritdoc />
    public override ApsOperationProgress? LastProgress => _inner.LastProgress;

    /// <inheritdoc />
    public override ModelDerivativeManifest Value => _inner.Value;

    /// <inheritdoc />
    public override Task<ApsOperationProgress> UpdateStatusAsync(CancellationToken cancellationToken = default)
        => _inner.UpdateStatusAsync(cancellationToken);

    /// <inheritdoc />
#pragma warning disable RS0027 // The base class fixes this overload's shape; the TranslationProgress overload takes as many parameters, none optional.
    public override Task<ModelDerivativeManifest> WaitForCompletionAsync(IProgress<ApsOperationProgress>? progress = null, CancellationToken cancellationToken = default)
#pragma warning restore RS0027
        => _inner.WaitForCompletionAsync(progress, cancellationToken);

    /// <summary>Polls the manifest until the translation is over, reporting each new status or progress with the manifest.</summary>
    /// <param name="progress">Receives each new progress.</param>
    /// <param name="cancellationToken">Cancels the wait (the job goes on at APS).</param>
    /// <returns>The manifest, once the overall status is success.</returns>
    /// <exception cref="ModelDerivativeTranslationException">The translation failed or timed out; the manifest's messages are in the exception.</exception>
    /// <exception cref="ApsException">The polling time limit passed (inner <see cref="TimeoutException"/>), or a call failed.</exception>
    /// <exception cref="OperationCanceledException">The wait was cancelled.</exception>
    public Task<ModelDerivativeManifest> WaitForCompletionAsync(IProgress<TranslationProgress> progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(progress);
        return _inner.WaitForCompletionAsync(new ProgressAdapter(this, progress), cancellationToken);
    }

    private sealed class ProgressAdapter(TranslationOperation owner, IProgress<TranslationProgress> target) : IProgress<ApsOperationProgress>
    {
        public void Report(ApsOperationProgress value)
        {
            if (owner._lastManifest is { } manifest)
            {
                target.Report(new TranslationProgress(manifest));
            }
        }
    }
}

/// <summary>
/// A translation ended with status failed or timeout. The message lists the manifest's error and warning messages;
/// <see cref="Manifest"/> has the whole tree.
/// </summary>
public sealed class ModelDerivativeTranslationException : ApsException
{
    /// <summary>Creates an exception (for mocks and tests).</summary>
    public ModelDerivativeTranslationException()
        : base("The translation failed.")
    {
    }

    /// <summary>Creates an exception (for mocks and tests).</summary>
    /// <param name="message">The message.</param>
    public ModelDerivativeTranslationException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception (for mocks and tests).</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public ModelDerivativeTranslationException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    internal ModelDerivativeTranslationException(ApsUrn urn, ModelDerivativeManifest manifest)
        : base(Describe(urn, manifest))
    {
        Manifest = manifest;
        TranslationStatus = manifest.Status;
        Messages = manifest.GetAllMessages();
    }

    /// <summary>Gets the manifest that reported the failure.</summary>
    public ModelDerivativeManifest? Manifest { get; }

    /// <summary>Gets the overall status: failed or timeout.</summary>
    public ModelDerivativeStatus TranslationStatus { get; }

    /// <summary>Gets the messages of the manifest, its derivatives and resources.</summary>
    public IReadOnlyList<ModelDerivativeMessage> Messages { get; } = [];

    private static string Describe(ApsUrn urn, ModelDerivativeManifest manifest)
    {
        var messages = manifest.GetAllMessages();
        var failed = manifest.Derivatives.Where(d => d.Status == ModelDerivativeStatus.Failed || d.Status == ModelDerivativeStatus.Timeout)
            .Select(d => d.OutputType.Value).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var text = $"The translation of {urn.SourceUrn} ended with status '{manifest.Status}'";
        if (failed.Count > 0)
        {
            text += $" (derivatives: {string.Join(", ", failed)})";
        }

        return messages.Count == 0 ? text + "; the manifest has no messages." : text + ": " + string.Join(" | ", messages.Select(m => m.ToString()));
    }
}
