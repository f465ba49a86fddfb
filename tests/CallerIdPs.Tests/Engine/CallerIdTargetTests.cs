using System;
using System.Linq;
using CallerIdPs.Errors;
using CallerIdPs.Journal;
using CallerIdPs.Model;

namespace CallerIdPs.Tests.Engine
{
    /// <summary>
    /// Which caller ID Set/Remove-CallerId act on, and what they say about it: conflicting ways of naming it are refused
    /// before any request, a malformed number is refused before a connection is chosen, and a caller ID named by id is read
    /// before the confirmation so that the confirmation and the journal name its number.
    /// </summary>
    public sealed class CallerIdTargetTests : IDisposable
    {
        private readonly ModuleSession _session = new ModuleSession();

        public CallerIdTargetTests()
        {
            _session.Run("Connect-CallerIdProvider -Provider Plivo -Sandbox; Connect-CallerIdProvider -Provider AppleBusiness -Sandbox").AssertNoErrors();
            _session.Run("$a = @(Get-CallerId -Connection AppleBusiness -First 2); $p = Get-CallerId -Connection Plivo -First 1").AssertNoErrors();
        }

        public void Dispose() => _session.Dispose();

        private string Apple(int index, string property) => _session.Run($"$a[{index}].{property}").Output.Single().ToString();

        [Theory]
        [InlineData("Set-CallerId -Id $a[0].Id -PhoneNumber $a[1].PhoneNumber -Department department.general.support.service_center -WhatIf", "$a[0].Id", "Say one thing to act on: -Id and -PhoneNumber were given together; they may not be the same caller ID.")]
        [InlineData("Remove-CallerId -Id $a[0].Id -PhoneNumber $a[1].PhoneNumber -WhatIf", "$a[0].Id", "Say one thing to act on: -Id and -PhoneNumber were given together; they may not be the same caller ID.")]
        [InlineData("$a[0] | Set-CallerId -PhoneNumber $a[1].PhoneNumber -Department department.general.support.service_center -WhatIf", "$a[1].PhoneNumber", "is not the piped caller ID")]
        [InlineData("$a[0] | Remove-CallerId -PhoneNumber +14165550198 -WhatIf", "'+14165550198'", "is not the piped caller ID")]
        [InlineData("$a[0] | Remove-CallerId -Id $a[1].Id -WhatIf", "$a[1].Id", "is not the id of the piped caller ID")]
        [InlineData("[pscustomobject]@{ PhoneNumber = $a[0].PhoneNumber; ConnectionName = 'AppleBusiness' } | Remove-CallerId -Id $a[1].Id -WhatIf", "$a[1].Id", "Say one thing to act on: -Id was given and an object with properties PhoneNumber, ConnectionName was piped")]
        [InlineData("$p | Remove-CallerId -Connection AppleBusiness -WhatIf", "'AppleBusiness'", "is Plivo's; it does not belong to the connection 'AppleBusiness' (Apple Business)")]
        [InlineData("$p | Set-CallerId -Alias Desk -Connection AppleBusiness -WhatIf", "'AppleBusiness'", "is Plivo's; it does not belong to the connection 'AppleBusiness' (Apple Business)")]
        public void Conflicting_ways_of_naming_the_caller_ID_are_one_InvalidInput_before_any_request(string command, string offending, string words)
        {
            Assert.Contains(words, InputRefusal.Of(_session, command, offending).Exception.Message);
        }

        [Theory]
        [InlineData("$a[0] | Remove-CallerId -PhoneNumber $a[0].PhoneNumber -Id $a[0].Id -WhatIf")]
        [InlineData("$a[0] | Set-CallerId -PhoneNumber $a[0].PhoneNumber -Department department.general.sales -Connection AppleBusiness -WhatIf")]
        [InlineData("[pscustomobject]@{ PhoneNumber = $a[0].PhoneNumber; Id = $a[0].Id; ConnectionName = 'AppleBusiness' } | Remove-CallerId -WhatIf")]
        public void Values_that_agree_with_each_other_are_no_conflict(string command)
        {
            _session.Host.Clear();

            _session.Run(command).AssertNoErrors();

            Assert.Contains($"caller ID {Apple(0, "PhoneNumber")} (id {Apple(0, "Id")})", _session.Host.Text);
        }

