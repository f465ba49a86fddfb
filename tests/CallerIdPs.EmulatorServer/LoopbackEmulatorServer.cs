using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Threading;
using System.Threading.Tasks;
using CallerIdPs.Sandbox.Framework;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CallerIdPs.EmulatorServer
{
    /// <summary>One emulator served by Kestrel on 127.0.0.1 (a free port unless one is given).</summary>
    public sealed class LoopbackEmulatorServer : IAsyncDisposable
    {
        private readonly WebApplication _app;

        private LoopbackEmulatorServer(WebApplication app, Uri baseUri)
        {
            _app = app;
            BaseUri = baseUri;
        }

        /// <summary>http://127.0.0.1:port — pass it to Connect-CallerIdProvider -BaseUri.</summary>
        public Uri BaseUri { get; }

        public static async Task<LoopbackEmulatorServer> StartAsync(IApiEmulator emulator, int port = 0, CancellationToken cancellationToken = default)
        {
            var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
            builder.Logging.ClearProviders();
            builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
            {
                kestrel.Listen(IPAddress.Loopback, port);
                kestrel.AllowSynchronousIO = false;
            });
            builder.Services.AddRoutingCore();
            var app = builder.Build();
            app.Run(context => ServeAsync(emulator, context));
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
            var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            return new LoopbackEmulatorServer(app, new Uri(address.Replace("[::1]", "127.0.0.1", StringComparison.Ordinal)));
        }

        private static async Task ServeAsync(IApiEmulator emulator, HttpContext context)
        {
            var rawTarget = context.Features.Get<IHttpRequestFeature>()?.RawTarget ?? context.Request.Path.ToUriComponent();
            var queryStart = rawTarget.IndexOf('?', StringComparison.Ordinal);
            var rawPath = queryStart < 0 ? rawTarget : rawTarget.Substring(0, queryStart);
            var rawQuery = queryStart < 0 ? null : rawTarget.Substring(queryStart);

            using var body = new MemoryStream();
            await context.Request.Body.CopyToAsync(body, context.RequestAborted).ConfigureAwait(false);
            var headers = context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
            var request = new EmulatorRequest(context.Request.Method, rawPath, rawQuery, headers, body.ToArray());

            EmulatorResponse answer;
            try
            {
                answer = await emulator.HandleAsync(request, context.RequestAborted).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            if (answer.DropConnection)
            {
                context.Abort();
                return;
            }

            context.Response.StatusCode = answer.Status;
            foreach (var header in answer.Headers)
            {
                context.Response.Headers[header.Key] = header.Value;
            }

            if (answer.ContentType != null)
            {
                context.Response.ContentType = answer.ContentType;
            }

            if (answer.Body.Length > 0)
            {
                context.Response.ContentLength = answer.Body.Length;
                await context.Response.Body.WriteAsync(answer.Body, context.RequestAborted).ConfigureAwait(false);
            }
        }

        public async ValueTask DisposeAsync()
        {
            await _app.StopAsync().ConfigureAwait(false);
            await _app.DisposeAsync().ConfigureAwait(false);
        }
    }
}
