using System.Linq;
using System.Management.Automation;

namespace CallerIdPs.Tests.Engine
{
    /// <summary>Long listings show Write-Progress with counts, and stay quiet when progress is off.</summary>
    public sealed class ProgressTests : System.IDisposable
    {
        private readonly ModuleSession _session = new ModuleSession();

        public ProgressTests() => _session.Run("Connect-CallerIdProvider -Provider TwoChat -Sandbox").AssertNoErrors();

        public void Dispose() => _session.Dispose();

        [Fact]
        public void Listing_caller_ids_reports_counts_against_the_providers_total_and_completes()
        {
            var result = _session.Run("$ProgressPreference = 'Continue'; Get-CallerId");

            Assert.NotEmpty(result.Progress);
            Assert.Contains(result.Progress, p => p.StatusDescription.Contains("of 1,257 caller IDs"));
            Assert.Equal(ProgressRecordType.Completed, result.Progress.Last().RecordType);
        }

        [Fact]
        public void Nothing_is_reported_when_progress_is_silenced()
        {
            var result = _session.Run("$ProgressPreference = 'SilentlyContinue'; Get-CallerId");

            Assert.Equal(1257, result.Output.Count);
            Assert.Empty(result.Progress);
        }
    }
}
