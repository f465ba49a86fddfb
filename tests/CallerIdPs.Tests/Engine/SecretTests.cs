using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using CallerIdPs.Sandbox.TwoChat;

namespace CallerIdPs.Tests.Engine
{
    /// <summary>The API key never appears in any stream, error, view, ToString or serialisation, even at -Debug.</summary>
    public sealed class SecretTests : System.IDisposable
    {
        private const string Key = "tc-live-9f8e7d6c5b4a39281706f5e4d3c2b1a0";
        private readonly LoopbackModuleSession _tc = new LoopbackModuleSession(new TwoChatEmulatorOptions { ApiKey = Key }, connect: false);

        public void Dispose() => _tc.Dispose();

        [Fact]
        public void No_stream_of_any_2Chat_cmdlet_carries_the_key()
        {
            var texts = new List<string>();
            void Collect(EngineResult r) => texts.AddRange(r.EverythingAsText());
            const string Loud = "-Verbose -Debug";
            _tc.Run("$DebugPreference = 'Continue'; $VerbosePreference = 'Continue'");

            Collect(_tc.Run($"Connect-CallerIdProvider -Provider TwoChat -ApiKey $key -BaseUri $uri -PassThru {Loud}"));
            Collect(_tc.Run("Get-CallerIdConnection"));
            Collect(_tc.Run($"Get-CallerId -First 5 {Loud}"));
            Collect(_tc.Run($"Get-VirtualNumber {Loud}"));
            Collect(_tc.Run($"Get-NumberRegion -Country US {Loud} | Select-Object -First 1 | Get-NumberCity {Loud}"));
            Collect(_tc.Run($"Get-NumberType {Loud}"));
            Collect(_tc.Run($"Get-NumberRequirement -Country DE -Type local {Loud}"));
            Collect(_tc.Run($"Find-NumberGroup -Country GB -Type mobile {Loud} | Select-Object -First 1 | New-NumberReservation {Loud}"));
            Collect(_tc.Run($"Get-NumberReservation {Loud} | Invoke-NumberPurchase -Force {Loud}"));
            Collect(_tc.Run($"Find-NumberGroup -Country GB -Type tollfree {Loud} | Get-AvailableNumber {Loud} | Select-Object -First 1 | New-NumberReservation {Loud}"));
            Collect(_tc.Run($"Get-NumberReservation | Remove-NumberReservation -Force {Loud}"));
            Collect(_tc.Run($"Get-VirtualNumber | Select-Object -First 1 | Remove-VirtualNumber -Force {Loud}"));
            _tc.Emulator.Faults.On("GET", "/open/numbers/reservations").Times(1).Respond(503);
            Collect(_tc.Run($"Get-NumberReservation {Loud}"));
            Collect(_tc.Run($"Disconnect-CallerIdProvider {Loud}"));
            _tc.Session.SetVariable("wrong", LoopbackModuleSession.Secure(Key + "-wrong"));
            Collect(_tc.Run($"Connect-CallerIdProvider -Provider TwoChat -ApiKey $wrong -BaseUri $uri {Loud}"));
            Collect(_tc.Run("$Error | ForEach-Object { $_.ToString(); $_.Exception.ToString() }"));

            var everything = string.Join("\n", texts) + _tc.Session.Host.Text;
            Assert.Contains("X-User-API-Key", everything);
            Assert.Contains("GET", everything);
            Assert.DoesNotContain(Key, everything);
            Assert.DoesNotContain(Key.Substring(8, 16), everything);
        }

        [Fact]
        public void The_connection_object_shows_and_serialises_no_secret()
        {
            var connection = _tc.Run("Connect-CallerIdProvider -Provider TwoChat -ApiKey $key -BaseUri $uri -PassThru").Output.Single();

            var shown = new[]
            {
                connection.ToString(),
                PSSerializer.Serialize(connection, 5),
                System.Text.Json.JsonSerializer.Serialize(connection.BaseObject),
                string.Join("\n", connection.Properties.Select(p => p.Name + "=" + p.Value)),
                _tc.Session.Render("Get-CallerIdConnection"),
            };

            Assert.All(shown, text => Assert.DoesNotContain(Key, text));
        }
    }
}
