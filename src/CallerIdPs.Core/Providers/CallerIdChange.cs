using CallerIdPs.Model;

namespace CallerIdPs.Providers
{
    /// <summary>What Set-CallerId or Remove-CallerId was asked to do to one caller ID, as given (a piped record or its columns).</summary>
    public sealed class CallerIdChange
    {
        public CallerId? Record { get; set; }

        public string? PhoneNumber { get; set; }

        public string? Id { get; set; }

        public string? Alias { get; set; }

        public string? Subaccount { get; set; }

        public string? Department { get; set; }

        /// <summary>Remove-CallerId: the caller ID is deleted rather than changed.</summary>
        public bool IsDeletion { get; set; }

        /// <summary>A copy naming the caller ID by the provider's resolved number and id.</summary>
        public CallerIdChange Identified(string? phoneNumber, string? id) => new CallerIdChange
        {
            Record = Record,
            PhoneNumber = phoneNumber,
            Id = id,
            Alias = Alias,
            Subaccount = Subaccount,
            Department = Department,
            IsDeletion = IsDeletion,
        };
    }

    /// <summary>A provider that changes or deletes caller IDs and checks, before any request, that it can identify and change the one asked for.</summary>
    public interface ICallerIdEditor
    {
        /// <summary>The change with the provider's identifiers resolved and normalised (PhoneNumber, Id, Department);
        /// InvalidInput naming the offending value when the provider cannot act on it.</summary>
        CallerIdChange Validate(CallerIdChange change);
    }
}
