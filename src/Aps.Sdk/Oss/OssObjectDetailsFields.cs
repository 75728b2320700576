namespace Aps.Sdk.Oss;

/// <summary>The optional fields "get object details" returns only when asked for (the <c>with</c> query parameter).</summary>
[Flags]
public enum OssObjectDetailsFields
{
    /// <summary>Only the default fields.</summary>
    None = 0,

    /// <summary><c>with=createdDate</c>.</summary>
    CreatedDate = 1,

    /// <summary><c>with=lastAccessedDate</c>.</summary>
    LastAccessedDate = 2,

    /// <summary><c>with=lastModifiedDate</c>.</summary>
    LastModifiedDate = 4,

    /// <summary><c>with=userDefinedMetadata</c>.</summary>
    UserDefinedMetadata = 8,

    /// <summary>Every optional field.</summary>
    All = CreatedDate | LastAccessedDate | LastModifiedDate | UserDefinedMetadata,
}
