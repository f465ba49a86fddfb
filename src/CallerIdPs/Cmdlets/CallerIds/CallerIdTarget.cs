using CallerIdPs.Connections;
using CallerIdPs.Errors;
using CallerIdPs.Infrastructure;
using CallerIdPs.Model;

namespace CallerIdPs.Cmdlets.CallerIds
{
    /// <summary>
    /// The caller ID Set-CallerId and Remove-CallerId act on: a piped caller ID, or its columns (PhoneNumber, Id,
    /// ConnectionName) from a CSV row or the command line.
    /// </summary>
    internal static class CallerIdTarget
    {
        /// <summary>False (and an InvalidInput error written) when neither an object, a number nor an id says which caller ID.</summary>
        public static bool Given(CallerIdCmdlet cmdlet, CallerId? inputObject, string? phoneNumber, string? id)
        {
            if (inputObject != null || phoneNumber != null || id != null) return true;
            cmdlet.WriteFailure(CallerIdException.InvalidInputFor("Say which caller ID: pipe it from Get-CallerId (or Import-Csv), or give -PhoneNumber or -Id.", null), null);
            return false;
        }

        /// <summary>
        /// Whose caller ID it is: the object's provider, else the named connection's; an id alone is the provider's whose
        /// caller IDs an id names (its declaration says so). Null when only a number is known and no connection is named.
        /// </summary>
        public static ProviderKind? Provider(CallerId? inputObject, CallerIdConnection? connection, string? phoneNumber, string? id) =>
            ConnectionFactory.CallerIdChanges.ProviderOf(inputObject, connection, phoneNumber, id);
    }
}
