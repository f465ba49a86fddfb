using System.Threading.Tasks;
using CallerIdPs.Infrastructure;
using CallerIdPs.Providers;

namespace CallerIdPs.Cmdlets.CallerIds
{
    /// <summary>A create or change as the user sees it: the provider's notices in order (errors, warnings, verbose), then the caller ID when there is one.</summary>
    internal static class CallerIdEditOutput
    {
        public static async Task WriteAsync(ICmdletOutput output, CallerIdEdit edit, object? target)
        {
            foreach (var notice in edit.Notices)
            {
                switch (notice.Level)
                {
                    case NoticeLevel.Warning:
                        output.WriteWarning(notice.Text);
                        break;
                    case NoticeLevel.Verbose:
                        output.WriteVerbose(notice.Text);
                        break;
                    default:
                        output.WriteError(notice.Error!, target);
                        break;
                }
            }

            if (edit.CallerId != null)
            {
                await output.WriteObjectAsync(edit.CallerId).ConfigureAwait(false);
            }
        }
    }
}
