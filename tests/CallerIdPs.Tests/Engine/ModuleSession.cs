using System;
using System.Collections;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Runspaces;

namespace CallerIdPs.Tests.Engine
{
    /// <summary>
    /// A fresh PowerShell runspace with the built module imported from out/CallerId, exactly as a user imports it.
    /// Each test gets its own, so connections (kept per runspace) never leak between tests.
    /// </summary>
    public sealed class ModuleSession : IDisposable
    {
        private readonly Runspace _runspace;

        public ModuleSession()
        {
            Host = new RecordingHost();
            // CreateDefault: the engine with Microsoft.PowerShell.Utility and Management loaded, as pwsh starts. Its
            // ExecutionPolicy is left alone: setting it throws on Linux.
            _runspace = RunspaceFactory.CreateRunspace(Host, InitialSessionState.CreateDefault());
            _runspace.Open();
            var imported = Run($"Import-Module '{ModulePath}' -PassThru");
            if (imported.Errors.Count > 0 || imported.Output.Count != 1)
            {
                throw new InvalidOperationException("The module did not import: " + string.Join("; ", imported.Errors));
            }
        }

        internal RecordingHost Host { get; }

        public static string RepoRoot
        {
            get
            {
                var dir = new DirectoryInfo(AppContext.BaseDirectory);
                while (dir != null && !File.Exists(Path.Combine(dir.FullName, "CallerIdPs.sln"))) dir = dir.Parent;
                return dir?.FullName ?? throw new InvalidOperationException("Cannot find the repository root (CallerIdPs.sln) above " + AppContext.BaseDirectory);
            }
        }

        /// <summary>The module folder `dotnet build` lays out (the test project builds the module first).</summary>
        public static string ModulePath => Path.Combine(RepoRoot, "out", "CallerId", "CallerId.psd1");

        public static string ModuleFolder => Path.GetDirectoryName(ModulePath)!;

        /// <summary>Where the module keeps Core, the sandbox and every third-party assembly.</summary>
        public static string DependencyFolder => Path.Combine(ModuleFolder, "Dependencies");

        public void SetVariable(string name, object? value) => _runspace.SessionStateProxy.SetVariable(name, value);

        public object? GetVariable(string name) => _runspace.SessionStateProxy.GetVariable(name);

        /// <summary>Runs script text as a user would type it and returns every stream.</summary>
        public EngineResult Run(string script)
        {
            using var shell = PowerShell.Create();
            shell.Runspace = _runspace;
            shell.AddScript(script);
            var output = new List<PSObject>();
            Exception? terminating = null;
            try
            {
                output.AddRange(shell.Invoke());
            }
            catch (RuntimeException e)
            {
                terminating = e;
            }

            return new EngineResult(shell, output, terminating)
            {
                Progress = shell.Streams.Progress.ToList(),
            };
        }

        /// <summary>A shell on this session's runspace, for tests that drive an invocation themselves (Stop, as Ctrl+C does).</summary>
        public PowerShell Shell(string script)
        {
            var shell = PowerShell.Create();
            shell.Runspace = _runspace;
            shell.AddScript(script);
            return shell;
        }

        /// <summary>Runs the script and renders its output with Out-Default through the host, as at a prompt.</summary>
        public string Render(string script)
        {
            Host.Clear();
            var result = Run(script + " | Out-Default");
            if (result.Errors.Count > 0 || result.Terminating != null)
            {
                throw new InvalidOperationException("Rendering failed: " + string.Join("; ", result.AllErrorText()));
            }

            return Host.Text;
        }

        public void Dispose() => _runspace.Dispose();
    }

    public sealed class EngineResult
    {
        /// <summary>What an invocation of <paramref name="shell"/> gave: its output, every stream (but progress) and what stopped it.</summary>
        public EngineResult(PowerShell shell, List<PSObject> output, Exception? terminating)
            : this(
                output,
                shell.Streams.Error.ToList(),
                shell.Streams.Warning.Select(w => w.Message).ToList(),
                shell.Streams.Verbose.Select(v => v.Message).ToList(),
                shell.Streams.Debug.Select(d => d.Message).ToList(),
                shell.Streams.Information.Select(i => i.MessageData?.ToString() ?? "").ToList(),
                terminating)
        {
        }

        public EngineResult(List<PSObject> output, List<ErrorRecord> errors, List<string> warnings, List<string> verbose, List<string> debug, List<string> information, Exception? terminating)
        {
            Output = output;
            Errors = errors;
            Warnings = warnings;
            Verbose = verbose;
            Debug = debug;
            Information = information;
            Terminating = terminating;
        }

        public List<PSObject> Output { get; }
        public List<ErrorRecord> Errors { get; }
        public List<string> Warnings { get; }
        public List<string> Verbose { get; }
        public List<string> Debug { get; }
        public List<string> Information { get; }
        public Exception? Terminating { get; }
        public List<ProgressRecord> Progress { get; init; } = new List<ProgressRecord>();

        public IEnumerable<T> Objects<T>() => Output.Select(o => o.BaseObject).OfType<T>();

        public T Single<T>()
        {
            Assert.True(Errors.Count == 0 && Terminating == null, "Unexpected errors: " + string.Join("; ", AllErrorText()));
            var items = Objects<T>().ToList();
            Assert.True(items.Count == 1, $"Expected one {typeof(T).Name}, got {items.Count} (output: {string.Join(", ", Output)})");
            return items[0];
        }

        public void AssertNoErrors() =>
            Assert.True(Errors.Count == 0 && Terminating == null, "Unexpected errors: " + string.Join("; ", AllErrorText()));

        public IEnumerable<string> AllErrorText() =>
            Errors.Select(e => $"[{e.FullyQualifiedErrorId}] {e}").Concat(Terminating == null ? Enumerable.Empty<string>() : new[] { Terminating.ToString() });

        /// <summary>Every piece of text any stream carries, for secret scans: objects, errors with their exceptions and details, messages.</summary>
        public IEnumerable<string> EverythingAsText()
        {
            foreach (var o in Output)
            {
                yield return o.ToString();
                foreach (var p in o.Properties)
                {
                    object? value;
                    try { value = p.Value; } catch (GetValueException) { continue; }
                    yield return value is IEnumerable e && !(value is string) ? string.Join(",", e.Cast<object>()) : value?.ToString() ?? "";
                }

                yield return PSSerializer.Serialize(o, 3);
            }

            foreach (var e in Errors)
            {
                yield return e.ToString();
                yield return e.Exception.ToString();
                yield return e.ErrorDetails?.Message ?? "";
                yield return e.ErrorDetails?.RecommendedAction ?? "";
                yield return e.TargetObject?.ToString() ?? "";
                yield return PSSerializer.Serialize(e, 3);
            }

            foreach (var text in Warnings.Concat(Verbose).Concat(Debug).Concat(Information)) yield return text;
            if (Terminating != null) yield return Terminating.ToString();
        }
    }
}
