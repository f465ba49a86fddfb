using System;
using System.Collections.Generic;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using CallerIdPs.Connections;
using CallerIdPs.Errors;

namespace CallerIdPs.Infrastructure
{
    /// <summary>
    /// Base of every cmdlet: runs async provider work through a <see cref="CmdletPump"/>, turns module failures into
    /// ErrorRecords, picks connections, and cancels requests in flight when the user presses Ctrl+C.
    /// </summary>
    public abstract class CallerIdCmdlet : PSCmdlet, IDisposable
    {
        private readonly CancellationTokenSource _stopping = new CancellationTokenSource();

        internal ConnectionRegistry Registry => ConnectionRegistry.Current;

        protected string CommandName => MyInvocation.MyCommand.Name;

        private HashSet<string> _onCommandLine = new HashSet<string>(StringComparer.OrdinalIgnoreCase);

        /// <summary>$ProgressPreference and the host as the pipeline thread read them when async work started; null outside it.</summary>
        private bool? _progressWantedDuringRun;

        protected override void StopProcessing() => _stopping.Cancel();

        /// <summary>Notes which parameters were typed (as opposed to bound from piped objects, record by record).</summary>
        protected override void BeginProcessing() => _onCommandLine = new HashSet<string>(MyInvocation.BoundParameters.Keys, StringComparer.OrdinalIgnoreCase);

        internal bool GivenOnCommandLine(string parameter) => _onCommandLine.Contains(parameter);

        /// <summary>Writes to the pipeline, noting the ids the object carries for completion (<see cref="Completion.SeenValues"/>).
        /// The pump writes through here too, so every object a cmdlet of the module writes is seen.</summary>
        public new void WriteObject(object sendToPipeline)
        {
            Completion.SeenValues.Remember(sendToPipeline);
            base.WriteObject(sendToPipeline);
        }

        /// <summary>
        /// An optional text parameter: an empty column of a piped CSV row means "not given"; an empty value typed on the
        /// command line is refused (InvalidInput, before any request). False after writing that error.
        /// </summary>
        internal bool TryOptional(string parameter, string? value, out string? text)
        {
            text = value == null || value.Trim().Length == 0 ? null : value;
            if (text != null || value == null || !GivenOnCommandLine(parameter)) return true;
            WriteFailure(CallerIdException.InvalidInputFor($"-{parameter} is empty: give a value, or leave the parameter out.", value), value);
            return false;
        }

        /// <summary>Runs async work; a module failure becomes a non-terminating error about <paramref name="target"/>.</summary>
        internal bool Run(object? target, Func<ICmdletOutput, CancellationToken, Task> work)
        {
            // A reference type: the pump's generic code compiled for Connect-CallerIdProvider (which returns its connection)
            // serves here too, where a bool would compile a second copy on a session's first listing.
            return Run<object?>(target, async (output, ct) =>
            {
                await work(output, ct).ConfigureAwait(false);
                return null;
            }, out _);
        }

        /// <summary>Runs async work that produces a value; false (and an error written) when it failed.</summary>
        internal bool Run<T>(object? target, Func<ICmdletOutput, CancellationToken, Task<T>> work, out T result)
        {
            result = default!;
            var outerProgressWanted = _progressWantedDuringRun;
            _progressWantedDuringRun = ProgressWanted();
            using (var pump = new CmdletPump(this, _stopping.Token, IsVerboseEnabled(), IsDebugEnabled()))
            {
                try
                {
                    result = pump.Run(work);
                    return true;
                }
                catch (CallerIdException error)
                {
                    WriteError(ErrorRecords.From(error, target));
                    return false;
                }
                finally
                {
                    _progressWantedDuringRun = outerProgressWanted;
                }
            }
        }

        /// <summary>
        /// Whether Write-Progress is worth doing: not when $ProgressPreference is SilentlyContinue or Ignore, nor when
        /// the session is not interactive. Session state belongs to the pipeline thread, so during async work this is
        /// the value read on that thread just before the work started; async work never reads the variable itself.
        /// </summary>
        internal bool ProgressWanted()
        {
            if (_progressWantedDuringRun is bool captured) return captured;
            var preference = GetVariableValue("ProgressPreference");
            var silenced = preference is ActionPreference action && (action == ActionPreference.SilentlyContinue || action == ActionPreference.Ignore);
            return !silenced && Environment.UserInteractive && Host?.UI?.RawUI != null;
        }

