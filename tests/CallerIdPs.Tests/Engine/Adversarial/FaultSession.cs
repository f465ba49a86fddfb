using System;
using System.Collections;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Management.Automation;
using CallerIdPs.FaultServer;

namespace CallerIdPs.Tests.Engine.Adversarial
{
    /// <summary>
    /// The module in the engine, connected with -BaseUri to the adversarial <see cref="FaultServer"/> (not the emulator).
    /// Every script runs under a deadline: a cmdlet that hangs is stopped and the test fails on elapsed time instead of
    /// hanging the suite.
    /// </summary>
    public sealed class FaultSession : IDisposable
    {
        public FaultSession(Action<FaultScenario>? configure = null)
        {
            var scenario = new FaultScenario();
            configure?.Invoke(scenario);
            Server = FaultServer.FaultServer.Start(scenario);
            Session = new ModuleSession();
            Session.SetVariable("uri", Server.BaseUri);
        }

        public FaultServer.FaultServer Server { get; }

        public ModuleSession Session { get; }

        public FaultScenario Scenario => Server.Scenario;

        /// <summary>Every secret the server's accounts use, numbered from 1 in failures: 2Chat key, IdentityCall key, Plivo token, Apple secret.</summary>
        public IEnumerable<string> Secrets => new[]
        {
            Scenario.TwoChat.ApiKey, Scenario.IdentityCall.ApiKey, Scenario.Plivo.AuthToken, Scenario.Apple.ClientSecret,
        };

        public void ConnectTwoChat(int timeoutSec = 2)
        {
            Session.SetVariable("key", LoopbackModuleSession.Secure(Scenario.TwoChat.ApiKey));
            Run($"Connect-CallerIdProvider -Provider TwoChat -ApiKey $key -BaseUri $uri -TimeoutSec {timeoutSec}").AssertNoErrors();
        }

        public void ConnectIdentityCall(int timeoutSec = 2)
        {
            Session.SetVariable("key", LoopbackModuleSession.Secure(Scenario.IdentityCall.ApiKey));
            Run($"Connect-CallerIdProvider -Provider IdentityCall -ApiKey $key -BaseUri $uri -TimeoutSec {timeoutSec} -RequestsPerMinute 100000").AssertNoErrors();
        }

        public void ConnectPlivo(int timeoutSec = 2)
        {
            Session.SetVariable("cred", new PSCredential(Scenario.Plivo.AuthId, LoopbackModuleSession.Secure(Scenario.Plivo.AuthToken)));
            Run($"Connect-CallerIdProvider -Provider Plivo -Credential $cred -BaseUri $uri -TimeoutSec {timeoutSec}").AssertNoErrors();
        }

        public void ConnectApple(int timeoutSec = 2)
        {
            Session.SetVariable("cred", new PSCredential(Scenario.Apple.ClientId, LoopbackModuleSession.Secure(Scenario.Apple.ClientSecret)));
            Session.SetVariable("org", Scenario.Apple.OrganizationId);
            Session.SetVariable("brand", Scenario.Apple.BrandId);
            Run($"Connect-CallerIdProvider -Provider AppleBusiness -Credential $cred -OrganizationId $org -BrandId $brand -BaseUri $uri -TimeoutSec {timeoutSec}").AssertNoErrors();
        }

        /// <summary>
        /// Runs the script; stops it (as Ctrl+C does) if it is still running after <paramref name="deadline"/>, or as soon
        /// as <paramref name="stopWhen"/> says so (a watchdog, e.g. on memory).
        /// </summary>
        public TimedResult Run(string script, TimeSpan? deadline = null, Func<bool>? stopWhen = null)
        {
            var limit = deadline ?? TimeSpan.FromSeconds(30);
            using var shell = Session.Shell(script);
            var clock = Stopwatch.StartNew();
            var running = shell.BeginInvoke();
            var finished = false;
            while (!finished && clock.Elapsed < limit && !(stopWhen?.Invoke() ?? false))
            {
                finished = running.AsyncWaitHandle.WaitOne(TimeSpan.FromMilliseconds(50));
            }

            finished = finished || running.IsCompleted;
            if (!finished) shell.Stop();
            var output = new List<PSObject>();
            Exception? terminating = null;
            try
            {
                output.AddRange(shell.EndInvoke(running));
            }
            catch (RuntimeException e)
            {
                terminating = e;
            }

            clock.Stop();
            var result = new EngineResult(shell, output, terminating);
            return new TimedResult(result, clock.Elapsed, !finished);
        }

        /// <summary>$Error as text: each record, its exception with inner ones, and its serialised form.</summary>
        public string ErrorVariableText()
        {
            var errors = Session.GetVariable("Error") as IEnumerable;
            if (errors == null) return "";
            var text = new List<string>();
            foreach (var item in errors)
            {
                text.Add(item?.ToString() ?? "");
                if (item is ErrorRecord record)
                {
                    text.Add(record.Exception?.ToString() ?? "");
                    text.Add(record.ErrorDetails?.Message ?? "");
                    text.Add(record.ErrorDetails?.RecommendedAction ?? "");
                    text.Add(PSSerializer.Serialize(record, 4));
                }
            }

            return string.Join("\n", text);
        }

        public void Dispose()
        {
            Session.Dispose();
            Server.Dispose();
        }
    }

    public sealed class TimedResult
    {
        public TimedResult(EngineResult result, TimeSpan elapsed, bool stoppedAtDeadline)
        {
            Result = result;
            Elapsed = elapsed;
            StoppedAtDeadline = stoppedAtDeadline;
        }

        public EngineResult Result { get; }

        public TimeSpan Elapsed { get; }

        public bool StoppedAtDeadline { get; }

        public List<ErrorRecord> Errors => Result.Errors;

        public List<string> Warnings => Result.Warnings;

        public List<PSObject> Output => Result.Output;

        public void AssertNoErrors() => Result.AssertNoErrors();

        public void AssertFinished()
        {
            Assert.False(StoppedAtDeadline, $"The script was still running after {Elapsed.TotalSeconds:F1} s and had to be stopped.");
        }

        public string Describe() =>
            $"after {Elapsed.TotalSeconds:F1} s{(StoppedAtDeadline ? " (stopped at the deadline)" : "")}; output: [{string.Join(", ", Output.Select(Outcomes.Show))}]; errors: [{string.Join(" | ", Result.AllErrorText())}]; warnings: [{string.Join(" | ", Warnings)}]";
    }
}
