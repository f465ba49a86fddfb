using System;
using System.Globalization;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace CallerIdPs.Http
{
    /// <summary>
    /// Holds each attempt until the connection's <see cref="RequestPacer"/> has room. A wait of a second or more is
    /// announced before it starts, in -Verbose and (through <see cref="IWaitLog"/>) in the progress status, so a
    /// listing that pauses for the provider's limit does not look frozen.
    /// </summary>
    internal sealed class PacingHandler : DelegatingHandler
    {
        private static readonly TimeSpan WorthSaying = TimeSpan.FromSeconds(1);
        private readonly RequestPacer _pacer;
        private readonly string _providerName;

        public PacingHandler(RequestPacer pacer, string providerName)
        {
            _pacer = pacer;
            _providerName = providerName;
        }

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var log = RequestLogScope.Current;
            var announced = false;
            await _pacer.WaitAsync(cancellationToken, delay =>
            {
                if (delay < WorthSaying) return;
                announced = true;
                var message = WaitMessage(delay);
                log?.Verbose(message + ".");
                (log as IWaitLog)?.Waiting(message, delay);
            }).ConfigureAwait(false);
            if (announced) (log as IWaitLog)?.DoneWaiting();

            return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }

        /// <summary>"Waiting 54 s for 2Chat's limit of 80 requests a minute", or, for the user's own limit, "Waiting 61 s
        /// for the limit of 2 requests a minute set with -RequestsPerMinute".</summary>
        internal string WaitMessage(TimeSpan delay)
        {
            var window = _pacer.Window;
            var per = window == TimeSpan.FromMinutes(1) ? "a minute"
                : window == TimeSpan.FromSeconds(1) ? "a second"
                : string.Format(CultureInfo.InvariantCulture, "per {0:0.#} s", window.TotalSeconds);
            return string.Format(
                CultureInfo.InvariantCulture,
                _pacer.SetByUser ? "Waiting {0:0} s for the limit of {2} requests {3} set with -RequestsPerMinute" : "Waiting {0:0} s for {1}'s limit of {2} requests {3}",
                Math.Ceiling(delay.TotalSeconds),
                _providerName,
                _pacer.Limit,
                per);
        }
    }
}
