using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Aps.Sdk.Testing.Emulator.Oss;

/// <summary>
/// Signs and checks the emulated S3 URLs: an HMAC-SHA256 (with a key private to one emulator) over the method, the
/// resource, the expiry and any response overrides, carried as <c>Expires</c> and <c>Signature</c> query parameters.
/// </summary>
internal sealed class UrlSigner
{
    private readonly byte[] _key = RandomNumberGenerator.GetBytes(32);

    public string Sign(string canonical)
    {
        var mac = HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes(canonical));
        return Convert.ToBase64String(mac).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }

    public bool Verify(string canonical, string? signature)
        => signature is not null
            && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(Sign(canonical)), Encoding.UTF8.GetBytes(signature));

    public static string UploadCanonical(string uploadKey, int partNumber, long expires)
        => string.Create(CultureInfo.InvariantCulture, $"PUT\n{uploadKey}\n{partNumber}\n{expires}");

    public static string DownloadCanonical(string bucketKey, string objectKey, long expires, string? contentType, string? contentDisposition, string? cacheControl)
        => string.Create(CultureInfo.InvariantCulture, $"GET\n{bucketKey}\n{objectKey}\n{expires}\n{contentType}\n{contentDisposition}\n{cacheControl}");
}
