using System;

namespace CallerIdPs.Tests.Engine.Resilience
{
    /// <summary>Issue 13: every 2Chat call costs a credit, so a listing asks for a page only when the pipeline wants an item from it.</summary>
    public sealed class NoPrefetchTests : IDisposable
    {
        private readonly LoopbackModuleSession _tc = new LoopbackModuleSession();

        public void Dispose() => _tc.Dispose();

        [Fact]
        public void Select_First_1_on_a_2Chat_listing_asks_for_one_page_every_time()
        {
            for (var run = 0; run < 20; run++)
            {
                var before = _tc.Emulator.RequestCount;

                var result = _tc.Run("Get-CallerId | Select-Object -First 1");

                result.AssertNoErrors();
                Assert.Single(result.Output);
                Assert.Equal(1, _tc.Emulator.RequestCount - before);
            }
        }

        [Fact]
        public void An_item_past_the_first_page_asks_for_the_second_one_only()
        {
            var before = _tc.Emulator.RequestCount;

            var result = _tc.Run("Get-CallerId | Select-Object -First 201");

            result.AssertNoErrors();
            Assert.Equal(201, result.Output.Count);
            Assert.Equal(2, _tc.Emulator.RequestCount - before);
        }
    }
}
