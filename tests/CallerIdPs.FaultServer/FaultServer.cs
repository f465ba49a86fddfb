using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;

namespace CallerIdPs.FaultServer
{
    /// <summary>
    /// A hostile provider on 127.0.0.1 (a port of its own): one connection per request, answered by the fake API the
    /// path belongs to and then mangled as the matching <see cref="Fault"/> says. Counts every request and records every
    /// number it sold, so tests can hold the module to "at most once" whatever the client was told.
    /// </summary>
    public sealed class FaultServer : IDisposable
    {
        private readonly TcpListener _listener;
        private readonly CancellationTokenSource _stopping = new CancellationTokenSource();
        private readonly List<Task> _connections = new List<Task>();
        private readonly IFakeApi[] _apis;
        private readonly Task _accepting;

        private FaultServer(FaultScenario scenario)
        {
            Scenario = scenario;
            _apis = new IFakeApi[]
            {
                new TwoChatFake(scenario, Sold),
                new IdentityCallFake(scenario, Sold),
                new PlivoFake(scenario),
                new AppleFake(scenario),
            };
            _listener = new TcpListener(IPAddress.Loopback, 0);
            _listener.Start();
            BaseUri = new Uri("http://127.0.0.1:" + ((IPEndPoint)_listener.LocalEndpoint).Port.ToString(System.Globalization.CultureInfo.InvariantCulture));
            _accepting = Task.Run(AcceptAsync);
        }

        public static FaultServer Start(FaultScenario? scenario = null) => new FaultServer(scenario ?? new FaultScenario());

        public Uri BaseUri { get; }

        public FaultScenario Scenario { get; }

        public FaultRules Faults { get; } = new FaultRules();

        public RequestLog Requests { get; } = new RequestLog();

        public Ledger Sold { get; } = new Ledger();

        public SlowAnswerLog SlowAnswers { get; } = new SlowAnswerLog();

        public void Dispose()
        {
            if (_stopping.IsCancellationRequested) return;
            _stopping.Cancel();
            _listener.Stop();
            Task[] open;
            lock (_connections) open = _connections.ToArray();
            Task.WaitAll(open.Append(_accepting).Select(t => t.ContinueWith(_ => { }, TaskScheduler.Default)).ToArray(), TimeSpan.FromSeconds(5));
            _stopping.Dispose();
        }

        private async Task AcceptAsync()
        {
            while (!_stopping.IsCancellationRequested)
            {
                TcpClient client;
                try
                {
                    client = await _listener.AcceptTcpClientAsync(_stopping.Token).ConfigureAwait(false);
                }
                catch (Exception e) when (e is OperationCanceledException || e is ObjectDisposedException || e is SocketException)
                {
                    return;
                }

                var serving = Task.Run(() => ServeAsync(client));
                lock (_connections)
                {
                    _connections.RemoveAll(t => t.IsCompleted);
                    _connections.Add(serving);
                }
            }
        }

        private async Task ServeAsync(TcpClient client)
        {
            using (client)
            {
                try
                {
                    client.NoDelay = true;
                    var stream = client.GetStream();
                    var request = await HttpWire.ReadRequestAsync(stream, _stopping.Token).ConfigureAwait(false);
                    if (request == null) return;
                    Requests.Add(request);
                    var fault = Faults.Take(request);
                    var reply = fault == null || fault.ProviderActs ? Route(request) : null;
                    if (fault != null && fault.Delay > TimeSpan.Zero && !await WaitAsync(client.Client, fault.Delay, null).ConfigureAwait(false)) return;
                    await DeliverAsync(client.Client, stream, request, fault, reply).ConfigureAwait(false);
                }
                catch (Exception e) when (e is IOException || e is SocketException || e is OperationCanceledException || e is ObjectDisposedException || e is InvalidDataException)
                {
                    // The client went away or the server is stopping: nothing left to answer.
                }
            }
        }

        private Reply Route(RawRequest request)
        {
            var api = _apis.FirstOrDefault(a => a.Owns(request));
            return api == null ? Reply.Json(404, new { error = "No fake API serves " + request.Path }) : api.Handle(request);
        }

