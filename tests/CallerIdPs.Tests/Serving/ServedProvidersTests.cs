using System.Linq;
using CallerIdPs.EmulatorServer;
using CallerIdPs.Sandbox;
using CallerIdPs.Sandbox.Plivo;
using CallerIdPs.Sandbox.TwoChat;
using Xunit;

namespace CallerIdPs.Tests.Serving
{
    /// <summary>The emulator server serves every provider the sandbox emulates, by the name -Provider takes, in any case.</summary>
    public sealed class ServedProvidersTests
    {
        [Fact]
        public void Every_sandbox_provider_is_served_under_its_name()
        {
            foreach (var sandbox in SandboxProviders.All)
            {
                var served = ServedProviders.Open(sandbox.Provider.ToLowerInvariant(), new TwoChatEmulatorOptions(), new PlivoEmulatorOptions());

                Assert.NotNull(served);
                Assert.Equal(sandbox.Provider, served!.Provider);
                Assert.NotEmpty(served.Credentials);
            }

            Assert.Equal(string.Join("|", SandboxProviders.All.Select(p => p.Provider)), ServedProviders.Names);
        }

        [Fact]
        public void A_name_no_sandbox_emulates_is_not_served()
        {
            Assert.Null(ServedProviders.Open("Nope", new TwoChatEmulatorOptions(), new PlivoEmulatorOptions()));
        }

        [Fact]
        public void The_options_given_reach_the_emulator_and_the_values_shown()
        {
            var twoChat = new TwoChatEmulatorOptions { ApiKey = "sandbox-served-key" };

            var served = ServedProviders.Open("TwoChat", twoChat, new PlivoEmulatorOptions())!;

            Assert.Same(twoChat, ((TwoChatEmulator)served.Emulator).Options);
            Assert.Equal(new[] { "API key: sandbox-served-key" }, served.Credentials);
        }
    }
}
