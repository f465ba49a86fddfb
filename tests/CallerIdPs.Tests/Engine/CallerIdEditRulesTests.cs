using System;
using CallerIdPs.Errors;

namespace CallerIdPs.Tests.Engine
{
    /// <summary>
    /// Set/Remove/New-CallerId refuse a change the chosen caller IDs cannot take before any connection is chosen, in the
    /// words users already know (pinned before these rules moved from the cmdlets to the providers' declarations).
    /// </summary>
    public sealed class CallerIdEditRulesTests : IDisposable
    {
        private readonly ModuleSession _session = new ModuleSession();

        public CallerIdEditRulesTests()
        {
            foreach (var provider in new[] { "TwoChat", "Plivo", "AppleBusiness" })
            {
                _session.Run($"Connect-CallerIdProvider -Provider {provider} -Sandbox").AssertNoErrors();
            }
        }

        public void Dispose() => _session.Dispose();

        [Theory]
        [InlineData("Set-CallerId -PhoneNumber +14155550100 -Alias x -Department department.general.sales",
            "InvalidInput", "-Department is Apple Business's and -Alias/-Subaccount are Plivo's: give one kind.")]
        [InlineData("Get-CallerId -Connection AppleBusiness -First 1 | Set-CallerId -Alias x",
            "InvalidInput", "Apple Business caller IDs have no alias or subaccount: give -Department.")]
        [InlineData("Set-CallerId -Connection AppleBusiness -PhoneNumber +14155550100 -Subaccount SA1234567890123456789",
            "InvalidInput", "Apple Business caller IDs have no alias or subaccount: give -Department.")]
        [InlineData("Set-CallerId -Id 123 -Alias x",
            "InvalidInput", "Apple Business caller IDs have no alias or subaccount: give -Department.")]
        [InlineData("Get-CallerId -Connection AppleBusiness -First 1 | Set-CallerId",
            "InvalidInput", "Apple Business caller IDs have no alias or subaccount: give -Department.")]
        [InlineData("Get-CallerId -Connection TwoChat -First 1 | Set-CallerId -Alias x",
            "InvalidInput", "2Chat caller IDs have no alias or subaccount: give -Department (Apple Business) or pipe Plivo caller IDs.")]
        [InlineData("Set-CallerId -Connection TwoChat -PhoneNumber +14155550100",
            "InvalidInput", "2Chat caller IDs have no alias or subaccount: give -Department (Apple Business) or pipe Plivo caller IDs.")]
        [InlineData("Set-CallerId -Connection Plivo -PhoneNumber +14155550100",
            "InvalidInput", "Nothing to change: give -Alias and/or -Subaccount (Plivo) or -Department (Apple Business).")]
        [InlineData("Set-CallerId -PhoneNumber +14155550100",
            "InvalidInput", "Nothing to change: give -Alias and/or -Subaccount (Plivo) or -Department (Apple Business).")]
        [InlineData("Get-CallerId -Connection Plivo -First 1 | Set-CallerId -Department department.general.sales",
            "InvalidInput", "Plivo caller IDs have no department (-Department is Apple Business's).")]
        [InlineData("Get-CallerId -Connection TwoChat -First 1 | Set-CallerId -Department department.general.sales",
            "InvalidInput", "2Chat caller IDs have no department (-Department is Apple Business's).")]
        [InlineData("Set-CallerId -Connection Plivo -PhoneNumber +14155550100 -Department department.general.sales",
            "InvalidInput", "Plivo caller IDs have no department (-Department is Apple Business's).")]
        [InlineData("Set-CallerId -Connection TwoChat -PhoneNumber +14155550100 -Department department.general.sales",
            "InvalidInput", "2Chat caller IDs have no department (-Department is Apple Business's).")]
        [InlineData("Set-CallerId -Connection Plivo -PhoneNumber +14155550100 -Department sales",
            "InvalidInput", "Department: 'sales' is not a department; it starts with 'department.' and has only letters, digits, '_', '.' and '-', e.g. department.general.support.customer_service.")]
        [InlineData("Get-CallerId -Connection TwoChat -First 1 | Remove-CallerId -Force",
            "NotSupported", "2Chat caller IDs cannot be deleted by this version of the module.")]
        [InlineData("Set-CallerId -Connection Plivo -Id 42 -Alias x",
            "InvalidInput", "Plivo caller IDs are found by number: give -PhoneNumber (-Id is Apple Business's).")]
        [InlineData("New-CallerId -Connection Plivo -PhoneNumber +18005555555 -Department department.general.sales",
            "NotSupported", "New-CallerId works with Apple Business; the connection 'Plivo' is Plivo.")]
        [InlineData("New-CallerId -PhoneNumber +18005555555 -Department sales",
            "InvalidInput", "Department: 'sales' is not a department; it starts with 'department.' and has only letters, digits, '_', '.' and '-', e.g. department.general.support.customer_service.")]
        public void A_change_the_caller_ID_cannot_take_is_refused_in_the_known_words(string command, string kind, string message)
        {
            var result = _session.Run(command);

            var error = Assert.Single(result.Errors);
            Assert.StartsWith(kind, error.FullyQualifiedErrorId);
            Assert.Equal(message, Assert.IsType<CallerIdException>(error.Exception).Message);
        }

        [Fact]
        public void Connections_for_an_alias_are_the_providers_whose_caller_IDs_have_one()
        {
            _session.Run("Disconnect-CallerIdProvider -Name Plivo").AssertNoErrors();
            var none = _session.Run("Set-CallerId -PhoneNumber +14155550100 -Alias x");

            var error = Assert.Single(none.Errors);
            Assert.StartsWith("NotConnected", error.FullyQualifiedErrorId);
            Assert.Equal("Set-CallerId works with Plivo, and none of the open connections (TwoChat, AppleBusiness) is one.", error.Exception.Message);
        }
    }
}
