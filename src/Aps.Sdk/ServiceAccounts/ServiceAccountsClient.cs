using Aps.Sdk.Authentication;
using Aps.Sdk.Core.Paging;
using Aps.Sdk.Core.Pipeline;

namespace Aps.Sdk.ServiceAccounts;

/// <summary>
/// Secure Service Accounts (SSA): service accounts (robot users an application creates and signs in as) and their
/// RSA keys. Every call needs a 2-legged token with the <c>application:service_account[_key]:read|write</c> scopes,
/// which the SDK asks for. Sign in as an account with <see cref="ServiceAccountTokenProvider"/>.
/// </summary>
/// <remarks>
/// Limits: 10 service accounts per application, 3 keys per account (403 <c>limit_exceeded</c>). Errors are
/// <c>{title, detail}</c> and surface as <see cref="ApsException"/>.
/// <see href="https://aps.autodesk.com/en/docs/ssa/v1/reference/http/">APS SSA reference</see>.
/// </remarks>
public partial class ServiceAccountsClient
{
    internal const string Area = "ServiceAccounts";

    /// <summary><c>application:service_account:read</c>.</summary>
    internal const string AccountReadScope = "application:service_account:read";

    /// <summary><c>application:service_account:write</c>.</summary>
    internal const string AccountWriteScope = "application:service_account:write";

    /// <summary><c>application:service_account_key:read</c>.</summary>
    internal const string KeyReadScope = "application:service_account_key:read";

    /// <summary><c>application:service_account_key:write</c>.</summary>
    internal const string KeyWriteScope = "application:service_account_key:write";

    private static readonly ApsScopes AccountRead = ApsScopes.Create(AccountReadScope);
    private static readonly ApsScopes AccountWrite = ApsScopes.Create(AccountWriteScope);
    private static readonly ApsScopes KeyRead = ApsScopes.Create(KeyReadScope);
    private static readonly ApsScopes KeyWrite = ApsScopes.Create(KeyWriteScope);

    private readonly ApsPipeline _pipeline = null!;

    /// <summary>Creates a client for mocking.</summary>
    protected ServiceAccountsClient()
    {
    }

    internal ServiceAccountsClient(ApsPipeline pipeline)
    {
        _pipeline = pipeline;
    }

    internal ApsPipeline Pipeline => _pipeline;

    private static class Specs
    {
        internal static readonly OperationSpec Create = new(Area, "CreateServiceAccount", HttpMethod.Post, "/authentication/v2/service-accounts") { Scopes = AccountWrite };
        internal static readonly OperationSpec List = new(Area, "GetAllServiceAccounts", HttpMethod.Get, "/authentication/v2/service-accounts") { Scopes = AccountRead };
        internal static readonly OperationSpec Get = new(Area, "GetServiceAccount", HttpMethod.Get, "/authentication/v2/service-accounts/{serviceAccountId}") { Scopes = AccountRead };
        internal static readonly OperationSpec SetStatus = new(Area, "EnableDisableServiceAccount", HttpMethod.Patch, "/authentication/v2/service-accounts/{serviceAccountId}") { Scopes = AccountWrite, Idempotent = true };
        internal static readonly OperationSpec Delete = new(Area, "DeleteServiceAccount", HttpMethod.Delete, "/authentication/v2/service-accounts/{serviceAccountId}") { Scopes = AccountWrite };
        internal static readonly OperationSpec CreateKey = new(Area, "CreateServiceAccountKey", HttpMethod.Post, "/authentication/v2/service-accounts/{serviceAccountId}/keys") { Scopes = KeyWrite };
        internal static readonly OperationSpec ListKeys = new(Area, "GetAllServiceAccountKeys", HttpMethod.Get, "/authentication/v2/service-accounts/{serviceAccountId}/keys") { Scopes = KeyRead };
        internal static readonly OperationSpec SetKeyStatus = new(Area, "EnableDisableServiceAccountKey", HttpMethod.Patch, "/authentication/v2/service-accounts/{serviceAccountId}/keys/{keyId}") { Scopes = KeyWrite, Idempotent = true };
        internal static readonly OperationSpec DeleteKey = new(Area, "DeleteServiceAccountKey", HttpMethod.Delete, "/authentication/v2/service-accounts/{serviceAccountId}/keys/{keyId}") { Scopes = KeyWrite };
    }

