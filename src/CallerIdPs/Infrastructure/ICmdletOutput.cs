using System;
using System.Management.Automation;
using System.Threading.Tasks;
using CallerIdPs.Errors;

namespace CallerIdPs.Infrastructure
{
    /// <summary>What async work may do to the cmdlet's streams. Safe from any thread: everything is handed to the
    /// pipeline thread, in order.</summary>
    internal interface ICmdletOutput
    {
        /// <summary>Writes an object; waits when the pipeline downstream is behind, so memory stays flat.</summary>
        Task WriteObjectAsync(object item);

        void WriteWarning(string text);

        void WriteVerbose(string text);

        /// <summary>Reports progress; dropped when progress is off or nobody is watching (see <see cref="ProgressReporter"/>).</summary>
        void WriteProgress(ProgressRecord record);

        void WriteDebug(string text);

        /// <summary>A non-terminating error about <paramref name="target"/>; the work goes on with the next item.</summary>
        void WriteError(CallerIdException error, object? target);
    }
}
