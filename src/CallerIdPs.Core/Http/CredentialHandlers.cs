using System;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using CallerIdPs.Connections;

namespace CallerIdPs.Http
{
    /// <summary>Puts an API key in a header on every attempt: 2Chat's X-User-API-Key, IdentityCall's Bearer key.</summary>
    internal sealed class ApiKeyHandler : DelegatingHandler
    {
        private readonly string _header;
        private readonly string? _scheme;
        private readonly Secret _key;

        public ApiKeyHandler(string header, string? scheme, Secret key)
        {
            _header = header;
            _scheme = scheme;
            _key = key;
        }

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (_scheme != null && string.Equals(_header, "Authorization", StringComparison.OrdinalIgnoreCase))
            {
                request.Headers.Authorization = new AuthenticationHeaderValue(_scheme, _key.Reveal());
            }
            else
            {
                request.Headers.Remove(_header);
                request.Headers.TryAddWithoutValidation(_header, _key.Reveal());
            }

            return base.SendAsync(request, cancellationToken);
        }
    }

    /// <summary>HTTP Basic authentication (Plivo: Auth ID and Auth Token).</summary>
    internal sealed class BasicAuthHandler : DelegatingHandler
    {
        private readonly string _user;
        private readonly Secret _password;

        public BasicAuthHandler(string user, Secret password)
        {
            _user = user;
            _password = password;
        }

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var token = Convert.ToBase64String(Encoding.UTF8.GetBytes(_user + ":" + _password.Reveal()));
            request.Headers.Authorization = new AuthenticationHeaderValue("Basic", token);
            return base.SendAsync(request, cancellationToken);
        }
    }
}