    /// <summary>
    /// Creates a service account (201). Its e-mail is <c>&lt;name&gt;@&lt;clientId&gt;.adskserviceaccount.autodesk.com</c>.
    /// An application may have 10 (403 <c>limit_exceeded</c> beyond).
    /// </summary>
    /// <param name="request">The name (5 to 100 characters) and optional display names.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The new account's id and e-mail.</returns>
    /// <exception cref="ArgumentException">The name is missing or not 5 to 100 characters.</exception>
    /// <exception cref="ApsException">APS answered with an error.</exception>
    /// <remarks><see href="https://aps.autodesk.com/en/docs/ssa/v1/reference/http/service-accounts-POST/">APS reference</see>.</remarks>
    public virtual Task<ServiceAccount> CreateAsync(ServiceAccountCreateRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (string.IsNullOrWhiteSpace(request.Name) || request.Name.Length is < 5 or > 100)
        {
            throw new ArgumentException($"A service account name must be 5 to 100 characters long; '{request.Name}' has {request.Name?.Length ?? 0}.", nameof(request));
        }

        var message = _pipeline.CreateRequest(Specs.Create, null, []);
        ApsPipeline.SetJsonBody(message, request, ServiceAccountsJsonContext.Default.ServiceAccountCreateRequest);
        return _pipeline.SendAsync(message, ServiceAccountsJsonContext.Default.ServiceAccount, null, cancellationToken);
    }

    /// <summary>Lists the application's service accounts (one page: APS returns them all).</summary>
    /// <param name="options">Per-call settings.</param>
    /// <returns>The accounts.</returns>
    /// <remarks><see href="https://aps.autodesk.com/en/docs/ssa/v1/reference/http/service-accounts-GET/">APS reference</see>.</remarks>
    public virtual ApsPageable<ServiceAccount> ListAsync(ApsRequestOptions? options = null)
    {
        var strategy = new SinglePagePaging<ServiceAccountsEnvelope, ServiceAccount>(
            () => _pipeline.CreateRequest(Specs.List, options, []),
            page => page.ServiceAccounts);
        return new ApsPagedEnumerable<ServiceAccountsEnvelope, ServiceAccount>(_pipeline, ServiceAccountsJsonContext.Default.ServiceAccountsEnvelope, strategy, options);
    }

    /// <summary>Gets a service account.</summary>
    /// <param name="serviceAccountId">The account id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The account.</returns>
    /// <exception cref="ArgumentException">The id is empty.</exception>
    /// <exception cref="ApsException">APS answered with an error (404 <c>not_found</c>).</exception>
    /// <remarks><see href="https://aps.autodesk.com/en/docs/ssa/v1/reference/http/service-accounts-serviceAccountId-GET/">APS reference</see>.</remarks>
    public virtual Task<ServiceAccount> GetAsync(string serviceAccountId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(serviceAccountId);
        var request = _pipeline.CreateRequest(Specs.Get, null, [serviceAccountId]);
        return _pipeline.SendAsync(request, ServiceAccountsJsonContext.Default.ServiceAccount, null, cancellationToken);
    }

    /// <summary>
    /// Enables or disables a service account. A disabled account's keys cannot be used: its assertions are rejected.
    /// APS answers 400 when the account is already in that state.
    /// </summary>
    /// <param name="serviceAccountId">The account id.</param>
    /// <param name="status"><see cref="ServiceAccountStatus.Enabled"/> or <see cref="ServiceAccountStatus.Disabled"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The account as APS returns it.</returns>
    /// <exception cref="ArgumentException">The id is empty or the status is neither ENABLED nor DISABLED.</exception>
    /// <exception cref="ApsException">APS answered with an error.</exception>
    /// <remarks><see href="https://aps.autodesk.com/en/docs/ssa/v1/reference/http/service-accounts-serviceAccountId-PATCH/">APS reference</see>.</remarks>
    public virtual Task<ServiceAccount> SetStatusAsync(string serviceAccountId, ServiceAccountStatus status, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(serviceAccountId);
        CheckSettable(status);
        var request = _pipeline.CreateRequest(Specs.SetStatus, null, [serviceAccountId]);
        ApsPipeline.SetJsonBody(request, new ServiceAccountStatusPayload { Status = status }, ServiceAccountsJsonContext.Default.ServiceAccountStatusPayload);
        return _pipeline.SendAsync(request, ServiceAccountsJsonContext.Default.ServiceAccount, null, cancellationToken);
    }

    /// <summary>Deletes a service account and all its keys (204).</summary>
    /// <param name="serviceAccountId">The account id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when APS deleted the account.</returns>
    /// <exception cref="ArgumentException">The id is empty.</exception>
    /// <exception cref="ApsException">APS answered with an error.</exception>
    /// <remarks><see href="https://aps.autodesk.com/en/docs/ssa/v1/reference/http/service-accounts-serviceAccountId-DELETE/">APS reference</see>.</remarks>
    public virtual Task DeleteAsync(string serviceAccountId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(serviceAccountId);
        var request = _pipeline.CreateRequest(Specs.Delete, null, [serviceAccountId]);
        return _pipeline.SendNoContentAsync(request, null, cancellationToken);
    }

