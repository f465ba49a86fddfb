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
    
        [Theory]
        [InlineData("Get-VirtualNumber -Connection TwoChat | Select-Object -First 2 | Invoke-NumberPurchase -WhatIf", "Invoke-NumberPurchase cannot use a virtual number, which was piped to it. Say what to buy:")]
        [InlineData("Get-NumberCity -Connection TwoChat -Country US | Select-Object -First 2 | Get-AvailableNumber", "Get-AvailableNumber cannot use a number city, which was piped to it. Say which numbers:")]
        [InlineData("Get-VirtualNumber -Connection TwoChat | Select-Object -First 2 | New-NumberReservation -WhatIf", "New-NumberReservation cannot use a virtual number, which was piped to it. Say what to reserve:")]
        public void A_piped_object_the_cmdlet_cannot_use_is_the_target_and_is_named(string command, string start)
        {
            var piped = _session.Run(command.Substring(0, command.LastIndexOf('|'))).Output.Select(o => o.BaseObject).ToList();
            Assert.Equal(2, piped.Count);

            var result = _session.Run(command);

            Assert.Equal(2, result.Errors.Count);
            Assert.All(result.Errors, e => Assert.StartsWith("InvalidInput", e.FullyQualifiedErrorId, System.StringComparison.Ordinal));
            Assert.All(result.Errors, e => Assert.Equal(ErrorCategory.InvalidArgument, e.CategoryInfo.Category));
            Assert.All(result.Errors, e => Assert.StartsWith(start, e.Exception.Message, System.StringComparison.Ordinal));
            Assert.Equal(piped.Select(p => p.ToString()), result.Errors.Select(e => e.TargetObject?.ToString()));
            Assert.All(result.Errors, e => Assert.IsNotType<string>(e.TargetObject));
        }
    
        [Theory]
        [InlineData("Set-VirtualNumber -Id +14155550200 -Connection Plivo -RoutingStrategy priority -WhatIf", "Priority")]
        [InlineData("Get-VirtualNumber -Connection IdentityCall | Select-Object -First 1 | Set-VirtualNumber -Subaccount SA12345678901234567890 -WhatIf", "SA12345678901234567890")]
        public void A_change_a_provider_does_not_take_targets_the_value_given(string command, string refused)
        {
            var result = _session.Run(command);

            var error = Assert.Single(result.Errors);
            Assert.StartsWith("InvalidInput", error.FullyQualifiedErrorId, System.StringComparison.Ordinal);
            Assert.Equal(ErrorCategory.InvalidArgument, error.CategoryInfo.Category);
            Assert.Equal(refused, error.TargetObject?.ToString());
        }

        [Fact]
        public void Get_CallerId_targets_a_piped_object_without_a_phone_number()
        {
            var result = _session.Run("[pscustomobject]@{ Name = 'x'; ConnectionName = 'Plivo' } | Get-CallerId");

            var error = Assert.Single(result.Errors);
            Assert.StartsWith("InvalidInput", error.FullyQualifiedErrorId, System.StringComparison.Ordinal);
            Assert.Equal(ErrorCategory.InvalidArgument, error.CategoryInfo.Category);
            Assert.Equal("x", Assert.IsType<PSObject>(error.TargetObject).Properties["Name"].Value);
        }
    }
}
