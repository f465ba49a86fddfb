using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;

namespace CallerIdPs.Tests.Engine
{
    /// <summary>Tab completion as PowerShell computes it (TabExpansion2), for values a user would otherwise look up.</summary>
    public sealed class CompletionTests : System.IDisposable
    {
        private readonly ModuleSession _session = new ModuleSession();

        public CompletionTests() => _session.Run("Connect-CallerIdProvider -Provider TwoChat -Sandbox -Name Main").AssertNoErrors();

        public void Dispose() => _session.Dispose();

        private List<string> Complete(string input)
        {
            _session.SetVariable("line", input);
            var result = _session.Run("TabExpansion2 -inputScript $line -cursorColumn $line.Length");
            result.AssertNoErrors();
            var completion = (CommandCompletion)result.Output.Single().BaseObject;
            return completion.CompletionMatches.Select(m => m.CompletionText).ToList();
        }

        [Fact]
        public void Countries_complete_from_their_first_letters_then_from_their_names()
        {
            var matches = Complete("Get-NumberRegion -Country G");

            Assert.Contains("GB", matches);
            // Codes that start with the letters first, then countries whose name does (#14: Germany is DE).
            var byCode = matches.TakeWhile(m => m.StartsWith("G", StringComparison.Ordinal)).ToList();
            Assert.Equal(byCode, matches.Where(m => m.StartsWith("G", StringComparison.Ordinal)).ToList());
            Assert.Contains("DE", matches.Skip(byCode.Count));
        }

        [Fact]
        public void Connection_names_complete_on_every_connected_cmdlet()
        {
            Assert.Equal(new[] { "Main" }, Complete("Get-CallerId -Connection M"));
            Assert.Equal(new[] { "Main" }, Complete("Disconnect-CallerIdProvider -Name "));
        }

        [Fact]
        public void Connection_names_complete_only_connections_that_can_do_the_command()
        {
            _session.Run("Connect-CallerIdProvider -Provider Plivo -Sandbox; Connect-CallerIdProvider -Provider AppleBusiness -Sandbox").AssertNoErrors();

            Assert.Equal(new[] { "Plivo" }, Complete("Start-CallerIdVerification -Connection "));
            Assert.Equal(new[] { "Plivo" }, Complete("CallerId\\Confirm-CallerIdVerification -Otp 1 -Connection "));
            Assert.Equal(new[] { "AppleBusiness" }, Complete("New-CallerId -Connection "));
            Assert.Equal(new[] { "Plivo", "AppleBusiness" }, Complete("Remove-CallerId -Connection "));
            Assert.Equal(new[] { "Main", "Plivo", "AppleBusiness" }, Complete("Get-CallerIdConnection -Name "));
        }

        [Fact]
        public void Region_ids_come_from_the_provider_for_the_country_typed()
        {
            var matches = Complete("Get-NumberCity -Country US -RegionId ");

            Assert.Contains("5", matches);
            Assert.Equal(6, matches.Count);
        }

        [Fact]
        public void Places_come_from_a_connection_with_a_number_catalog()
        {
            _session.Run("Disconnect-CallerIdProvider -Name Main; Connect-CallerIdProvider -Provider IdentityCall -Sandbox; Connect-CallerIdProvider -Provider TwoChat -Sandbox -Name Main").AssertNoErrors();

            Assert.Empty(Complete("Get-NumberCity -Country US -Connection IdentityCall -RegionId "));
            Assert.Equal(6, Complete("Get-NumberCity -Country US -RegionId ").Count);
        }

        [Fact]
        public void City_names_come_from_the_provider_and_are_quoted_when_they_have_spaces()
        {
            var matches = Complete("Find-NumberGroup -Country US -City Los");

            Assert.Equal(new[] { "'Los Angeles'" }, matches);
        }

        [Fact]
        public void Number_types_and_departments_complete()
        {
            Assert.Contains("TollFree", Complete("Find-NumberGroup -Country GB -Type T"));
            Assert.Contains("department.general.support.customer_service", Complete("New-CallerId -Department department.general.support.c"));
        }

        [Fact]
        public void Verification_channels_complete()
        {
            Assert.Equal(new[] { "Call" }, Complete("Start-CallerIdVerification -PhoneNumber +14155550100 -Channel C"));
            Assert.Contains("Sms", Complete("Start-CallerIdVerification -PhoneNumber +14155550100 -Channel "));
        }
    }
}
