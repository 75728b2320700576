using System.Buffers;

namespace Aps.Sdk.Oss;

/// <summary>
/// The part buffers of one transfer. A part that needs a buffer while all of the transfer's buffers are in use rents a
/// new one from <see cref="ArrayPool{T}.Shared"/>; otherwise it reuses one the transfer already holds. All of them go
/// back to the shared pool when the transfer ends. A transfer therefore holds at most as many buffers as it has parts
/// in flight (<c>MaxConcurrency</c>). Renting from and returning to the shared pool for every part allocates more:
/// a buffer returned on one thread stays in that thread's local slot, where a rent on another thread cannot find it,
/// so the shared pool allocates another one (in the transfer benchmark, a 1 GiB download with 8 parts in flight made it
/// allocate 13 buffers of 8 MiB).
/// </summary>
internal sealed class PartBufferPool
{
    private readonly object _gate = new();
    private readonly Stack<byte[]> _free = new();
    private bool _released;

    /// <summary>Gets a buffer of at least <paramref name="minimumLength"/> bytes (at least 1).</summary>
    public byte[] Rent(int minimumLength)
    {
        var length = Math.Max(1, minimumLength);
        byte[]? tooSmall = null;
        lock (_gate)
        {
            if (_free.TryPop(out var buffer))
            {
                if (buffer.Length >= length)
                {
                    return buffer;
                }

                tooSmall = buffer;
            }
        }

        // A short last part's buffer is swapped for one that fits, so the count does not grow.
        if (tooSmall is not null)
        {
            ArrayPool<byte>.Shared.Return(tooSmall);
        }

        return ArrayPool<byte>.Shared.Rent(length);
    }

    /// <summary>Gives a buffer back for the next part (or to the shared pool once <see cref="ReleaseAll"/> was called).</summary>
    public void Return(byte[] buffer)
    {
        lock (_gate)
        {
            if (!_released)
            {
                _free.Push(buffer);
                return;
            }
        }

        ArrayPool<byte>.Shared.Return(buffer);
    }

    /// <summary>Returns every buffer to the shared pool when the transfer ends; buffers returned later go there directly.</summary>
    public void ReleaseAll()
    {
        byte[][] left;
        lock (_gate)
        {
            _released = true;
            left = [.. _free];
            _free.Clear();
        }

        foreach (var buffer in left)
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
