using System;
using CallerIdPs.Connections;
using CallerIdPs.Errors;
using CallerIdPs.Infrastructure;
using CallerIdPs.Model;
using CallerIdPs.Validation;

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
            cmdlet.WriteNothingToActOn("Say which caller ID: pipe it from Get-CallerId (or Import-Csv), or give -PhoneNumber or -Id.");
            return false;
        }

        /// <summary>
        /// False (and one InvalidInput error about the value that does not fit) when the ways the caller ID is named disagree:
        /// a -PhoneNumber or -Id that is not the piped caller ID's, a -Connection of another provider than the piped caller
        /// ID's, or -PhoneNumber and -Id together when either was typed. A piped caller ID binds its own PhoneNumber, Id and
        /// ConnectionName too, and a CSV row's columns come from one caller ID: values that agree are no conflict.
        /// </summary>
        public static bool Agrees(CallerIdCmdlet cmdlet, CallerId? inputObject, string? phoneNumber, string? id, CallerIdConnection? connection)
        {
            var conflict = Conflict(cmdlet, inputObject, phoneNumber, id, connection);
            if (conflict == null) return true;
            cmdlet.WriteFailure(conflict, conflict.OffendingValue);
            return false;
        }

        private static CallerIdException? Conflict(CallerIdCmdlet cmdlet, CallerId? inputObject, string? phoneNumber, string? id, CallerIdConnection? connection)
        {
            // -Id first: when both were typed, the error is about the id.
            if (inputObject == null) return InputConflicts.OneOf(cmdlet, "act on", "caller ID", ("Id", id), ("PhoneNumber", phoneNumber));

            var piped = $"the piped caller ID {Named(inputObject)}";
            if (phoneNumber != null && !SameNumber(phoneNumber, inputObject.PhoneNumber))
            {
                return CallerIdException.InvalidInputFor($"-PhoneNumber {phoneNumber} is not {piped}: pipe the caller ID or give -PhoneNumber, not both.", phoneNumber);
            }

            if (id != null && !string.Equals(id.Trim(), inputObject.Id, StringComparison.Ordinal))
            {
                return CallerIdException.InvalidInputFor($"-Id {id} is not the id of {piped}: pipe the caller ID or give -Id, not both.", id);
            }

            if (connection != null && !connection.IsUnknown && connection.Provider != inputObject.Provider)
            {
                return CallerIdException.InvalidInputFor(
                    $"{Capitalized(piped)} is {inputObject.Provider.DisplayName()}'s; it does not belong to the connection '{connection.Name}' ({connection.ProviderName}): leave -Connection out, the caller ID brings its own.",
                    connection.Name);
            }

            return null;
        }

        private static string Named(CallerId callerId) => string.IsNullOrEmpty(callerId.Id) || callerId.Id == callerId.PhoneNumber ? callerId.PhoneNumber : $"{callerId.PhoneNumber} (id {callerId.Id})";

        private static string Capitalized(string text) => char.ToUpperInvariant(text[0]) + text.Substring(1);

        private static bool SameNumber(string given, string own) =>
            PhoneNumberText.TryNormalize(given, out var number, out _) ? number == own : string.Equals(given.Trim(), own, StringComparison.Ordinal);

        /// <summary>
        /// Whose caller ID it is: the object's provider, else the named connection's; an id alone is the provider's whose
        /// caller IDs an id names (its declaration says so). Null when only a number is known and no connection is named.
        /// </summary>
        public static ProviderKind? Provider(CallerId? inputObject, CallerIdConnection? connection, string? phoneNumber, string? id) =>
            ConnectionFactory.CallerIdChanges.ProviderOf(inputObject, connection, phoneNumber, id);
    }
}
