using System.Threading;
using System.Threading.Tasks;
using CallerIdPs.Model;

namespace CallerIdPs.Providers
{
    /// <summary>A provider whose caller IDs are changed and deleted by their number (Plivo: alias and subaccount).</summary>
    public interface ICallerIdsByNumber : ICallerIdEditor
    {
        /// <summary>Changes the alias and/or the subaccount.</summary>
        Task<PlivoCallerId> UpdateAsync(string phoneNumber, string? alias, string? subaccount, CancellationToken cancellationToken);

        Task DeleteAsync(string phoneNumber, CancellationToken cancellationToken);
    }

    /// <summary>A provider whose caller IDs are created with a department and changed by id, guarded by an etag
    /// (Apple Business; the BrandedCallerIds capability).</summary>
    public interface IBrandedCallerIds : ICallerIdEditor
    {
        Task<AppleCallerId> CreateAsync(string phoneNumber, string department, CancellationToken cancellationToken);

        /// <summary>The caller ID to change or delete, read for its etag: by id when one is given, else by number. NotFound when there is none.</summary>
        Task<AppleCallerId> RequireAsync(string? id, string? phoneNumber, CancellationToken cancellationToken);

        Task<AppleCallerId> UpdateDepartmentAsync(string id, string phoneNumber, string etag, string department, CancellationToken cancellationToken);

        Task DeleteAsync(string id, string? etag, CancellationToken cancellationToken);
    }
}
