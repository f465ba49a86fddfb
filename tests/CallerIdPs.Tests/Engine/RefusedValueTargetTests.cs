using System.Linq;
using System.Management.Automation;
using CallerIdPs.Model;

namespace CallerIdPs.Tests.Engine
{
    /// <summary>An error about bad input targets the value it blames (the -StartsWith a connection cannot use, the type it
    /// does not sell, the number the provider says is gone), never a description of the whole request; an error about a
    /// piped record targets that record.</summary>
    public sealed class RefusedValueTargetTests : System.IDisposable
    {
        private readonly ModuleSession _session = new ModuleSession();

        public RefusedValueTargetTests() =>
            _session.Run("Connect-CallerIdProvider -Provider TwoChat -Sandbox; Connect-CallerIdProvider -Provider Plivo -Sandbox; Connect-CallerIdProvider -Provider IdentityCall -Sandbox").AssertNoErrors();

        public void Dispose() => _session.Dispose();

        [Theory]
        [InlineData("Get-AvailableNumber -Connection IdentityCall -Country US -Type Local -StartsWith 415", "415")]
        [InlineData("Get-AvailableNumber -Connection IdentityCall -Country US -City Boston", "Boston")]
        [InlineData("Get-AvailableNumber -Connection Plivo -Country US -Type SharedCost", NumberType.SharedCost)]
        [InlineData("Get-AvailableNumber -Connection IdentityCall -Country US -Type SharedCost", NumberType.SharedCost)]
        public void A_search_filter_a_connection_refuses_targets_the_refused_value(string command, object refused)
        {
            var result = _session.Run(command);

            var error = Assert.Single(result.Errors);
            Assert.StartsWith("InvalidInput", error.FullyQualifiedErrorId, System.StringComparison.Ordinal);
            Assert.Equal(ErrorCategory.InvalidArgument, error.CategoryInfo.Category);
            Assert.Equal(refused, error.TargetObject);
        }

        [Fact]
        public void When_connections_refuse_different_values_the_target_is_those_values()
        {
            var result = _session.Run("Get-AvailableNumber -Country US -Type SharedCost -StartsWith 415");

            var error = Assert.Single(result.Errors);
            Assert.Equal(ErrorCategory.InvalidArgument, error.CategoryInfo.Category);
            var values = Assert.IsType<object[]>(error.TargetObject);
            Assert.Equal(new object[] { NumberType.SharedCost, "415" }.OrderBy(v => v.ToString()), values.OrderBy(v => v.ToString()));
        }

        [Fact]
        public void A_reservation_of_a_number_that_is_not_available_targets_the_number()
        {
            var result = _session.Run("New-NumberReservation -GroupId gbloc-156 -PhoneNumber +14155550100 -Confirm:$false");

            var error = Assert.Single(result.Errors);
            Assert.StartsWith("NumberUnavailable", error.FullyQualifiedErrorId, System.StringComparison.Ordinal);
            Assert.Contains("+14155550100 is not available", error.Exception.Message, System.StringComparison.Ordinal);
            Assert.Equal(ErrorCategory.ResourceUnavailable, error.CategoryInfo.Category);
            Assert.Equal("+14155550100", error.TargetObject);
        }
    }
}
