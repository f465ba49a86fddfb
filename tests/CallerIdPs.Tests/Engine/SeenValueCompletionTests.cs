using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using CallerIdPs.Model;

namespace CallerIdPs.Tests.Engine
{
    /// <summary>Ids and numbers complete from what the session already saw, asking no provider; nothing seen is no file names.</summary>
    public sealed class SeenValueCompletionTests : IDisposable
    {
        private readonly LoopbackModuleSession _tc = new LoopbackModuleSession();

        public void Dispose() => _tc.Dispose();

        private List<string> Complete(string input)
        {
            _tc.Session.SetVariable("line", input);
            var result = _tc.Run("TabExpansion2 -inputScript $line -cursorColumn $line.Length");
            result.AssertNoErrors();
            return ((CommandCompletion)result.Output.Single().BaseObject).CompletionMatches.Select(m => m.CompletionText).ToList();
        }

        [Theory]
        [InlineData("Get-AvailableNumber -GroupId ")]
        [InlineData("New-NumberReservation -GroupId gbm")]
        [InlineData("Invoke-NumberPurchase -ReservationId ")]
        [InlineData("Remove-NumberReservation -Id ")]
        [InlineData("Get-VirtualNumber -Id ")]
        [InlineData("Get-VirtualNumber -PhoneNumber ")]
        public void Nothing_seen_completes_nothing_and_asks_no_provider(string line)
        {
            var before = _tc.Emulator.RequestCount;

            Assert.Empty(Complete(line));
            Assert.Equal(before, _tc.Emulator.RequestCount);
        }

        [Fact]
        public void Groups_reservations_and_owned_numbers_the_session_saw_complete_without_a_request()
        {
            var groups = _tc.Run("Find-NumberGroup -Country GB -Type mobile").Objects<NumberGroup>().ToList();
            var reservation = _tc.Run("$r = Find-NumberGroup -Country GB -Type mobile | Select-Object -First 1 | New-NumberReservation; $r").Single<NumberReservation>();
            var owned = _tc.Run("Get-VirtualNumber").Objects<VirtualNumber>().ToList();
            var before = _tc.Emulator.RequestCount;

            Assert.Equal(groups.Select(g => g.Id).OrderBy(i => i), Complete("New-NumberReservation -GroupId gbm").OrderBy(i => i));
            Assert.Equal(groups.Select(g => g.Id).OrderBy(i => i), Complete("Get-AvailableNumber -Connection TwoChat -GroupId ").OrderBy(i => i));
            Assert.Equal(new[] { reservation.Id }, Complete("Invoke-NumberPurchase -ReservationId "));
            Assert.Equal(new[] { reservation.Id }, Complete("Remove-NumberReservation -Id "));
            Assert.Equal(owned.Select(n => n.Id).OrderBy(i => i), Complete("Get-VirtualNumber -Id ").OrderBy(i => i));
            var first = owned[0].PhoneNumber;
            Assert.Contains(first, Complete("Get-VirtualNumber -PhoneNumber " + first.Substring(0, 5)));
            Assert.All(Complete("Get-VirtualNumber -PhoneNumber " + first.Substring(0, 5)), p => Assert.StartsWith(first.Substring(0, 5), p, StringComparison.Ordinal));
            Assert.Empty(Complete("Get-VirtualNumber -Connection Elsewhere -Id "));
            Assert.Equal(before, _tc.Emulator.RequestCount);
        }

        [Fact]
        public void Each_offered_value_says_what_it_is_and_which_connection_showed_it()
        {
            var group = _tc.Run("Find-NumberGroup -Country GB -Type mobile").Objects<NumberGroup>().First(g => g.Id.StartsWith("gbm", StringComparison.Ordinal));
            var reservation = _tc.Run($"New-NumberReservation -GroupId {group.Id}").Single<NumberReservation>();
            var owned = _tc.Run("Get-VirtualNumber").Objects<VirtualNumber>().First(n => !string.IsNullOrEmpty(n.Name));
            var bought = _tc.Run($"Invoke-NumberPurchase -ReservationId {reservation.Id} -Force").Single<NumberPurchaseResult>();
            var place = string.Join(", ", new[] { group.Location, group.Type?.ToString().ToLowerInvariant(), group.Country }.Where(p => !string.IsNullOrEmpty(p)));
            var boughtName = string.IsNullOrEmpty(bought.Name) ? "" : " " + bought.Name;

            Assert.Equal($"{group.Id}: {place} (TwoChat)", Tooltip("New-NumberReservation -GroupId " + group.Id));
            Assert.Equal($"{owned.PhoneNumber} {owned.Name} (TwoChat)", Tooltip("Get-VirtualNumber -Id " + owned.Id));
            Assert.Equal($"{owned.PhoneNumber} {owned.Name} (id {owned.Id}) (TwoChat)", Tooltip("Get-VirtualNumber -PhoneNumber " + owned.PhoneNumber));
            Assert.Equal($"{bought.PhoneNumber}{boughtName} (id {bought.VirtualNumberId}) (TwoChat)", Tooltip("Get-VirtualNumber -PhoneNumber " + bought.PhoneNumber));
            Assert.Empty(Complete("Invoke-NumberPurchase -ReservationId "));

            var held = _tc.Run("Find-NumberGroup -Country GB -Type mobile | Select-Object -First 1 | New-NumberReservation").Single<NumberReservation>();
            Assert.Equal($"{held.PhoneNumber}, held until {held.ExpiresAt!.Value.ToLocalTime().ToString("t", System.Globalization.CultureInfo.CurrentCulture)} (TwoChat)", Tooltip("Invoke-NumberPurchase -ReservationId " + held.Id));
        }