        private async Task DeliverAsync(Socket socket, NetworkStream stream, RawRequest request, Fault? fault, Reply? reply)
        {
            var kind = fault?.Kind ?? FaultKind.None;
            switch (kind)
            {
                case FaultKind.ResetBeforeHeaders:
                    Reset(socket);
                    return;
                case FaultKind.Stall:
                    await WaitAsync(socket, Timeout.InfiniteTimeSpan, SlowAnswers.Start(request.ToString(), kind)).ConfigureAwait(false);
                    return;
                case FaultKind.Status:
                    reply = Reply.Text(fault!.Status, fault.Body ?? "", fault.ContentType);
                    if (fault.RetryAfter != null) reply.With("Retry-After", fault.RetryAfter);
                    if (fault.Header != null) reply.With(fault.Header.Substring(0, fault.Header.IndexOf(':')).Trim(), fault.Header.Substring(fault.Header.IndexOf(':') + 1).Trim());
                    break;
            }

            reply ??= Reply.Json(500, new { error = "The fault server had no answer" });
            switch (kind)
            {
                case FaultKind.ResetMidBody:
                    await WriteAsync(stream, HttpWire.Head(reply, reply.Body.Length, null)).ConfigureAwait(false);
                    await WriteAsync(stream, reply.Body.Take(Math.Max(1, reply.Body.Length / 2)).ToArray()).ConfigureAwait(false);
                    await Task.Delay(50).ConfigureAwait(false);
                    Reset(socket);
                    return;
                case FaultKind.CorruptGzip:
                    var corrupt = GzipBodies.Corrupt();
                    await WriteAsync(stream, HttpWire.Head(reply, corrupt.Length, "gzip")).ConfigureAwait(false);
                    await WriteAsync(stream, corrupt).ConfigureAwait(false);
                    break;
                case FaultKind.GzipBomb:
                    await SendSlowAsync(socket, stream, HttpWire.Head(new Reply(200, Array.Empty<byte>()), GzipBodies.Bomb(fault!.BombBytes).Length, "gzip"),
                        GzipBodies.Bomb(fault.BombBytes), 64 * 1024, TimeSpan.Zero, SlowAnswers.Start(request.ToString(), kind)).ConfigureAwait(false);
                    break;
                case FaultKind.Drip:
                    await SendSlowAsync(socket, stream, HttpWire.Head(reply, reply.Body.Length, null), reply.Body, 1, fault!.DripInterval,
                        SlowAnswers.Start(request.ToString(), kind)).ConfigureAwait(false);
                    break;
                default:
                    await WriteAsync(stream, HttpWire.Head(reply, reply.Body.Length, null)).ConfigureAwait(false);
                    await WriteAsync(stream, reply.Body).ConfigureAwait(false);
                    break;
            }

            await CloseAsync(socket).ConfigureAwait(false);
        }

        private async Task WriteAsync(Stream stream, byte[] bytes)
        {
            await stream.WriteAsync(bytes, 0, bytes.Length, _stopping.Token).ConfigureAwait(false);
            await stream.FlushAsync(_stopping.Token).ConfigureAwait(false);
        }

        /// <summary>Sends the head, then the body <paramref name="chunk"/> bytes at a time with a pause between; stops when the client goes.</summary>
        private async Task SendSlowAsync(Socket socket, Stream stream, byte[] head, byte[] body, int chunk, TimeSpan pause, SlowAnswer log)
        {
            try
            {
                await WriteAsync(stream, head).ConfigureAwait(false);
                for (var offset = 0; offset < body.Length; offset += chunk)
                {
                    if (HttpWire.PeerGone(socket))
                    {
                        log.ClientGone();
                        return;
                    }

                    var count = Math.Min(chunk, body.Length - offset);
                    await stream.WriteAsync(body, offset, count, _stopping.Token).ConfigureAwait(false);
                    await stream.FlushAsync(_stopping.Token).ConfigureAwait(false);
                    log.Sent(count);
                    if (pause > TimeSpan.Zero && !await WaitAsync(socket, pause, log).ConfigureAwait(false)) return;
                }
            }
            catch (Exception e) when (e is IOException || e is SocketException)
            {
                log.ClientGone();
                throw;
            }
        }

        /// <summary>Waits, watching the socket: false (and the log told) as soon as the client goes away.</summary>
        private async Task<bool> WaitAsync(Socket socket, TimeSpan wait, SlowAnswer? log)
        {
            var until = wait == Timeout.InfiniteTimeSpan ? DateTimeOffset.MaxValue : DateTimeOffset.UtcNow + wait;
            while (DateTimeOffset.UtcNow < until)
            {
                if (HttpWire.PeerGone(socket))
                {
                    log?.ClientGone();
                    return false;
                }

                await Task.Delay(25, _stopping.Token).ConfigureAwait(false);
            }

            return true;
        }

        private static void Reset(Socket socket)
        {
            socket.LingerState = new LingerOption(true, 0);
            socket.Close();
        }

        /// <summary>
        /// Ends a normal answer gracefully: no more sends, then wait (bounded) for the client to finish reading and close,
        /// so a slow reader still gets every byte instead of a reset that would pass for a fault.
        /// </summary>
        private async Task CloseAsync(Socket socket)
        {
            try
            {
                socket.Shutdown(SocketShutdown.Send);
                var drain = new byte[4096];
                using var patience = CancellationTokenSource.CreateLinkedTokenSource(_stopping.Token);
                patience.CancelAfter(TimeSpan.FromSeconds(30));
                while (await socket.ReceiveAsync(drain, SocketFlags.None, patience.Token).ConfigureAwait(false) > 0)
                {
                }
            }
            catch (Exception e) when (e is SocketException || e is OperationCanceledException || e is ObjectDisposedException)
            {
            }

            socket.Close();
        }
    }
}
