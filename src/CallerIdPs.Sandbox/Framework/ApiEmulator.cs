using System;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;

namespace CallerIdPs.Sandbox.Framework
{
    /// <summary>
    /// What every provider emulator shares: routing, one lock over the in-memory state, the clock, fault injection,
    /// and the order of checks (faults → admission: auth, limits → route → handler). Subclasses supply the
    /// provider's routes, its admission rules and its error body.
    /// </summary>
    public abstract class ApiEmulator : IApiEmulator
    {
        private readonly SlidingWindowLimit _rate = new SlidingWindowLimit();
        private int _requests;

        protected ApiEmulator(EmulatorClock? clock)
        {
            Clock = clock ?? new EmulatorClock();
        }

        public EmulatorClock Clock { get; }

        public FaultPlan Faults { get; } = new FaultPlan();

        /// <summary>Requests received, faults included.</summary>
        public int RequestCount => Volatile.Read(ref _requests);

        protected Router Routes { get; } = new Router();

        /// <summary>Guards the in-memory state; handlers run under it one at a time.</summary>
        protected object Gate { get; } = new object();

        public async Task<EmulatorResponse> HandleAsync(EmulatorRequest request, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _requests);
            var fault = Faults.Take(request);
            if (fault != null && fault.Action == FaultAction.Latency)
            {
                await Task.Delay(fault.Latency, cancellationToken).ConfigureAwait(false);
            }

            if (fault != null && !fault.AfterProcessing && fault.Action == FaultAction.Status)
            {
                return Fail(fault);
            }

            if (fault != null && !fault.AfterProcessing && fault.Action == FaultAction.Drop)
            {
                return EmulatorResponse.Dropped();
            }

            EmulatorResponse response;
            lock (Gate)
            {
                response = Dispatch(request);
            }

            if (fault == null)
            {
                return response;
            }

            switch (fault.Action)
            {
                case FaultAction.Status: return Fail(fault);
                case FaultAction.Drop: return EmulatorResponse.Dropped();
                case FaultAction.Truncate:
                    response.Body = Truncate(response.Body);
                    return response;
                case FaultAction.Malform:
                    response.Body = Encoding.UTF8.GetBytes("<html><body>502 Bad Gateway</body></html>");
                    return response;
                default:
                    return response;
            }
        }

        /// <summary>
        /// Admits a request under the provider's rate limit (at most <paramref name="limit"/> in any <paramref name="window"/>
        /// on the emulator's clock), or says how long until one would be admitted. Called from <see cref="Admit"/>, under the gate.
        /// </summary>
        protected bool WithinLimit(int limit, TimeSpan window, out TimeSpan retryAfter) => _rate.TryAdmit(Clock.UtcNow, limit, window, out retryAfter);

        /// <summary>The provider's error body for a status and message.</summary>
        protected abstract EmulatorResponse Error(int status, string message);

        /// <summary>Checks made before routing (credentials, rate limits, credits); null admits the request.</summary>
        protected virtual EmulatorResponse? Admit(EmulatorRequest request) => null;

        protected virtual EmulatorResponse NotFound(EmulatorRequest request) => Error(404, "Resource not found");

        protected virtual EmulatorResponse MethodNotAllowed(EmulatorRequest request) => Error(405, "Method not allowed");

        protected virtual EmulatorResponse BadJson(EmulatorRequest request, JsonException problem) => Error(400, "Invalid JSON body");

        private EmulatorResponse Dispatch(EmulatorRequest request)
        {
            var refused = Admit(request);
            if (refused != null)
            {
                return refused;
            }

            var handler = Routes.Match(request, out var pathExists);
            if (handler == null)
            {
                return pathExists ? MethodNotAllowed(request) : NotFound(request);
            }

            try
            {
                return handler(request);
            }
            catch (JsonException problem)
            {
                return BadJson(request, problem);
            }
            catch (InvalidOperationException problem) when (problem.InnerException is JsonException json)
            {
                return BadJson(request, json);
            }
        }

        private EmulatorResponse Fail(FaultRule fault)
        {
            var response = Error(fault.Status, fault.Message ?? DefaultMessage(fault.Status));
            if (fault.RetryAfter.HasValue)
            {
                response.Headers["Retry-After"] = ((int)Math.Ceiling(fault.RetryAfter.Value.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            return response;
        }

        private static string DefaultMessage(int status)
        {
            switch (status)
            {
                case 429: return "Too many requests";
                case 500: return "Internal server error";
                case 502: return "Bad gateway";
                case 503: return "Service unavailable";
                case 504: return "Gateway timeout";
                default: return "Injected fault";
            }
        }

        private static byte[] Truncate(byte[] body)
        {
            if (body.Length < 2)
            {
                return Encoding.UTF8.GetBytes("{");
            }

            var cut = new byte[body.Length / 2];
            Array.Copy(body, cut, cut.Length);
            return cut;
        }
    }
}
