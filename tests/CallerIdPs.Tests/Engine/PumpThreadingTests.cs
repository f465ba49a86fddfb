using System.Linq;

namespace CallerIdPs.Tests.Engine
{
    /// <summary>
    /// The cmdlet pump resumes a listing on the pipeline thread and writes its objects there directly: what runs
    /// downstream must not notice (same synchronization context as outside the command, every object once and in
    /// order, messages beside them), and a stopped pipeline still stops the listing.
    /// </summary>
    public sealed class PumpThreadingTests : System.IDisposable
    {
        private readonly ModuleSession _session = new ModuleSession();

        public PumpThreadingTests() => _session.Run("Connect-CallerIdProvider -Provider TwoChat -Sandbox").AssertNoErrors();

        public void Dispose() => _session.Dispose();

        [Fact]
        public void Commands_downstream_run_in_the_pipeline_threads_own_synchronization_context()
        {
            var result = _session.Run(
                "$outside = [System.Threading.SynchronizationContext]::Current; "
                + "Get-CallerId | Select-Object -First 450 | ForEach-Object { [object]::ReferenceEquals([System.Threading.SynchronizationContext]::Current, $outside) }");

            result.AssertNoErrors();
            Assert.Equal(450, result.Output.Count);
            Assert.All(result.Output, o => Assert.True((bool)o.BaseObject));
        }

        [Fact]
        public void Every_caller_id_arrives_once_and_in_the_providers_order_with_the_request_log_beside_it()
        {
            var expected = _session.Run("$ProgressPreference = 'SilentlyContinue'; Get-CallerId | ForEach-Object Id");
            var result = _session.Run("Get-CallerId -Verbose | ForEach-Object Id");

            result.AssertNoErrors();
            Assert.Equal(1257, result.Output.Count);
            Assert.Equal(expected.Output.Select(o => (string)o.BaseObject), result.Output.Select(o => (string)o.BaseObject));
            Assert.Equal(1257, result.Output.Select(o => (string)o.BaseObject).Distinct().Count());
            Assert.Contains(result.Verbose, v => v.Contains("200") && v.Contains("/open/voip/caller-ids"));
        }

        [Fact]
        public void A_command_downstream_that_stops_the_pipeline_stops_the_listing_and_the_session_goes_on()
        {
            var result = _session.Run("Get-CallerId | Select-Object -First 5");
            result.AssertNoErrors();
            Assert.Equal(5, result.Output.Count);

            var again = _session.Run("Get-CallerId | Select-Object -First 205");
            again.AssertNoErrors();
            Assert.Equal(205, again.Output.Count);
        }
    }
}