    /// <summary>
    /// Creates an RSA-2048 key pair for a service account (201) and returns the private key, in PEM, this once: APS
    /// keeps only the public key. An account may have 3 keys (403 <c>limit_exceeded</c> beyond).
    /// </summary>
    /// <param name="serviceAccountId">The account id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The key id and private key (its <see cref="ServiceAccountPrivateKey.ToString"/> hides the key).</returns>
    /// <exception cref="ArgumentException">The id is empty.</exception>
    /// <exception cref="ApsException">APS answered with an error.</exception>
    /// <remarks><see href="https://aps.autodesk.com/en/docs/ssa/v1/reference/http/service-accounts-serviceAccountId-keys-POST/">APS reference</see>.</remarks>
    public virtual Task<ServiceAccountPrivateKey> CreateKeyAsync(string serviceAccountId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(serviceAccountId);
        var request = _pipeline.CreateRequest(Specs.CreateKey, null, [serviceAccountId]);
        return _pipeline.SendAsync(request, ServiceAccountsJsonContext.Default.ServiceAccountPrivateKey, null, cancellationToken);
    }

    /// <summary>Lists a service account's keys (metadata only, no key material; one page).</summary>
    /// <param name="serviceAccountId">The account id.</param>
    /// <param name="options">Per-call settings.</param>
    /// <returns>The keys.</returns>
    /// <exception cref="ArgumentException">The id is empty.</exception>
    /// <remarks><see href="https://aps.autodesk.com/en/docs/ssa/v1/reference/http/service-accounts-serviceAccountId-keys-GET/">APS reference</see>.</remarks>
    public virtual ApsPageable<ServiceAccountKey> ListKeysAsync(string serviceAccountId, ApsRequestOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(serviceAccountId);
        var strategy = new SinglePagePaging<ServiceAccountKeysEnvelope, ServiceAccountKey>(
            () => _pipeline.CreateRequest(Specs.ListKeys, options, [serviceAccountId]),
            page => page.Keys);
        return new ApsPagedEnumerable<ServiceAccountKeysEnvelope, ServiceAccountKey>(_pipeline, ServiceAccountsJsonContext.Default.ServiceAccountKeysEnvelope, strategy, options);
    }

    /// <summary>Enables or disables a key (204). Assertions signed with a disabled key are rejected.</summary>
    /// <param name="serviceAccountId">The account id.</param>
    /// <param name="keyId">The key id (<c>kid</c>).</param>
    /// <param name="status"><see cref="ServiceAccountStatus.Enabled"/> or <see cref="ServiceAccountStatus.Disabled"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when APS applied the change.</returns>
    /// <exception cref="ArgumentException">An id is empty or the status is neither ENABLED nor DISABLED.</exception>
    /// <exception cref="ApsException">APS answered with an error.</exception>
    /// <remarks><see href="https://aps.autodesk.com/en/docs/ssa/v1/reference/http/service-accounts-serviceAccountId-keys-keyId-PATCH/">APS reference</see>.</remarks>
    public virtual Task SetKeyStatusAsync(string serviceAccountId, string keyId, ServiceAccountStatus status, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(serviceAccountId);
        ArgumentException.ThrowIfNullOrWhiteSpace(keyId);
        CheckSettable(status);
        var request = _pipeline.CreateRequest(Specs.SetKeyStatus, null, [serviceAccountId, keyId]);
        ApsPipeline.SetJsonBody(request, new ServiceAccountStatusPayload { Status = status }, ServiceAccountsJsonContext.Default.ServiceAccountStatusPayload);
        return _pipeline.SendNoContentAsync(request, null, cancellationToken);
    }

    /// <summary>Deletes a key (204).</summary>
    /// <param name="serviceAccountId">The account id.</param>
    /// <param name="keyId">The key id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when APS deleted the key.</returns>
    /// <exception cref="ArgumentException">An id is empty.</exception>
    /// <exception cref="ApsException">APS answered with an error.</exception>
    /// <remarks><see href="https://aps.autodesk.com/en/docs/ssa/v1/reference/http/service-accounts-serviceAccountId-keys-keyId-DELETE/">APS reference</see>.</remarks>
    public virtual Task DeleteKeyAsync(string serviceAccountId, string keyId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(serviceAccountId);
        ArgumentException.ThrowIfNullOrWhiteSpace(keyId);
        var request = _pipeline.CreateRequest(Specs.DeleteKey, null, [serviceAccountId, keyId]);
        return _pipeline.SendNoContentAsync(request, null, cancellationToken);
    }

    private static void CheckSettable(ServiceAccountStatus status)
    {
        if (status != ServiceAccountStatus.Enabled && status != ServiceAccountStatus.Disabled)
        {
            throw new ArgumentException($"The status can be set to ENABLED or DISABLED; '{status}' cannot be set.", nameof(status));
        }
    }
}