        [Theory]
        [InlineData("Remove-CallerId -PhoneNumber 555 -Force")]
        [InlineData("Set-CallerId -PhoneNumber 555 -Alias X")]
        [InlineData("Set-CallerId -PhoneNumber 555 -Department department.general.sales")]
        [InlineData("Start-CallerIdVerification -PhoneNumber 555")]
        public void A_malformed_number_is_InvalidInput_even_when_several_connections_could_be_meant(string command)
        {
            _session.Run("Connect-CallerIdProvider -Provider Plivo -Sandbox -Name P2").AssertNoErrors();

            var result = _session.Run(command);

            var error = Assert.Single(result.Errors);
            Assert.StartsWith("InvalidInput", error.FullyQualifiedErrorId);
            Assert.Equal("555", error.TargetObject);
        }

        [Fact]
        public void A_caller_ID_named_by_id_is_read_before_the_confirmation_which_names_its_number()
        {
            var (id, number) = (Apple(0, "Id"), Apple(0, "PhoneNumber"));
            _session.Host.Clear();

            _session.Run($"Remove-CallerId -Id {id} -WhatIf; Set-CallerId -Id {id} -Department department.general.sales -WhatIf").AssertNoErrors();

            Assert.Contains($"What if: Delete caller ID {number} (id {id}) from Apple Business account", _session.Host.Text);
            Assert.Contains($"What if: Set department department.general.sales on caller ID {number} (id {id}) of Apple Business account", _session.Host.Text);
            Assert.Single(_session.Run($"Get-CallerId -Connection AppleBusiness -Id {id}").Objects<AppleCallerId>());
        }

        [Fact]
        public void A_deletion_by_id_reads_first_then_confirms_and_the_journal_records_the_number()
        {
            var (id, number) = (Apple(0, "Id"), Apple(0, "PhoneNumber"));

            var result = _session.Run($"Remove-CallerId -Id {id} -Force -Verbose");

            result.AssertNoErrors();
            var read = result.Verbose.FindIndex(v => v.Contains(": GET "));
            var confirmed = result.Verbose.FindIndex(v => v.StartsWith($"Delete caller ID {number} (id {id})", StringComparison.Ordinal));
            var sent = result.Verbose.FindIndex(v => v.Contains(": DELETE "));
            Assert.True(read >= 0 && read < confirmed && confirmed < sent, string.Join(Environment.NewLine, result.Verbose));
            Assert.Contains($"Deleted caller ID {number} (id {id}).", result.Verbose);
            var entry = _session.Run("Get-CallerIdJournal").Objects<JournalEntry>().Single(e => e.Operation == JournalOperation.Deletion);
            Assert.Equal((number, number), (entry.Subject, entry.PhoneNumber));
            Assert.Contains(number, entry.Evidence);
        }

        [Fact]
        public void An_unknown_id_is_NotFound_before_any_confirmation()
        {
            _session.Host.Clear();

            var result = _session.Run("Remove-CallerId -Id 123 -WhatIf");

            Assert.StartsWith(nameof(CallerIdErrorKind.NotFound), Assert.Single(result.Errors).FullyQualifiedErrorId);
            Assert.DoesNotContain("What if", _session.Host.Text);
        }

        [Theory]
        [InlineData("Start-CallerIdVerification -PhoneNumber +14155550100 -Connection Plivo", "Send a verification code to +14155550100 by SMS through Plivo account 'MA…TH01' (connection 'Plivo', sandbox).")]
        [InlineData("New-CallerId -PhoneNumber +18005550199 -Department department.general.sales", "Create caller ID +18005550199 (department.general.sales) on Apple Business account")]
        public void Start_and_New_confirm_naming_the_account_like_Set_and_Remove(string command, string description)
        {
            _session.Host.Clear();
            _session.Host.Answers.Enqueue("No");

            _session.Run(command + " -Confirm").AssertNoErrors();
            _session.Run(command + " -WhatIf").AssertNoErrors();

            // The prompt asks the -WhatIf statement itself, once: each fact (number, account) said once.
            var prompt = Assert.Single(_session.Host.Prompts);
            var asked = description.TrimEnd('.');
            Assert.Contains(asked, prompt);
            Assert.Equal(prompt.IndexOf(asked, StringComparison.Ordinal), prompt.LastIndexOf(asked, StringComparison.Ordinal));
            var whatIf = _session.Host.Text.Split('\n').Select(l => l.TrimEnd()).Single(l => l.StartsWith("What if:", StringComparison.Ordinal));
            Assert.StartsWith("What if: " + description, whatIf);
            Assert.EndsWith(").", whatIf);
            Assert.DoesNotContain("))", whatIf);
        }
    }
}
