using System;
using System.Linq;
using CallerIdPs.Model;

namespace CallerIdPs.Tests.Engine
{
    /// <summary>
    /// Get-NumberInventory with 2Chat served over loopback beside the other sandboxes, so the test can count 2Chat's
    /// requests and break its listing halfway: each list is read once, and a connection that fails is reported as
    /// unread, its rows marked incomplete, and nothing invented from what it did not say.
    /// </summary>
    public sealed class InventoryFailureTests : IDisposable
    {
        private readonly LoopbackModuleSession _tc = new LoopbackModuleSession();

        public InventoryFailureTests() =>
            _tc.Run("Connect-CallerIdProvider -Provider IdentityCall -Sandbox; Connect-CallerIdProvider -Provider Plivo -Sandbox; Connect-CallerIdProvider -Provider AppleBusiness -Sandbox")
                .AssertNoErrors();

        public void Dispose() => _tc.Dispose();

        [Fact]
        public void Each_list_of_a_connection_is_read_once_per_run()
        {
            var before = _tc.Emulator.RequestCount;
            _tc.Run("Get-VirtualNumber -Connection TwoChat; Get-CallerId -Connection TwoChat").AssertNoErrors();
            var separately = _tc.Emulator.RequestCount - before;

            before = _tc.Emulator.RequestCount;
            _tc.Run("Get-NumberInventory").AssertNoErrors();

            Assert.Equal(separately, _tc.Emulator.RequestCount - before);
        }

        [Fact]
        public void A_connection_that_fails_mid_read_marks_every_row_incomplete_and_invents_nothing()
        {
            // The first caller-ID page is served (late), every later one is refused: 2Chat fails halfway through.
            _tc.Emulator.Faults.On("GET", "/open/voip/caller-ids").Times(1).Delay(TimeSpan.FromMilliseconds(1));
            _tc.Emulator.Faults.On("GET", "/open/voip/caller-ids").Respond(403, "Forbidden");

            var result = _tc.Run("Get-NumberInventory");

            result.AssertNoErrors();
            var warning = Assert.Single(result.Warnings);
            Assert.Contains("'TwoChat'", warning);
            Assert.Contains("Incomplete", warning);
            var rows = result.Objects<NumberInventoryRow>().ToList();
            Assert.All(rows, r => Assert.True(r.Incomplete));
            Assert.All(rows, r => Assert.Equal("TwoChat", r.Unread.ToString()));

            // What was read before the failure is still evidence; what rests on absence is not claimed.
            var twoChatCallerIds = rows.SelectMany(r => r.CallerIds).OfType<TwoChatCallerId>().Count();
            Assert.InRange(twoChatCallerIds, 1, 1256);
            Assert.DoesNotContain(rows, r => r.Findings.Contains(InventoryFinding.BrandedNotOwned));
            Assert.Contains(rows, r => r.PhoneNumber == "+14155550186" && r.Findings.Contains(InventoryFinding.ReleasedButCallerId));
            Assert.Contains(rows, r => r.PhoneNumber == "+12135321603" && r.Findings.Contains(InventoryFinding.OwnedTwice));
        }

        [Fact]
        public void A_connection_that_cannot_be_read_at_all_leaves_the_others_whole()
        {
            _tc.Emulator.Faults.On("GET", "/open/voip/**").Respond(403, "Forbidden");

            var result = _tc.Run("Get-NumberInventory -Attention");

            result.AssertNoErrors();
            Assert.Contains("'TwoChat'", Assert.Single(result.Warnings));
            var rows = result.Objects<NumberInventoryRow>().ToList();
            Assert.DoesNotContain(rows, r => r.Owned.Any(o => o.Provider == ProviderKind.TwoChat) || r.CallerIds.Any(c => c.Provider == ProviderKind.TwoChat));
            Assert.Contains(rows, r => r.Findings.Contains(InventoryFinding.Rejected));
            Assert.DoesNotContain(rows, r => r.Findings.Contains(InventoryFinding.BrandedNotOwned));
        }
    }
}
