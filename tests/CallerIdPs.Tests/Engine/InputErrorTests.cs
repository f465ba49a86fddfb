using System.Linq;
using System.Management.Automation;

namespace CallerIdPs.Tests.Engine
{
    /// <summary>Bad input gets an InvalidInput ErrorRecord naming the offending value, and no request leaves the module.</summary>
    public sealed class InputErrorTests : System.IDisposable
    {
        private readonly LoopbackModuleSession _tc = new LoopbackModuleSession();

        public void Dispose() => _tc.Dispose();

        [Theory]
        [InlineData("Get-NumberRegion -Country XX", "XX")]
        [InlineData("Get-NumberRegion -Country 'United States'", "United States")]
        [InlineData("Get-NumberRegion -Country \"U$([char]0x2028)S\"", "U\u2028S")]
        [InlineData("Get-NumberCity -Country ZZ -RegionId 5", "ZZ")]
        [InlineData("Get-NumberCity -Country US -RegionId -5", -5)]
        [InlineData("Find-NumberGroup -Country US -Type local", "US")]
        [InlineData("Find-NumberGroup -Country 'GB; DROP TABLE groups' -Type mobile", "GB; DROP TABLE groups")]
        [InlineData("Get-NumberRequirement -Country QQ -Type local", "QQ")]
        [InlineData("New-NumberReservation -GroupId gbmob-100 -PhoneNumber 12345", "12345")]
        [InlineData("New-NumberReservation -GroupId gbmob-100 -PhoneNumber '+44 20 7946 00x1'", "+44 20 7946 00x1")]
        [InlineData("Get-AvailableNumber -GroupId usloc-100 -Contains 'abc'", "abc")]
        [InlineData("Get-CallerId -Country Germany", "Germany")]
        [InlineData("Remove-VirtualNumber -Id 'VCI1bf5e39d-5a9e-46fe-84dd-d1c4386f51b4' -Force", "VCI1bf5e39d-5a9e-46fe-84dd-d1c4386f51b4")]
        public void Is_refused_before_any_request(string command, object offending)
        {
            var before = _tc.Emulator.RequestCount;

            var result = _tc.Run(command);

            Assert.Null(result.Terminating);
            Assert.Empty(result.Output);
            var error = Assert.Single(result.Errors);
            Assert.StartsWith("InvalidInput", error.FullyQualifiedErrorId);
            Assert.Equal(ErrorCategory.InvalidArgument, error.CategoryInfo.Category);
            Assert.Equal(offending.ToString(), error.TargetObject?.ToString());
            Assert.False(string.IsNullOrWhiteSpace(error.Exception.Message));
            Assert.Equal(before, _tc.Emulator.RequestCount);
        }

        [Fact]
        public void A_huge_phone_number_is_refused_without_echoing_all_of_it()
        {
            _tc.Session.SetVariable("huge", "+1" + new string('9', 100_000));
            var before = _tc.Emulator.RequestCount;

            var result = _tc.Run("New-NumberReservation -GroupId gbmob-100 -PhoneNumber $huge");

            var error = Assert.Single(result.Errors);
            Assert.StartsWith("InvalidInput", error.FullyQualifiedErrorId);
            Assert.True(error.Exception.Message.Length < 400, "The message should shorten the value it quotes.");
            Assert.Equal(before, _tc.Emulator.RequestCount);
        }

        [Fact]
        public void Bad_items_in_a_pipeline_fail_alone_and_the_good_ones_go_through()
        {
            var result = _tc.Run("'XX', 'GB', 'YY' | ForEach-Object { [pscustomobject]@{ Country = $_ } } | Get-NumberRegion");

            Assert.Equal(2, result.Errors.Count);
            Assert.All(result.Errors, e => Assert.StartsWith("InvalidInput", e.FullyQualifiedErrorId));
            Assert.Equal(4, result.Output.Count);
        }

        [Fact]
        public void A_search_that_finds_nothing_warns_and_writes_no_error()
        {
            var regions = _tc.Run("Get-NumberRegion -Country DE");
            var numbers = _tc.Run("Find-NumberGroup -Country GB -Type tollfree | Get-AvailableNumber -Contains 12345678");

            Assert.Empty(regions.Output);
            Assert.Empty(regions.Errors);
            Assert.Contains(regions.Warnings, w => w.Contains("DE"));
            Assert.Empty(numbers.Output);
            Assert.Empty(numbers.Errors);
            Assert.Contains(numbers.Warnings, w => w.Contains("12345678"));
        }

        [Fact]
        public void An_unknown_connection_name_is_NotConnected_before_any_request_naming_the_connections_there_are()
        {
            var before = _tc.Emulator.RequestCount;

            var result = _tc.Run("Get-NumberReservation -Connection Nowhere");

            var error = Assert.Single(result.Errors);
            Assert.StartsWith("NotConnected,", error.FullyQualifiedErrorId);
            Assert.Equal(ErrorCategory.InvalidOperation, error.CategoryInfo.Category);
            Assert.Equal("Nowhere", error.TargetObject);
            Assert.Contains("'Nowhere'", error.Exception.Message);
            Assert.Contains("Connected: TwoChat", error.Exception.Message);
            Assert.Equal(before, _tc.Emulator.RequestCount);
        }
    }
}
