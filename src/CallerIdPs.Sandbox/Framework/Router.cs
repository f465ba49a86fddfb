using System;
using System.Collections.Generic;
using System.Linq;

namespace CallerIdPs.Sandbox.Framework
{
    /// <summary>Values captured from {placeholders} of a route template, percent-decoded.</summary>
    public sealed class RouteValues
    {
        private readonly Dictionary<string, string> _values;

        internal RouteValues(Dictionary<string, string> values) => _values = values;

        public string this[string name] => _values[name];
    }

    /// <summary>Maps method + path template ("/open/numbers/reservations/{uuid}") to a handler.</summary>
    public sealed class Router
    {
        private readonly List<Route> _routes = new List<Route>();

        public void Add(string method, string template, Func<EmulatorRequest, RouteValues, EmulatorResponse> handler)
        {
            _routes.Add(new Route(method.ToUpperInvariant(), Split(template), handler));
        }

        /// <summary>Finds the handler. <paramref name="pathExists"/> tells a wrong method (405) from an unknown path (404).</summary>
        public Func<EmulatorRequest, EmulatorResponse>? Match(EmulatorRequest request, out bool pathExists)
        {
            var segments = Split(request.RawPath);
            pathExists = false;
            foreach (var route in _routes)
            {
                var values = route.Match(segments);
                if (values == null)
                {
                    continue;
                }

                pathExists = true;
                if (route.Method == request.Method)
                {
                    return r => route.Handler(r, values);
                }
            }

            return null;
        }

        // A trailing slash is significant to nobody here: Plivo always sends one, the others never do.
        private static string[] Split(string path) => path.Split(new[] { '/' }, StringSplitOptions.RemoveEmptyEntries);

        private sealed class Route
        {
            private readonly string[] _template;

            public Route(string method, string[] template, Func<EmulatorRequest, RouteValues, EmulatorResponse> handler)
            {
                Method = method;
                _template = template;
                Handler = handler;
            }

            public string Method { get; }

            public Func<EmulatorRequest, RouteValues, EmulatorResponse> Handler { get; }

            public RouteValues? Match(string[] segments)
            {
                if (segments.Length != _template.Length)
                {
                    return null;
                }

                var values = new Dictionary<string, string>(StringComparer.Ordinal);
                for (var i = 0; i < segments.Length; i++)
                {
                    var part = _template[i];
                    if (part.StartsWith("{", StringComparison.Ordinal) && part.EndsWith("}", StringComparison.Ordinal))
                    {
                        values[part.Substring(1, part.Length - 2)] = Uri.UnescapeDataString(segments[i]);
                    }
                    else if (!string.Equals(part, segments[i], StringComparison.Ordinal))
                    {
                        return null;
                    }
                }

                return new RouteValues(values);
            }
        }
    }
}
