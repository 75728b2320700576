namespace Aps.Sdk.Oss;

/// <summary>
/// The retry rule of one part, shared by uploads and downloads: an expired URL is replaced (at most
/// <see cref="OssTransferLimits.MaxUrlRefreshesPerPart"/> times), a transient failure is retried after a backoff (at most
/// <c>maxAttempts</c> attempts in all), anything else ends the transfer.
/// </summary>
internal sealed class PartRetry(int maxAttempts, TimeSpan retryDelay, TimeProvider time)
{
    private int _failures;
    private int _refreshes;

    /// <summary>
    /// Decides what follows a failed attempt: returns <see langword="true"/> when the URL must be replaced (it
    /// expired), <see langword="false"/> after waiting the backoff for a plain retry; throws the attempt's error when
    /// the part is out of attempts or the failure is permanent.
    /// </summary>
    public async ValueTask<bool> AfterFailureAsync(S3Outcome outcome, CancellationToken cancellationToken)
    {
        switch (outcome.Kind)
        {
            case S3OutcomeKind.Expired when ++_refreshes <= OssTransferLimits.MaxUrlRefreshesPerPart:
                return true;
            case S3OutcomeKind.Transient when ++_failures < maxAttempts:
                await Task.Delay(OssTransferLimits.Backoff(retryDelay, _failures), time, cancellationToken).ConfigureAwait(false);
                return false;
            default:
                throw outcome.Error!;
        }
    }
}
