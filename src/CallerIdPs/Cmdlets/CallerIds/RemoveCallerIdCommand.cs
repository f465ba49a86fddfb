using System.Management.Automation;
using CallerIdPs.Connections;
using CallerIdPs.Errors;
using CallerIdPs.Infrastructure;
using CallerIdPs.Model;
using CallerIdPs.Providers;

namespace CallerIdPs.Cmdlets.CallerIds
{
    /// <summary><para type="synopsis">Deletes caller IDs (Plivo, Apple Business): the numbers can no longer be presented on calls until added again.</para></summary>
    [Cmdlet(VerbsCommon.Remove, "CallerId", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(void))]
    public sealed class RemoveCallerIdCommand : ConnectedCmdlet
    {
        // One parameter set for the object and its columns, so Import-Csv rows bind by property name (see CallerIdTarget).

        /// <summary><para type="description">A caller ID from Get-CallerId.</para></summary>
        [Parameter(ValueFromPipeline = true, Position = 0)]
        public CallerId? InputObject { get; set; }

        /// <summary><para type="description">The caller ID's number (E.164); binds from the PhoneNumber of piped objects and CSV rows.</para></summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string? PhoneNumber { get; set; }

        /// <summary><para type="description">Apple Business: the caller ID's id.</para></summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string? Id { get; set; }

        /// <summary><para type="description">Delete without asking (for runbooks). -WhatIf still only shows what would happen.</para></summary>
        [Parameter]
        public SwitchParameter Force { get; set; }

        protected override void ProcessRecord()
        {
            if (!TryOptional(nameof(Id), Id, out var id)) return;
            Id = id;
            var target = (object?)InputObject ?? PhoneNumber ?? Id;
            if (!CallerIdTarget.Given(this, InputObject, PhoneNumber, Id)) return;
            var provider = CallerIdTarget.Provider(InputObject, Connection, PhoneNumber, Id);
            if (provider.HasValue && !ConnectionFactory.Supports(provider.Value, ProviderCapability.ManageCallerIds))
            {
                WriteFailure(new CallerIdException(CallerIdErrorKind.NotSupported, $"{provider.Value.DisplayName()} caller IDs cannot be deleted by this version of the module.") { Provider = provider.Value.DisplayName() }, target);
                return;
            }

            var capability = provider.HasValue && ConnectionFactory.Supports(provider.Value, ProviderCapability.BrandedCallerIds) ? ProviderCapability.BrandedCallerIds : ProviderCapability.ManageCallerIds;
            var connection = SingleConnection(Connection, capability, target);
            if (connection == null) return;
            if (connection.Supports(ProviderCapability.BrandedCallerIds))
            {
                RemoveApple(connection, target);
                return;
            }

            var editor = connection.ClientAs<ICallerIdsByNumber>();
            if (!TryCheck(() => editor.Validate(Deletion()), target, out var deletion)) return;
            var number = deletion.PhoneNumber!;

            var name = InputObject?.Name != null ? $" '{InputObject.Name}'" : "";
            if (!Confirm($"Delete caller ID {number}{name} from {Describe.Account(connection)}.", $"Delete caller ID {number}{name}?", Force.IsPresent))
            {
                return;
            }

            if (Run(target, (output, ct) => editor.DeleteAsync(number, ct)))
            {
                WriteVerbose($"Deleted caller ID {number}.");
            }
        }

        private CallerIdChange Deletion() => new CallerIdChange { Record = InputObject, PhoneNumber = PhoneNumber, Id = Id, IsDeletion = true };

        private void RemoveApple(CallerIdConnection connection, object? target)
        {
            var client = connection.ClientAs<IBrandedCallerIds>();
            string? etag = (InputObject as AppleCallerId)?.Etag;
            if (!TryCheck(() => client.Validate(Deletion()), target, out var deletion)) return;
            var id = deletion.Id;
            var number = deletion.PhoneNumber;

            var what = number != null && id != null ? $"{number} (id {id})" : number ?? "id " + id;
            if (!Confirm($"Delete caller ID {what} from {Describe.Account(connection)}.", $"Delete caller ID {what}?", Force.IsPresent))
            {
                return;
            }

            var deleted = Run(target, async (output, ct) =>
            {
                if (string.IsNullOrWhiteSpace(etag))
                {
                    // By id or by number: read it first, so the delete carries the etag in If-Match like any other change.
                    var found = await client.RequireAsync(id, number, ct).ConfigureAwait(false);
                    id = found.Id;
                    etag = found.Etag;
                }

                await client.DeleteAsync(id!, etag, ct).ConfigureAwait(false);
            });
            if (deleted)
            {
                WriteVerbose($"Deleted caller ID {what}.");
            }
        }
    }
}
