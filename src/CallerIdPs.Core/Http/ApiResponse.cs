using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using CallerIdPs.Errors;
using CallerIdPs.Json;

namespace CallerIdPs.Http
{
    /// <summary>A provider's successful answer, body read in full. Parse it as a document or into a wire type.</summary>
    public sealed class ApiResponse
    {
        private readonly Dictionary<string, string> _headers;
        private readonly ConnectionSecrets _secrets;

        internal ApiResponse(HttpStatusCode status, IEnumerable<KeyValuePair<string, IEnumerable<string>>> headers, byte[] body, string providerName, string operation, bool changesSomething = false, ConnectionSecrets? secrets = null)
        {
            ChangesSomething = changesSomething;
            _secrets = secrets ?? ConnectionSecrets.None;
            Status = status;
            Body = body;
            ProviderName = providerName;
            Operation = operation;
            _headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var header in headers)
            {
                _headers[header.Key] = string.Join(", ", header.Value);
            }
        }

        public HttpStatusCode Status { get; }

        public byte[] Body { get; }

        public bool HasBody => Body.Length > 0 && Body.Any(b => !char.IsWhiteSpace((char)b));

        internal string ProviderName { get; }

        internal string Operation { get; }

        /// <summary>True when the request was one that changes something: an answer it cannot read leaves open what was done.</summary>
        internal bool ChangesSomething { get; }

        public string? Header(string name) => _headers.TryGetValue(name, out var value) ? value : null;

        /// <summary>The body as a JSON document. A body that is not JSON is the provider's fault, reported as such.</summary>
        public JsonDocument ReadDocument()
        {
            try
            {
                return JsonDocument.Parse(JsonBytes);
            }
            catch (JsonException e)
            {
                throw Unreadable(e);
            }
        }

        /// <summary>Parses the body with a provider's parser; a body that does not fit the documented shape is reported as unreadable.</summary>
        public T Parse<T>(Func<JsonDocument, T> parse)
        {
            using (var document = ReadDocument())
            {
                return Guarded(() => parse(document));
            }
        }

        /// <summary>The same, for a parser that reads the body's bytes itself (one typed pass, no document).</summary>
        public T ParseBody<T>(Func<byte[], T> parse) => Guarded(() => parse(JsonBytes));

        private T Guarded<T>(Func<T> parse)
        {
            try
            {
                return parse();
            }
            catch (JsonException e)
            {
                throw Unreadable(e);
            }
            catch (InvalidOperationException e)
            {
                throw Unreadable(e);
            }
            catch (FormatException e)
            {
                throw Unreadable(e);
            }
            catch (Exception e) when (!(e is CallerIdException) && !(e is OperationCanceledException))
            {
                // A parser that trips over a value it did not expect (an overflow, a bad argument) is still an unreadable answer.
                throw Unreadable(e);
            }
        }

        // An empty answer reads as an empty object, so "no body" and "{}" mean the same to every parser.
        private byte[] JsonBytes => HasBody ? Body : EmptyObject;

        private static readonly byte[] EmptyObject = Encoding.UTF8.GetBytes("{}");

        internal CallerIdException Unreadable(Exception cause) =>
            new CallerIdException(
                CallerIdErrorKind.ProviderError,
                $"{ProviderName}: the answer to '{Operation}' could not be read: {_secrets.Clean(cause.Message)}"
                    + (ChangesSomething ? $" {ProviderName} answered {(int)Status}, so it may have carried it out." : ""),
                ChangesSomething
                    ? ErrorHints.For(CallerIdErrorKind.OutcomeUnknown)
                    : "The provider sent a body the module does not understand; run again with -Debug to see it.",
                cause)
            {
                Provider = ProviderName,
                HttpStatus = (int)Status,
                Operation = Operation,
                IsRetryable = !ChangesSomething,
                ProviderMayHaveActed = ChangesSomething,
            };
    }
}
