using System.Linq;
using System.Management.Automation;

namespace CallerIdPs.Tests.Engine
{
    /// <summary>Long listings show Write-Progress with counts, and stay quiet when progress is off.</summary>
    public sealed class ProgressTests : SandboxSessionTests
    {
        public ProgressTests()
            : base("TwoChat")
        {
        }

        [Fact]
        public void Listing_caller_ids_reports_counts_against_the_providers_total_and_completes()
        {
            var result = _session.Run("$ProgressPreference = 'Continue'; Get-CallerId");

            Assert.NotEmpty(result.Progress);
            Assert.Contains(result.Progress, p => p.StatusDescription.Contains("of 1,257 caller IDs"));
            Assert.Equal(ProgressRecordType.Completed, result.Progress.Last().RecordType);
        }

        [Fact]
        public void A_bulk_purchase_counts_the_numbers_bought()
        {
            var result = _session.Run("$ProgressPreference = 'Continue'; $g = @(Find-NumberGroup -Country GB -Type mobile)[0]; 1..3 | ForEach-Object { $g } | New-NumberReservation | Invoke-NumberPurchase -Force");

            Assert.Equal(3, result.Output.Count);
            Assert.Contains(result.Progress, p => p.Activity == "Buying numbers" && p.StatusDescription.StartsWith("1 bought so far"));
            Assert.Equal(ProgressRecordType.Completed, result.Progress.Last(p => p.Activity == "Buying numbers").RecordType);
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
