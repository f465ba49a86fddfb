using System;

namespace CallerIdPs.Tests.Engine.Adversarial
{
    /// <summary>
    /// Issue 13 item 10: 2Chat's /info reports a nonsensical requests_per_minute. Connect still works (the pace is
    /// clamped), nothing throws raw, and the next listing is not stalled by a zero or negative pace.
    /// </summary>
    public sealed class PaceClampTests
    {
        [Theory]
        [InlineData("-1")]
        [InlineData("0")]
        public void A_nonsensical_requests_per_minute_is_clamped_and_the_connection_works(string reported)
        {
            using var fault = new FaultSession(s => s.TwoChat.RequestsPerMinuteJson = reported);
            fault.Session.SetVariable("key", LoopbackModuleSession.Secure(fault.Scenario.TwoChat.ApiKey));

            var connect = fault.Run("Connect-CallerIdProvider -Provider TwoChat -ApiKey $key -BaseUri $uri -TimeoutSec 2", TimeSpan.FromSeconds(15));
            connect.AssertFinished();
            Outcomes.AssertOnlyCallerIdErrors(connect);
            connect.AssertNoErrors();

            var list = fault.Run("Get-CallerId -Connection TwoChat; Get-CallerId -Connection TwoChat", TimeSpan.FromSeconds(15));
            list.AssertFinished();
            list.AssertNoErrors();
            Assert.Equal(2 * fault.Scenario.TwoChat.CallerIdCount, list.Output.Count);
            Assert.True(list.Elapsed < TimeSpan.FromSeconds(10), $"Two listings took {list.Elapsed.TotalSeconds:F1} s at a reported pace of {reported}.");
        }
    }
}