        private string Tooltip(string input)
        {
            _tc.Session.SetVariable("line", input);
            var result = _tc.Run("TabExpansion2 -inputScript $line -cursorColumn $line.Length");
            result.AssertNoErrors();
            return Assert.Single(((CommandCompletion)result.Output.Single().BaseObject).CompletionMatches).ToolTip;
        }

        [Fact]
        public void A_bought_reservation_is_no_longer_offered_and_its_number_is()
        {
            var reservation = _tc.Run("$r = Find-NumberGroup -Country GB -Type mobile | Select-Object -First 1 | New-NumberReservation; $r").Single<NumberReservation>();
            _tc.Run("$r | Invoke-NumberPurchase -Force").Single<NumberPurchaseResult>();

            Assert.Empty(Complete("Invoke-NumberPurchase -ReservationId "));
            Assert.Equal(new[] { reservation.PhoneNumber }, Complete("Get-VirtualNumber -PhoneNumber " + reservation.PhoneNumber));
        }

        [Fact]
        public void A_cancelled_reservation_and_a_released_number_are_no_longer_offered()
        {
            var reservation = _tc.Run("$r = Find-NumberGroup -Country GB -Type mobile | Select-Object -First 1 | New-NumberReservation; $r").Single<NumberReservation>();
            var owned = _tc.Run("$v = Get-VirtualNumber | Select-Object -First 1; $v").Single<VirtualNumber>();
            Assert.Equal(new[] { reservation.Id }, Complete("Remove-NumberReservation -Id "));

            _tc.Run("$r | Remove-NumberReservation -Force").AssertNoErrors();
            _tc.Run("$v | Remove-VirtualNumber -Force").AssertNoErrors();

            Assert.Empty(Complete("Remove-NumberReservation -Id "));
            Assert.DoesNotContain(owned.Id, Complete("Get-VirtualNumber -Id "));
            Assert.DoesNotContain(owned.PhoneNumber, Complete("Get-VirtualNumber -PhoneNumber "));
        }
    }

    /// <summary>Get-AvailableNumber -Type offers only what the chosen connections sell.</summary>
    public sealed class SoldNumberTypeCompletionTests : IDisposable
    {
        private readonly ModuleSession _session = new ModuleSession();

        public SoldNumberTypeCompletionTests() =>
            _session.Run("Connect-CallerIdProvider -Provider Plivo -Sandbox; Connect-CallerIdProvider -Provider IdentityCall -Sandbox").AssertNoErrors();

        public void Dispose() => _session.Dispose();

        [Theory]
        [InlineData("Get-AvailableNumber -Connection Plivo -Country US -Type ")]
        [InlineData("Get-AvailableNumber -Country US -Type ")]
        public void Only_the_types_the_connections_sell_complete(string line)
        {
            _session.SetVariable("line", line);
            var completion = (CommandCompletion)_session.Run("TabExpansion2 -inputScript $line -cursorColumn $line.Length").Output.Single().BaseObject;

            Assert.Equal(new[] { "Local", "Mobile", "National", "TollFree" }, completion.CompletionMatches.Select(m => m.CompletionText).OrderBy(t => t));
        }

        [Fact]
        public void A_typed_type_still_binds_in_any_provider_spelling_and_others_are_refused_at_binding()
        {
            var tollFree = _session.Run("Get-AvailableNumber -Connection IdentityCall -Country US -Type toll-free | Select-Object -First 1");
            var bogus = _session.Run("Get-AvailableNumber -Country US -Type bogus");

            Assert.Equal(NumberType.TollFree, tollFree.Single<AvailableNumber>().Type);
            Assert.Contains("ParameterArgumentTransformationError", Assert.Single(bogus.Errors).FullyQualifiedErrorId, StringComparison.Ordinal);
        }
    }
}
