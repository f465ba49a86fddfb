using System.Threading;
using System.Threading.Tasks;

namespace CallerIdPs.Providers
{
    /// <summary>
    /// A provider that changes and deletes its caller IDs (Set-/Remove-CallerId). Which fields its caller IDs have, and the
    /// checks that run before a connection is chosen, are declared on its connector (<see cref="CallerIdEditing"/>).
    /// </summary>
    public interface ICallerIdEditor
    {
        /// <summary>The change with the provider's identifiers resolved and normalised (PhoneNumber, Id) and its
        /// <see cref="CallerIdChange.Subject"/> set; InvalidInput naming the offending value when the provider cannot act on it. Sends nothing.</summary>
        CallerIdChange Validate(CallerIdChange change);

        /// <summary>A validated change naming its caller ID as the account holds it, so the confirmation can: a provider that
        /// needs the record (Apple reads it for its number and etag when only an id or a number was given) reads it now,
        /// before anything is confirmed; NotFound when there is none. Sends at most a read.</summary>
        Task<CallerIdChange> IdentifyAsync(CallerIdChange change, CancellationToken cancellationToken);

        /// <summary>Applies a validated change; the provider's findings come back as notices. A provider that guards its
        /// records with a version (Apple's etag) sends the one the record was read with: a newer one is an EtagConflict.</summary>
        Task<CallerIdEdit> ChangeAsync(CallerIdChange change, CancellationToken cancellationToken);

        /// <summary>Deletes the caller ID a validated deletion names; sent at most once.</summary>
        Task RemoveAsync(CallerIdChange deletion, CancellationToken cancellationToken);
    }

    /// <summary>A provider that creates caller IDs (New-CallerId); the BrandedCallerIds capability.</summary>
    public interface ICallerIdCreator
    {
        /// <summary>Creates the caller ID a change checked by <see cref="CallerIdEditing.CheckCreation"/> describes; not repeated on failure.</summary>
        Task<CallerIdEdit> CreateAsync(CallerIdChange creation, CancellationToken cancellationToken);
    }
}
