using Aps.Sdk.Oss;

namespace Aps.Sdk.Tests.Transfers;

public class PartBufferPoolTests
{
    [Fact]
    public void Buffers_given_back_are_reused_so_a_transfer_holds_at_most_its_parts_in_flight()
    {
        var pool = new PartBufferPool();
        var first = Enumerable.Range(0, 4).Select(_ => pool.Rent(1024)).ToList();
        first.ForEach(pool.Return);

        // Many more parts than buffers, never more than four in flight: the same four arrays come back every time.
        for (var round = 0; round < 10; round++)
        {
            var again = Enumerable.Range(0, 4).Select(_ => pool.Rent(1024)).ToList();
            again.Should().OnlyContain(b => first.Any(f => ReferenceEquals(f, b)));
            again.ForEach(pool.Return);
        }

        pool.ReleaseAll();
    }

    [Fact]
    public void A_buffer_too_small_for_a_part_is_swapped_for_one_that_fits()
    {
        var pool = new PartBufferPool();
        var small = pool.Rent(16);
        pool.Return(small);

        var bigger = pool.Rent(small.Length + 1);

        bigger.Length.Should().BeGreaterThan(small.Length);
        pool.Return(bigger);
        pool.ReleaseAll();
    }
}
