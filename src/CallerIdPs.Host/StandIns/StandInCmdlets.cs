using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Reflection;

namespace CallerIdPs.Host.StandIns
{
    // The engine package on NuGet (System.Management.Automation) carries only the core cmdlets; Select-Object and
    // Get-Date live in Microsoft.PowerShell.Commands.Utility, which the package feed does not serve. These stand-ins
    // cover exactly what the design page's pipelines use (-First/-Skip, and DateTime arithmetic) so the pipelines run
    // as users type them, in callerid-host and in the tests (which compile this same file). They are not part of the
    // module: in pwsh and Windows PowerShell the real cmdlets are used.

    /// <summary>Stand-in for Select-Object -First/-Skip: passes objects through and, like the real one, stops the
    /// commands upstream once it has its -First objects.</summary>
    [Cmdlet(VerbsCommon.Select, "Object")]
    public sealed class SelectObjectStandIn : PSCmdlet
    {
        private static readonly ConstructorInfo? StopUpstream = typeof(PSCmdlet).Assembly
            .GetType("System.Management.Automation.StopUpstreamCommandsException")?
            .GetConstructors(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic)
            .FirstOrDefault(c => c.GetParameters().Length == 1);

        private int _seen;
        private int _written;

        [Parameter(ValueFromPipeline = true)]
        public PSObject? InputObject { get; set; }

        [Parameter]
        public int First { get; set; } = int.MaxValue;

        [Parameter]
        public int Skip { get; set; }

        protected override void ProcessRecord()
        {
            if (InputObject == null) return;
            if (_seen++ < Skip) return;
            if (_written >= First) return;
            WriteObject(InputObject);
            _written++;
            if (_written >= First && StopUpstream != null)
            {
                // The engine's own signal (internal, so reached by reflection): ends the upstream commands quietly.
                throw (Exception)StopUpstream.Invoke(new object[] { this });
            }
        }
    }

    /// <summary>Stand-in for Get-Date with no parameters: the current local time.</summary>
    [Cmdlet(VerbsCommon.Get, "Date")]
    [OutputType(typeof(DateTime))]
    public sealed class GetDateStandIn : PSCmdlet
    {
        protected override void EndProcessing() => WriteObject(DateTime.Now);
    }
}
