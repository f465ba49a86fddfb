using System;
using System.Collections.Generic;
using System.Net.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http;

namespace CallerIdPs.Http
{
    /// <summary>What one connection's pipeline is made of, outermost stage first.</summary>
    internal sealed class HttpPipelineSettings
    {
        public HttpPipelineSettings(string providerName, Func<HttpMessageHandler> primaryHandler)
        {
            ProviderName = providerName;
            PrimaryHandler = primaryHandler;
        }

        public string ProviderName { get; }

        /// <summary>The socket handler for real providers; the in-process emulator for -Sandbox.</summary>
        public Func<HttpMessageHandler> PrimaryHandler { get; }

        /// <summary>Stages wrapped around authentication: pacing, retries.</summary>
        public IList<Func<DelegatingHandler>> OuterStages { get; } = new List<Func<DelegatingHandler>>();

        /// <summary>Adds the credential to each attempt (so a retried request is authenticated afresh).</summary>
        public Func<DelegatingHandler>? Authentication { get; set; }

        public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(100);

        /// <summary>Masked in what the request log shows, beside the fields known to hold secrets.</summary>
        public ConnectionSecrets Secrets { get; set; } = ConnectionSecrets.None;
    }

    /// <summary>
    /// The HTTP pipeline of one connection, built with Microsoft.Extensions.Http so handlers are pooled and recycled
    /// (DNS changes are picked up in long runbooks) while the connection's shared state (credentials, pacing) stays put.
    /// Order on the wire: outer stages → authentication → request log → bounded body reader → primary handler.
    /// </summary>
    internal sealed class HttpPipeline : IDisposable
    {
        private const string ClientName = "CallerId";
        private readonly ServiceProvider _services;
        private readonly IHttpClientFactory _factory;

        private HttpPipeline(ServiceProvider services)
        {
            _services = services;
            _factory = services.GetRequiredService<IHttpClientFactory>();
        }

        public static HttpPipeline Build(HttpPipelineSettings settings)
        {
            var services = new ServiceCollection();
            // Each attempt has its own timeout (ResilienceHandler) and each call its deadline (ProviderApi); the client's would cut retries short.
            var client = services.AddHttpClient(ClientName, http => http.Timeout = System.Threading.Timeout.InfiniteTimeSpan)
                .ConfigurePrimaryHttpMessageHandler(settings.PrimaryHandler)
                .SetHandlerLifetime(TimeSpan.FromMinutes(5));
            foreach (var stage in settings.OuterStages)
            {
                client.AddHttpMessageHandler(stage);
            }

            if (settings.Authentication != null)
            {
                client.AddHttpMessageHandler(settings.Authentication);
            }

            client.AddHttpMessageHandler(() => new RequestLoggingHandler(settings.ProviderName, settings.Secrets));
            client.AddHttpMessageHandler(() => new BoundedBodyHandler());

            // The factory's own logging writes full URLs to ILogger; ours redacts and goes to -Verbose instead.
            services.RemoveAll<IHttpMessageHandlerBuilderFilter>();
            return new HttpPipeline(services.BuildServiceProvider());
        }

        public HttpClient CreateClient() => _factory.CreateClient(ClientName);

        public void Dispose() => _services.Dispose();
    }
}
