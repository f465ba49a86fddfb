using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using CallerIdPs.Completion;
using System.Threading;
using System.Threading.Tasks;
using CallerIdPs.Connections;
using CallerIdPs.Errors;

namespace CallerIdPs.Infrastructure
{
    /// <summary>A cmdlet that works through a connection: -Connection takes a name or an object, and binds from the
    /// ConnectionName of piped objects so each one goes back to the account it came from.</summary>
    public abstract class ConnectedCmdlet : CallerIdCmdlet
    {
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("ConnectionName")]
        [ConnectionTransformation]
        [ValidateNotNull]
        [ArgumentCompleter(typeof(ConnectionNameCompleter))]
        public CallerIdConnection? Connection { get; set; }

        /// <summary>What this cmdlet needs of its connection, as its <see cref="ConnectionCapabilityAttribute"/> declares (completion offers only such connections).</summary>
        internal ProviderCapability DeclaredCapability => _declaredCapability ??= ConnectionCapabilityAttribute.Of(GetType());

        private ProviderCapability? _declaredCapability;

        /// <summary>
        /// Asks each connection for a list and writes the items as each answer arrives. A connection that fails gets an
        /// error about <paramref name="target"/> and the others still answer. Input refused before any request (a wrong
        /// country) is refused the same way by every connection: that error is written once and the rest are not asked.
        /// </summary>
        internal ReadOutcome ReadEach<T>(IReadOnlyList<CallerIdConnection> connections, object? target, Func<CallerIdConnection, CancellationToken, Task<IReadOnlyList<T>>> fetch)
        {
            var written = 0;
            var failed = false;
            var ran = Run(target, async (output, ct) =>
            {
                foreach (var connection in connections)
                {
                    try
                    {
                        foreach (var item in await fetch(connection, ct).ConfigureAwait(false))
                        {
                            await output.WriteObjectAsync(item!).ConfigureAwait(false);
                            written++;
                        }
                    }
                    catch (CallerIdException error)
                    {
                        failed = true;
                        output.WriteError(error, target ?? connection.Name);
                        if (error.Kind == CallerIdErrorKind.InvalidInput) break;
                    }
                }
            });
            return new ReadOutcome(written, failed || !ran);
        }

        /// <summary>
        /// The one open connection with <paramref name="capability"/> whose ids look like <paramref name="id"/> (2Chat's DID…,
        /// IdentityCall's numbers, Plivo's +…), or null to choose the usual way: an id alone often says whose it is.
        /// </summary>
        internal CallerIdConnection? IssuerOf(string id, ProviderCapability capability)
        {
            var issuers = Registry.All
                .Where(c => c.IsOpen && c.Supports(capability) && c.Client is Providers.IVirtualNumberSource source && source.RecognizesId(id))
                .ToList();
            return issuers.Count == 1 ? issuers[0] : null;
        }
    }

    /// <summary>How a read went: a warning that nothing was found is only right when nothing failed.</summary>
    internal readonly struct ReadOutcome
    {
        public ReadOutcome(int written, bool failed)
        {
            Written = written;
            Failed = failed;
        }

        public int Written { get; }

        public bool Failed { get; }

        public bool NothingFound => Written == 0 && !Failed;
    }
}
