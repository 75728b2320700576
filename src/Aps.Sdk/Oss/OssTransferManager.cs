using Aps.Sdk.Core.Pipeline;

namespace Aps.Sdk.Oss;

/// <summary>
/// Large transfers to and from OSS: signed S3 multipart uploads with parts in parallel and resume, and ranged
/// parallel downloads. Get it from <see cref="OssClient.Transfers"/>.
/// </summary>
public class OssTransferManager
{
    private readonly OssClient _oss = null!;
    private readonly ApsPipeline _pipeline = null!;

    /// <summary>Creates a transfer manager for mocking.</summary>
    protected OssTransferManager()
    {
    }

    internal OssTransferManager(OssClient oss, ApsPipeline pipeline)
    {
        _oss = oss;
        _pipeline = pipeline;
    }

    internal OssClient Oss => _oss;

    internal ApsPipeline Pipeline => _pipeline;
}
