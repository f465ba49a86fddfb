using System.Collections.Generic;
using CallerIdPs.Errors;
using CallerIdPs.Model;

namespace CallerIdPs.Providers
{
    /// <summary>How loudly a provider's finding about a change is shown.</summary>
    public enum NoticeLevel
    {
        Verbose,
        Warning,
        Error,
    }

    /// <summary>One finding of the provider about a change (Apple's validation reports): text, or for an error the error itself.</summary>
    public sealed class ProviderNotice
    {
        private ProviderNotice(NoticeLevel level, string text, CallerIdException? error)
        {
            Level = level;
            Text = text;
            Error = error;
        }

        public NoticeLevel Level { get; }

        public string Text { get; }

        /// <summary>Set for <see cref="NoticeLevel.Error"/>: the error as the user sees it (kind, provider, request id).</summary>
        public CallerIdException? Error { get; }

        public static ProviderNotice Verbose(string text) => new ProviderNotice(NoticeLevel.Verbose, text, null);

        public static ProviderNotice Warning(string text) => new ProviderNotice(NoticeLevel.Warning, text, null);

        public static ProviderNotice Failure(CallerIdException error) => new ProviderNotice(NoticeLevel.Error, error.Message, error);
    }

    /// <summary>The outcome of a create or change: the caller ID as the provider now has it (null when it refused), and its findings in order.</summary>
    public sealed class CallerIdEdit
    {
        public CallerIdEdit(CallerId? callerId, IReadOnlyList<ProviderNotice>? notices = null)
        {
            CallerId = callerId;
            Notices = notices ?? new ProviderNotice[0];
        }

        public CallerId? CallerId { get; }

        public IReadOnlyList<ProviderNotice> Notices { get; }
    }
}
