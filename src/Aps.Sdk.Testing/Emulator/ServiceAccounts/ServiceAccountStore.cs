using System.Security.Cryptography;

namespace Aps.Sdk.Testing.Emulator.ServiceAccounts;

internal sealed class EmulatedServiceAccount
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    public required string Email { get; init; }

    public string? FirstName { get; init; }

    public string? LastName { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? AccessedAt { get; set; }

    public bool Enabled { get; set; } = true;

    public List<EmulatedServiceAccountKey> Keys { get; } = [];
}

internal sealed class EmulatedServiceAccountKey
{
    public required string Kid { get; init; }

    /// <summary>The public key only (SubjectPublicKeyInfo DER): like APS, the emulator forgets the private key once returned.</summary>
    public required byte[] PublicKey { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? AccessedAt { get; set; }

    public bool Enabled { get; set; } = true;
}

/// <summary>The service accounts of the emulated application: 10 accounts at most, 3 keys each.</summary>
internal sealed class ServiceAccountStore
{
    public const int MaxAccounts = 10;
    public const int MaxKeys = 3;

    private readonly object _gate = new();
    private readonly Dictionary<string, EmulatedServiceAccount> _accounts = new(StringComparer.Ordinal);
    private readonly EmulatorContext _context;

    public ServiceAccountStore(EmulatorContext context)
    {
        _context = context;
    }

    public T Locked<T>(Func<Dictionary<string, EmulatedServiceAccount>, T> action)
    {
        lock (_gate)
        {
            return action(_accounts);
        }
    }

    public EmulatedServiceAccount Create(string name, string? firstName, string? lastName)
    {
        lock (_gate)
        {
            if (_accounts.Count >= MaxAccounts)
            {
                throw SsaError(403, "limit_exceeded", $"The application already has {MaxAccounts} service accounts; delete unused ones to create capacity.");
            }

            if (_accounts.Values.Any(a => string.Equals(a.Name, name, StringComparison.OrdinalIgnoreCase)))
            {
                throw SsaError(400, "invalid_request", $"A service account named '{name}' already exists.");
            }

            var account = new EmulatedServiceAccount
            {
                Id = NewId(),
                Name = name,
                Email = $"{name}@{_context.ClientId}.adskserviceaccount.autodesk.com".ToLowerInvariant(),
                FirstName = firstName,
                LastName = lastName,
                CreatedAt = _context.Now,
            };
            _accounts[account.Id] = account;
            return account;
        }
    }

    public EmulatedServiceAccount Require(string id)
    {
        lock (_gate)
        {
            return _accounts.TryGetValue(id, out var account) ? account : throw SsaError(404, "not_found", "The service account is not found.");
        }
    }

    public (string Kid, string PrivateKeyPem) CreateKey(string accountId)
    {
        var account = Require(accountId);
        using var rsa = RSA.Create(2048);
        var pem = rsa.ExportPkcs8PrivateKeyPem();
        var key = new EmulatedServiceAccountKey { Kid = Guid.NewGuid().ToString(), PublicKey = rsa.ExportSubjectPublicKeyInfo(), CreatedAt = _context.Now };
        lock (_gate)
        {
            if (!account.Enabled)
            {
                throw SsaError(400, "invalid_request", "The service account is not currently in an enabled state.");
            }

            if (account.Keys.Count >= MaxKeys)
            {
                throw SsaError(403, "limit_exceeded", $"The service account already has {MaxKeys} keys; delete one first.");
            }

            account.Keys.Add(key);
        }

        return (key.Kid, pem);
    }

    public void Delete(string id)
    {
        lock (_gate)
        {
            if (!_accounts.Remove(id))
            {
                throw SsaError(404, "not_found", "The service account is not found.");
            }
        }
    }

    public static EmulatorError SsaError(int status, string title, string detail)
        => EmulatorError.Custom(status, new System.Text.Json.Nodes.JsonObject { ["title"] = title, ["detail"] = detail });

    private static string NewId()
    {
        const string alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        Span<char> id = stackalloc char[16];
        for (var i = 0; i < id.Length; i++)
        {
            id[i] = alphabet[RandomNumberGenerator.GetInt32(alphabet.Length)];
        }

        return new string(id);
    }
}
