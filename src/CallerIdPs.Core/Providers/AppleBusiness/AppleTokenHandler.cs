using System;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading;
using System.Threading.Tasks;

namespace CallerIdPs.Providers.AppleBusiness
{
    /// <summary>
    /// Adds the connection's Bearer token to each attempt. When Apple answers 401 "Expired Token", fetches a new token once
    /// and repeats the request once; any other 401 is the caller's to report. The token request itself passes through untouched.
    /// </summary>
    internal sealed class AppleTokenHandler : DelegatingHandler
    {
        private readonly AppleTokenCache _tokens;

        public AppleTokenHandler(AppleTokenCache tokens) => _tokens = tokens;

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (string.Equals(request.RequestUri?.AbsolutePath, AppleClient.TokenPath, StringComparison.Ordinal))
            {
                return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            }

            var token = await _tokens.GetAsync(cancellationToken).ConfigureAwait(false);
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            if (response.StatusCode != HttpStatusCode.Unauthorized || !await SaysExpiredAsync(response).ConfigureAwait(false))
            {
                return response;
            }

            response.Dispose();
            token = await _tokens.RenewAsync(token, cancellationToken).ConfigureAwait(false);
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }

        private static async Task<bool> SaysExpiredAsync(HttpResponseMessage response)
        {
            if (response.Content == null)
            {
                return false;
            }

            await response.Content.LoadIntoBufferAsync().ConfigureAwait(false);
            var body = await response.Content.ReadAsStringAsync().ConfigureAwait(false);
            return body.IndexOf("Expired Token", StringComparison.OrdinalIgnoreCase) >= 0;
        }
    }
}
