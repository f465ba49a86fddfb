using System;
using System.Linq;
using CallerIdPs.Connections;
using CallerIdPs.Journal;
using Xunit;

namespace CallerIdPs.Tests.Engine
{
    /// <summary>
    /// A runspace that borrows the session's connections (ForEach-Object -Parallel, a thread job) sees, by name, the
    /// same connections in Get-CallerIdConnection, Disconnect-CallerIdProvider and Get-CallerIdJournal as -Connection
    /// resolves; wildcards stay with the runspace's own connections. -Connection of Get-CallerIdJournal takes a name or
    /// a connection object, like every other -Connection.
    /// </summary>
    public sealed class ConnectionAcrossRunspacesTests : IDisposable
    {
        private const string LosAngeles = "Get-NumberRegion -Country US -Connection {0} | Where-Object Name -eq 'California' | Get-NumberCity | Where-Object Name -eq 'Los Angeles' | Find-NumberGroup -Type local | Get-AvailableNumber | Select-Object -First 1";

        private readonly ModuleSession _session = new ModuleSession();
        private readonly ModuleSession _parallel = new ModuleSession();
        private readonly string _name = "Shared" + Guid.NewGuid().ToString("N").Substring(0, 8);

        public ConnectionAcrossRunspacesTests()
        {
            _session.Run($"Connect-CallerIdProvider -Provider TwoChat -Sandbox -Name {_name}").AssertNoErrors();
            _session.Run($"{string.Format(LosAngeles, _name)} | Invoke-NumberPurchase -Force").AssertNoErrors();
        }

        public void Dispose()
        {
            _parallel.Dispose();
            _session.Dispose();
        }

        [Fact]
        public void Get_CallerIdConnection_finds_by_name_the_session_s_connection_but_wildcards_only_its_own()
        {
            var found = _parallel.Run($"Get-CallerIdConnection -Name {_name}");

            Assert.Equal(_name, found.Single<CallerIdConnection>().Name);
            Assert.Empty(_parallel.Run($"Get-CallerIdConnection -Name {_name.Substring(0, 6)}*").Output);
            Assert.Empty(_parallel.Run("Get-CallerIdConnection").Output);
        }

        [Fact]
        public void Get_CallerIdJournal_lists_the_entries_of_the_session_s_connection_named_from_another_runspace()
        {
            var entry = _parallel.Run($"Get-CallerIdJournal -Connection {_name}").Single<JournalEntry>();

            Assert.Equal(JournalOperation.Purchase, entry.Operation);
            Assert.Equal(_name, entry.ConnectionName);
        }

        [Fact]
        public void Get_CallerIdJournal_takes_a_connection_object_like_every_other_Connection()
        {
            _session.Run($"$c = Get-CallerIdConnection -Name {_name}").AssertNoErrors();

            var entry = _session.Run("Get-CallerIdJournal -Connection $c").Single<JournalEntry>();

            Assert.Equal(_name, entry.ConnectionName);
        }

        [Fact]
        public void Get_CallerIdJournal_with_a_name_nobody_knows_is_NotConnected_not_silent()
        {
            var error = Assert.Single(_session.Run("Get-CallerIdJournal -Connection NoSuchConnection").Errors);

            Assert.StartsWith("NotConnected,", error.FullyQualifiedErrorId);
            Assert.Equal("NoSuchConnection", error.TargetObject);
        }

        [Fact]
        public void Disconnect_CallerIdProvider_closes_by_name_the_session_s_connection_but_a_wildcard_closes_only_its_own()
        {
            _parallel.Run("Disconnect-CallerIdProvider").AssertNoErrors();
            Assert.Equal(_name, _session.Run("Get-CallerIdConnection").Single<CallerIdConnection>().Name);

            _parallel.Run($"Disconnect-CallerIdProvider -Name {_name}").AssertNoErrors();

            Assert.Empty(_session.Run("Get-CallerIdConnection").Output);
        }
    }
}
