using System;
using System.Collections.Generic;
using System.Text;
using CallerIdPs.Connections;

namespace CallerIdPs.Http
{
    /// <summary>
    /// Every secret of one connection (its key or token, the Basic credential built from it, tokens fetched later), so
    /// provider text that echoes one (a 401 body quoting the key) is masked before it reaches an exception, a record or a
    /// log. The secrets stay in their <see cref="Secret"/>s; they are revealed only while text is being cleaned.
    /// </summary>
    internal sealed class ConnectionSecrets
    {
        /// <summary>Shorter values are not masked: they would mangle ordinary words and protect nothing.</summary>
        private const int ShortestMasked = 6;

        public static readonly ConnectionSecrets None = new ConnectionSecrets();

        private readonly List<Func<string?>> _values = new List<Func<string?>>();

        public static ConnectionSecrets Of(ProviderCredential? credential)
        {
            var secrets = new ConnectionSecrets();
            switch (credential)
            {
                case ApiKeyCredential key:
                    secrets.Add(key.Key.Reveal);
                    break;
                case ClientCredential client:
                    secrets.Add(client.Secret.Reveal);
                    secrets.Add(() => Convert.ToBase64String(Encoding.UTF8.GetBytes(client.Id + ":" + client.Secret.Reveal())));
                    break;
            }

            return secrets;
        }

        /// <summary>A secret the connection learns later (an access token).</summary>
        public void Add(Func<string?> value)
        {
            lock (_values) _values.Add(value);
        }

        /// <summary>Provider text with every secret of the connection masked, capped at <see cref="ProviderText.MaxChars"/>.</summary>
        public string? Clean(string? text) => ProviderText.Cap(text == null ? null : Mask(text));

        /// <summary>Text with every secret of the connection masked, at any length (for the -Debug dump, capped on its own).</summary>
        public string Mask(string text)
        {
            if (text.Length == 0)
            {
                return text;
            }

            Func<string?>[] values;
            lock (_values) values = _values.ToArray();
            var cleaned = text;
            foreach (var value in values)
            {
                var secret = value();
                if (secret != null && secret.Length >= ShortestMasked)
                {
                    cleaned = Replace(cleaned, secret);
                }
            }

            return cleaned;
        }

        private static string Replace(string text, string secret)
        {
            var at = text.IndexOf(secret, StringComparison.Ordinal);
            if (at < 0)
            {
                return text;
            }

            var result = new StringBuilder(text.Length);
            var from = 0;
            while (at >= 0)
            {
                result.Append(text, from, at - from).Append(SecretRedactor.Mask);
                from = at + secret.Length;
                at = text.IndexOf(secret, from, StringComparison.Ordinal);
            }

            return result.Append(text, from, text.Length - from).ToString();
        }
    }
}
