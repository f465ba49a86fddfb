using System;
using System.Globalization;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace CallerIdPs.Http
{
    /// <summary>Holds each attempt until the connection's <see cref="RequestPacer"/> has room, and says so in -Verbose when it waits.</summary>
    internal sealed class PacingHandler : DelegatingHandler
    {
        private readonly RequestPacer _pacer;
        private readonly string _providerName;

        public PacingHandler(RequestPacer pacer, string providerName)
        {
            _pacer = pacer;
            _providerName = providerName;
        }

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var waited = await _pacer.WaitAsync(cancellationToken).ConfigureAwait(false);
            if (waited >= TimeSpan.FromMilliseconds(200))
            {
                RequestLogScope.Current?.Verbose(string.Format(
                    CultureInfo.InvariantCulture,
                    "Waited {0:0.0} s to stay within {1}'s limit of {2} requests per {3:0.#} s.",
                    waited.TotalSeconds,
                    _providerName,
                    _pacer.Limit,
                    _pacer.Window.TotalSeconds));
            }

            return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
    }
}
