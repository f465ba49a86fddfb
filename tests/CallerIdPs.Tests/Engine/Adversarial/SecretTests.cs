using System;
using System.Management.Automation;
using CallerIdPs.FaultServer;

namespace CallerIdPs.Tests.Engine.Adversarial
{
    /// <summary>
    /// Issue 13 item 11: a provider that echoes the key back in its error body, and keys or Auth IDs that could smuggle
    /// headers or paths. The secret appears in no stream, not in the host's text, not in $Error; bad credentials are
    /// refused at Connect with InvalidInput before a single request.
    /// </summary>
    public sealed class SecretTests
    {
        [Theory]
        [InlineData("TwoChat")]
        [InlineData("Plivo")]
        public void A_401_echoing_the_secret_leaves_it_in_no_stream_and_not_in_Error(string provider)
        {
            using var fault = new FaultSession();
            string path, body;
            if (provider == "TwoChat")
            {
                fault.ConnectTwoChat(timeoutSec: 2);
                var key = fault.Scenario.TwoChat.ApiKey;
                path = FakeCatalog.TwoChatCallerIdsPath;
                body = "{\"success\":false,\"error\":true,\"error_message\":\"Invalid API key " + key + " (X-User-API-Key: " + key + ")\"}";
            }
            else
            {
                fault.ConnectPlivo(timeoutSec: 2);
                path = FakeCatalog.PlivoListPath(fault.Scenario);
                body = "{\"api_id\":\"a1\",\"error\":\"auth token " + fault.Scenario.Plivo.AuthToken + " is not valid\"}";
            }

            fault.Server.Faults.On("GET", path, Fault.Answer(401, body));

            var run = fault.Run($"$Error.Clear(); $DebugPreference = 'Continue'; Get-CallerId -Connection {provider} -Verbose");

            run.AssertFinished();
            Outcomes.AssertOnlyCallerIdErrors(run);
            Assert.Equal("AuthenticationFailed", Outcomes.Kind(Assert.Single(run.Errors)));
            Outcomes.AssertNoSecret(fault, run, fault.Secrets);
        }

        [Theory]
        [InlineData("tc-good\r\nX-Injected: 1")]
        [InlineData("tc-good\nX-Injected: 1")]
        [InlineData("clé-ünïcode-ключ")]
        public void A_key_with_CR_LF_or_non_ASCII_is_refused_at_Connect_before_any_request(string key)
        {
            using var fault = new FaultSession();
            fault.Session.SetVariable("badkey", LoopbackModuleSession.Secure(key));

            var run = fault.Run("Connect-CallerIdProvider -Provider TwoChat -ApiKey $badkey -BaseUri $uri -TimeoutSec 2", TimeSpan.FromSeconds(15));

            run.AssertFinished();
            Outcomes.AssertOnlyCallerIdErrors(run);
            Outcomes.AssertRefusedBeforeAnyRequest(run, fault);
            Outcomes.AssertNoSecret(fault, run, new[] { key });
        }

        [Theory]
        [InlineData("..")]
        [InlineData("../../v1/Account")]
        [InlineData("MA/../X")]
        public void A_Plivo_Auth_ID_that_walks_paths_is_refused_at_Connect_before_any_request(string authId)
        {
            using var fault = new FaultSession();
            fault.Session.SetVariable("badcred", new PSCredential(authId, LoopbackModuleSession.Secure(fault.Scenario.Plivo.AuthToken)));

            var run = fault.Run("Connect-CallerIdProvider -Provider Plivo -Credential $badcred -BaseUri $uri -TimeoutSec 2", TimeSpan.FromSeconds(15));

            run.AssertFinished();
            Outcomes.AssertOnlyCallerIdErrors(run);
            Outcomes.AssertRefusedBeforeAnyRequest(run, fault);
        }
    }
}
