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

        /// <summary>With every provider connected, what -Connection offers on each cmdlet: the providers that can do it, judged
        /// from what each provider's API offers (not from the declarations under test). A new cmdlet with -Connection must be judged here.</summary>
        private static readonly Dictionary<string, string[]> ConnectionsThatCanRun = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase)
        {
            ["Get-CallerId"] = new[] { "Main", "Plivo", "AppleBusiness" },
            ["Set-CallerId"] = new[] { "Plivo", "AppleBusiness" },
            ["Remove-CallerId"] = new[] { "Plivo", "AppleBusiness" },
            ["New-CallerId"] = new[] { "AppleBusiness" },
            ["Start-CallerIdVerification"] = new[] { "Plivo" },
            ["Confirm-CallerIdVerification"] = new[] { "Plivo" },
            ["Get-VirtualNumber"] = new[] { "Main", "Plivo", "IdentityCall" },
            ["Set-VirtualNumber"] = new[] { "Plivo", "IdentityCall" },
            ["Remove-VirtualNumber"] = new[] { "Main", "Plivo" },
            ["Get-NumberRegion"] = new[] { "Main" },
            ["Get-NumberCity"] = new[] { "Main" },
            ["Get-NumberType"] = new[] { "Main" },
            ["Get-NumberRequirement"] = new[] { "Main" },
            ["Find-NumberGroup"] = new[] { "Main" },
            ["Get-AvailableNumber"] = new[] { "Main", "Plivo", "IdentityCall" },
            ["Get-NumberReservation"] = new[] { "Main" },
            ["New-NumberReservation"] = new[] { "Main" },
            ["Remove-NumberReservation"] = new[] { "Main" },
            ["Invoke-NumberPurchase"] = new[] { "Main", "Plivo", "IdentityCall" },
            // Every provider lists owned numbers or caller IDs; every connection has a journal.
            ["Get-NumberInventory"] = new[] { "Main", "Plivo", "AppleBusiness", "IdentityCall" },
            ["Get-CallerIdJournal"] = new[] { "Main", "Plivo", "AppleBusiness", "IdentityCall" },
        };

        [Fact]
        public void Every_cmdlet_with_a_connection_parameter_completes_only_the_connections_that_can_run_it()
        {
            _session.Run("'Plivo', 'AppleBusiness', 'IdentityCall' | ForEach-Object { Connect-CallerIdProvider -Provider $_ -Sandbox }").AssertNoErrors();
            var withConnection = _session.Run("Get-Command -Module CallerId | Where-Object { $_.Parameters.ContainsKey('Connection') } | ForEach-Object Name");
            withConnection.AssertNoErrors();
            var commands = withConnection.Output.Select(o => o.BaseObject.ToString()!).OrderBy(n => n, StringComparer.Ordinal).ToList();

            Assert.Equal(ConnectionsThatCanRun.Keys.OrderBy(n => n, StringComparer.Ordinal), commands);
            foreach (var command in commands)
            {
                var offered = Complete(command + " -Connection ");
                Assert.True(ConnectionsThatCanRun[command].SequenceEqual(offered), $"{command} -Connection offers {string.Join(", ", offered)}; expected {string.Join(", ", ConnectionsThatCanRun[command])}.");
            }
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
