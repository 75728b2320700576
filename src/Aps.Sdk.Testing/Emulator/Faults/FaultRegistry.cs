namespace Aps.Sdk.Testing.Emulator.Faults;

/// <summary>The kinds of fault a rule injects.</summary>
internal enum FaultKind
{
    Respond,
    RateLimit,
    ResetConnection,
    TruncateBody,
    Delay,
    LimitRate,
}

/// <summary>One fault rule: which requests, how many, and what happens to them. Mutable state is guarded by the registry's lock.</summary>
internal sealed class FaultRule
{
    public required string? Method { get; init; }

    public required PathPattern Pattern { get; init; }

    public required FaultKind Kind { get; init; }

    public int Skip { get; init; }

    /// <summary>Gets how many matching requests the rule applies to; <see langword="null"/> for all.</summary>
    public int? Count { get; init; }

    public int StatusCode { get; init; }

    public string? Body { get; init; }

    public TimeSpan Duration { get; init; }

    public int PermitLimit { get; init; }

    // State (under the registry lock).
    public int Seen { get; set; }

    public int Hits { get; set; }

    public DateTimeOffset WindowStart { get; set; }

    public int WindowCount { get; set; }

    public bool Removed { get; set; }
}

/// <summary>What to do with one request, decided by the fault rules.</summary>
internal readonly record struct FaultDecision(TimeSpan Delay, FaultRule? Terminal, TimeSpan RetryAfter);

/// <summary>The fault rules of one emulator; thread-safe.</summary>
internal sealed class FaultRegistry
{
    private readonly object _gate = new();
    private readonly List<FaultRule> _rules = [];
    private readonly TimeProvider _time;

    public FaultRegistry(TimeProvider time)
    {
        _time = time;
    }

    public void Add(FaultRule rule)
    {
        lock (_gate)
        {
            _rules.Add(rule);
        }
    }

    public void Remove(FaultRule rule)
    {
        lock (_gate)
        {
            rule.Removed = true;
            _rules.Remove(rule);
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            foreach (var rule in _rules)
            {
                rule.Removed = true;
            }

            _rules.Clear();
        }
    }

    public int HitsOf(FaultRule rule)
    {
        lock (_gate)
        {
            return rule.Hits;
        }
    }

    /// <summary>Runs the rules in the order they were added: delays add up; the first terminal rule wins.</summary>
    public FaultDecision Evaluate(string method, IReadOnlyList<string> path)
    {
        lock (_gate)
        {
            if (_rules.Count == 0)
            {
                return default;
            }

            var delay = TimeSpan.Zero;
            foreach (var rule in _rules)
            {
                if ((rule.Method is not null && !string.Equals(rule.Method, method, StringComparison.OrdinalIgnoreCase)) || !rule.Pattern.IsMatch(path))
                {
                    continue;
                }

                if (rule.Kind == FaultKind.LimitRate)
                {
                    var now = _time.GetUtcNow();
                    if (rule.WindowCount == 0 || now >= rule.WindowStart + rule.Duration)
                    {
                        rule.WindowStart = now;
                        rule.WindowCount = 0;
                    }

                    rule.WindowCount++;
                    if (rule.WindowCount > rule.PermitLimit)
                    {
                        rule.Hits++;
                        return new FaultDecision(delay, rule, rule.WindowStart + rule.Duration - now);
                    }

                    continue;
                }

                rule.Seen++;
                if (rule.Seen <= rule.Skip || (rule.Count is { } count && rule.Hits >= count))
                {
                    continue;
                }

                rule.Hits++;
                if (rule.Kind == FaultKind.Delay)
                {
                    delay += rule.Duration;
                    continue;
                }

                return new FaultDecision(delay, rule, rule.Duration);
            }

            return new FaultDecision(delay, null, TimeSpan.Zero);
        }
    }
}