        /// <summary>For failures that end the command (a connection that cannot be opened).</summary>
        internal void Fail(CallerIdException error, object? target) => ThrowTerminatingError(ErrorRecords.From(error, target));

        internal void WriteFailure(CallerIdException error, object? target) => WriteError(ErrorRecords.From(error, target));

        /// <summary>
        /// The InvalidInput for "nothing says what to act on": <paramref name="say"/> (what the cmdlet takes), about the
        /// piped object and naming it when one was piped that binds to nothing the cmdlet acts on.
        /// </summary>
        internal void WriteNothingToActOn(string say)
        {
            var piped = PipedInput.Of(this);
            var message = piped == null ? say : $"{CommandName} cannot use {PipedInput.Describe(piped)}, which was piped to it. {say}";
            WriteFailure(CallerIdException.InvalidInputFor(message, piped), piped);
        }

        /// <summary>
        /// Checks input before any request: the checked value, or false after writing the check's error (InvalidInput,
        /// naming the value) so the pipeline goes on with the next item.
        /// </summary>
        internal bool TryCheck<T>(Func<T> check, object? target, out T value)
        {
            try
            {
                value = check();
                return true;
            }
            catch (CallerIdException error)
            {
                WriteFailure(error, target);
                value = default!;
                return false;
            }
        }

        /// <summary>The connections a read goes to; writes an error and returns none when there are none.</summary>
        internal IReadOnlyList<CallerIdConnection> ReadConnections(CallerIdConnection? given, ProviderCapability capability, object? target = null, Model.ProviderKind? provider = null)
        {
            try
            {
                return ConnectionSelection.ForRead(Registry, given, capability, CommandName, provider);
            }
            catch (CallerIdException error)
            {
                WriteFailure(error, target ?? given?.Name);
                return Array.Empty<CallerIdConnection>();
            }
        }

        /// <summary>The one connection a write (or a lookup by id) goes to; writes an error and returns null when it is not clear which.</summary>
        internal CallerIdConnection? SingleConnection(CallerIdConnection? given, ProviderCapability capability, object? target, Model.ProviderKind? provider = null, ProviderCapability parameters = ProviderCapability.None, IReadOnlyCollection<Model.ProviderKind>? providers = null)
        {
            try
            {
                return ConnectionSelection.ForOne(Registry, given, capability, CommandName, provider, parameters, providers);
            }
            catch (CallerIdException error)
            {
                WriteFailure(error, target);
                return null;
            }
        }

        /// <summary>
        /// ShouldProcess with -Force: -Force skips the prompt (for runbooks) but never -WhatIf. -WhatIf prints
        /// <paramref name="description"/>; the prompt asks it as a question (<see cref="ConfirmQuestion"/>), because pwsh's
        /// console host shows only the prompt's own text, and that must name the account and the price too, once.
        /// </summary>
        internal bool Confirm(string description, bool force)
        {
            if (force && !IsWhatIf())
            {
                WriteVerbose(description);
                return true;
            }

            return ShouldProcess(description, ConfirmQuestion.From(description), "Confirm");
        }

        public void Dispose()
        {
            _stopping.Dispose();
            GC.SuppressFinalize(this);
        }

        protected bool IsWhatIf()
        {
            if (MyInvocation.BoundParameters.TryGetValue("WhatIf", out var value))
            {
                return IsOn(value);
            }

            return LanguagePrimitives.IsTrue(GetVariableValue("WhatIfPreference"));
        }

        /// <summary>As PowerShell decides for WriteVerbose: -Verbose when given, then -Debug (which shows verbose too), then $VerbosePreference.</summary>
        private bool IsVerboseEnabled()
        {
            if (MyInvocation.BoundParameters.TryGetValue("Verbose", out var verbose))
            {
                return IsOn(verbose);
            }

            if (MyInvocation.BoundParameters.TryGetValue("Debug", out var debug) && IsOn(debug))
            {
                return true;
            }

            return Shown(GetVariableValue("VerbosePreference"));
        }

        private bool IsDebugEnabled()
        {
            if (MyInvocation.BoundParameters.TryGetValue("Debug", out var value))
            {
                return IsOn(value);
            }

            return Shown(GetVariableValue("DebugPreference"));
        }

        private static bool IsOn(object value) => value is SwitchParameter s ? s.IsPresent : LanguagePrimitives.IsTrue(value);

        private static bool Shown(object preference) =>
            preference is ActionPreference action && action != ActionPreference.SilentlyContinue && action != ActionPreference.Ignore;
    }
}
